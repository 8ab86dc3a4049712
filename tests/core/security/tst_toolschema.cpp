#include "security/ToolSchema.h"

#include <QJsonDocument>
#include <QTest>

using namespace rostrum;

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(QByteArray(text), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}
} // namespace

class TestToolSchema final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::newRow("wire form") << QByteArray(R"({"type":"function","function":{"name":"get_weather",
            "description":"Weather for a city","parameters":{"type":"object","properties":{
            "city":{"type":"string"},"unit":{"type":"string","enum":["c","f"]}},"required":["city"]}}})");
        QTest::newRow("bare form") << QByteArray(R"({"name":"cite-lines","parameters":{"type":"object",
            "properties":{"from":{"type":"integer"},"to":{"type":"integer"}}}})");
        QTest::newRow("no properties") << QByteArray(R"({"name":"now","parameters":{"type":"object"}})");
        QTest::newRow("nested") << QByteArray(R"({"name":"n","parameters":{"type":"object","properties":{
            "items":{"type":"array","items":{"type":"object","properties":{"id":{"type":["string","null"]}},
            "additionalProperties":false}},"choice":{"anyOf":[{"type":"string"},{"type":"number"}]}}}})");
        QTest::newRow("64 chars") << QByteArray(R"({"name":")") + QByteArray(64, 'a')
                + QByteArray(R"(","parameters":{"type":"object"}})");
    }

    void valid()
    {
        QFETCH(QByteArray, definition);
        const auto r = ToolSchema::validateFunction(json(definition.constData()));
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("mentions"); // the message names the problem
        QTest::newRow("no name") << QByteArray(R"({"parameters":{"type":"object"}})") << QStringLiteral("needs a name");
        QTest::newRow("name with space") << QByteArray(R"({"name":"get weather","parameters":{"type":"object"}})")
                                         << QStringLiteral("\"get weather\"");
        QTest::newRow("name with dot") << QByteArray(R"({"name":"a.b","parameters":{"type":"object"}})")
                                       << QStringLiteral("1 to 64");
        QTest::newRow("name too long") << QByteArray(R"({"name":")") + QByteArray(65, 'a')
                + QByteArray(R"(","parameters":{"type":"object"}})")
                                       << QStringLiteral("1 to 64");
        QTest::newRow("no parameters") << QByteArray(R"({"name":"f"})") << QStringLiteral("f.parameters");
        QTest::newRow("parameters not object type")
            << QByteArray(R"({"name":"f","parameters":{"type":"array","items":{"type":"string"}}})")
            << QStringLiteral("must be of type \"object\"");
        QTest::newRow("parameters a string")
            << QByteArray(R"({"name":"f","parameters":"object"})") << QStringLiteral("f.parameters");
        QTest::newRow("unknown type") << QByteArray(R"({"name":"f","parameters":{"type":"object","properties":{
            "city":{"type":"strin"}}}})")
                                      << QStringLiteral("f.parameters.properties.city.type: \"strin\"");
        QTest::newRow("required not a property") << QByteArray(R"({"name":"f","parameters":{"type":"object",
            "properties":{"a":{"type":"string"}},"required":["b"]}})")
                                                 << QStringLiteral("\"b\" is not one of");
        QTest::newRow("required not a list") << QByteArray(R"({"name":"f","parameters":{"type":"object",
            "properties":{"a":{"type":"string"}},"required":"a"}})")
                                             << QStringLiteral("required: must be a list");
        QTest::newRow("array without items") << QByteArray(R"({"name":"f","parameters":{"type":"object",
            "properties":{"a":{"type":"array"}}}})")
                                             << QStringLiteral("properties.a: an array must say");
        QTest::newRow("empty enum") << QByteArray(R"({"name":"f","parameters":{"type":"object",
            "properties":{"a":{"type":"string","enum":[]}}}})")
                                    << QStringLiteral("a.enum");
        QTest::newRow("property not a schema") << QByteArray(R"({"name":"f","parameters":{"type":"object",
            "properties":{"a":"string"}}})") << QStringLiteral("properties.a: a schema must be");
        QTest::newRow("schema without type") << QByteArray(R"({"name":"f","parameters":{"type":"object",
            "properties":{"a":{"description":"x"}}}})")
                                             << QStringLiteral("says neither");
        QTest::newRow("wrong tool type") << QByteArray(R"({"type":"retrieval","function":{"name":"f",
            "parameters":{"type":"object"}}})")
                                         << QStringLiteral("\"retrieval\"");
        QTest::newRow("description not text") << QByteArray(R"({"name":"f","description":5,
            "parameters":{"type":"object"}})") << QStringLiteral("f.description");
    }

    void invalid()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QString, mentions);
        const auto r = ToolSchema::validateFunction(json(definition.constData()));
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
    }

    void tooDeep()
    {
        QJsonObject leaf {{QStringLiteral("type"), QStringLiteral("string")}};
        QJsonObject schema = leaf;
        for (int i = 0; i < ToolSchema::kMaxDepth + 2; ++i)
            schema = QJsonObject {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), schema}};
        const QJsonObject fn {
            {QStringLiteral("name"), QStringLiteral("deep")},
            {QStringLiteral("parameters"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"), QJsonObject {{QStringLiteral("x"), schema}}}}}};
        const auto r = ToolSchema::validateFunction(fn);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("nested more than")), qPrintable(r.message()));
    }

    void toolsListRejectsDuplicatesAndNamesTheIndex()
    {
        const QJsonArray tools {json(R"({"type":"function","function":{"name":"a","parameters":{"type":"object"}}})"),
                                json(R"({"type":"function","function":{"name":"a","parameters":{"type":"object"}}})"),
                                json(R"({"type":"function","function":{"name":"b"}})")};
        const auto r = ToolSchema::validateTools(tools);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("tools[1]: the name \"a\"")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("tools[2] b.parameters")), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestToolSchema)
#include "tst_toolschema.moc"
