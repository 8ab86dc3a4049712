#include "api/ChatRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rostrum;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Every field of every object in a message/tool/format, checked against what the schema allows there.
void checkOnlyAllowed(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        QVERIFY2(allowed.contains(it.key()), qPrintable(where + QLatin1Char('.') + it.key()));
}

ChatRequest everythingSet()
{
    ChatRequest r;
    r.model = u"mistral-small-latest"_qs;
    r.messages = {ChatMessage::system(u"Be brief."_qs), ChatMessage::user(u"Hi"_qs)};
    ChatMessage withParts;
    withParts.role = ChatMessage::Role::User;
    withParts.parts = {{ContentPart::Type::Text, u"look"_qs, {}, {}},
                       {ContentPart::Type::ImageUrl, {}, u"https://x.invalid/a.png"_qs, u"low"_qs}};
    r.messages.append(withParts);
    ChatMessage call = ChatMessage::assistant(QString());
    call.toolCalls = {ToolCall {u"c1"_qs, u"function"_qs, u"weather"_qs, u"{}"_qs, 3}};
    r.messages.append(call);
    r.messages.append(ChatMessage::tool(u"c1"_qs, u"weather"_qs, u"sunny"_qs));
    r.messages.append(ChatMessage::assistant(u"The answer"_qs, true));
    r.temperature = 0.3;
    r.topP = 0.9;
    r.maxTokens = 100;
    r.stream = true;
    r.stop = {u"END"_qs, u"STOP"_qs};
    r.randomSeed = 7;
    r.responseFormat = ResponseFormat {ResponseFormat::Type::JsonSchema, u"verdict"_qs, u"d"_qs,
                                       parse(R"({"type":"object","properties":{"winner":{"type":"string"}}})"), true};
    r.tools = {ToolDefinition {u"weather"_qs, u"Weather"_qs, parse(R"({"type":"object"})"), true}};
    r.toolChoice = u"auto"_qs;
    r.presencePenalty = 0.1;
    r.frequencyPenalty = -0.1;
    r.n = 1;
    r.prediction = u"predicted"_qs;
    r.parallelToolCalls = false;
    r.safePrompt = true;
    r.promptCacheKey = u"debate-1"_qs;
    r.reasoningEffort = u"low"_qs;
    r.promptMode = u"reasoning"_qs;
    r.serviceTier = u"auto"_qs;
    r.metadata = QJsonObject {{u"debate"_qs, u"1"_qs}};
    return r;
}
} // namespace

class TestChatRequest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalOmitsUnset();
    void neverEmitsUnknownFields();
    void roundTrip();
    void canonicalIsStable();
    void rejectsUnknownFields_data();
    void rejectsUnknownFields();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void contentArrayAccepted();
    void singleStopIsAString();
    void forcedFunctionChoice();
};

void TestChatRequest::minimalOmitsUnset()
{
    ChatRequest r;
    r.model = u"mistral-small-latest"_qs;
    r.messages = {ChatMessage::user(u"Hello"_qs)};
    QCOMPARE(r.toJson(), parse(R"({"model":"mistral-small-latest","messages":[{"role":"user","content":"Hello"}]})"));
    QVERIFY(r.validate().isEmpty());
}

void TestChatRequest::neverEmitsUnknownFields()
{
    const QJsonObject o = everythingSet().toJson();
    checkOnlyAllowed(o, ChatRequest::allowedFields(), u"request"_qs);
    QCOMPARE(o.size(), ChatRequest::allowedFields().size());
    const QJsonArray msgs = o.value(u"messages"_qs).toArray();
    const QStringList perRole[] = {
        {u"role"_qs, u"content"_qs},
        {u"role"_qs, u"content"_qs},
        {u"role"_qs, u"content"_qs},
        {u"role"_qs, u"content"_qs, u"tool_calls"_qs, u"prefix"_qs},
        {u"role"_qs, u"content"_qs, u"tool_call_id"_qs, u"name"_qs},
        {u"role"_qs, u"content"_qs, u"tool_calls"_qs, u"prefix"_qs},
    };
    QCOMPARE(msgs.size(), 6);
    for (int i = 0; i < 6; ++i)
        checkOnlyAllowed(msgs.at(i).toObject(), perRole[i], QStringLiteral("messages[%1]").arg(i));
    // A stream index is not part of a request's tool call.
    const QJsonObject call = msgs.at(3).toObject().value(u"tool_calls"_qs).toArray().at(0).toObject();
    checkOnlyAllowed(call, {u"id"_qs, u"type"_qs, u"function"_qs}, u"tool_calls"_qs);
    QVERIFY(!msgs.at(3).toObject().contains(u"content"_qs));
    checkOnlyAllowed(o.value(u"response_format"_qs).toObject().value(u"json_schema"_qs).toObject(),
                     {u"name"_qs, u"description"_qs, u"schema"_qs, u"strict"_qs}, u"json_schema"_qs);
    checkOnlyAllowed(o.value(u"tools"_qs).toArray().at(0).toObject().value(u"function"_qs).toObject(),
                     {u"name"_qs, u"description"_qs, u"parameters"_qs, u"strict"_qs}, u"tools.function"_qs);
    // The OpenAI names that make Mistral answer 422 are never there.
    for (const char *bad : {"stream_options", "max_completion_tokens", "seed", "store", "user"})
        QVERIFY(!o.contains(QLatin1String(bad)));
}

void TestChatRequest::roundTrip()
{
    const ChatRequest r = everythingSet();
    QString err;
    const auto back = ChatRequest::fromJson(r.toJson(), &err);
    QVERIFY2(back.has_value(), qPrintable(err));
    QCOMPARE(back->toJson(), r.toJson());
}

void TestChatRequest::canonicalIsStable()
{
    const QByteArray a = everythingSet().canonicalJson();
    QVERIFY(!a.contains(' ') || a.contains("\"Be brief.\"")); // compact: spaces only inside strings
    QVERIFY(!a.contains('\n'));
    // Same request built from differently ordered JSON gives identical bytes.
    const auto x = ChatRequest::fromJson(
        parse(R"({"temperature":0.5,"model":"m","messages":[{"content":"hi","role":"user"}]})"), nullptr);
    const auto y = ChatRequest::fromJson(
        parse(R"({"messages":[{"role":"user","content":"hi"}],"model":"m","temperature":0.5})"), nullptr);
    QVERIFY(x && y);
    QCOMPARE(x->canonicalJson(), y->canonicalJson());
    QCOMPARE(x->canonicalJson(),
             QByteArray(R"({"messages":[{"content":"hi","role":"user"}],"model":"m","temperature":0.5})"));
    ChatRequest z = *x;
    z.temperature = 0.6;
    QVERIFY(z.canonicalJson() != x->canonicalJson());
    QCOMPARE(canonicalJson(QJsonValue(u"a"_qs)), QByteArray("\"a\""));
}

void TestChatRequest::rejectsUnknownFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mustName");
    QTest::newRow("openai fields") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"stream_options":{"include_usage":true},"seed":1})")
                                   << QStringList {u"\"stream_options\""_qs, u"\"seed\""_qs};
    QTest::newRow("max_completion_tokens")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"x"}],"max_completion_tokens":5})")
        << QStringList {u"\"max_completion_tokens\""_qs};
    QTest::newRow("name on a user message")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"x","name":"bob"}]})")
        << QStringList {u"messages[0]"_qs, u"\"name\""_qs};
    QTest::newRow("prefix on a user message")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"x","prefix":true}]})")
        << QStringList {u"\"prefix\""_qs};
    QTest::newRow("unknown chunk field") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"x","cache":1}]}]})")
                                         << QStringList {u"content.cache"_qs};
    QTest::newRow("unknown response_format field") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"response_format":{"type":"text","x":1}})")
                                                   << QStringList {u"response_format.x"_qs};
    QTest::newRow("unknown tool field") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"f","parameters":{},"returns":{}}}]})")
                                        << QStringList {u"tools.function.returns"_qs};
}

void TestChatRequest::rejectsUnknownFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mustName);
    QString err;
    QVERIFY(!ChatRequest::fromJson(QJsonDocument::fromJson(json).object(), &err).has_value());
    for (const QString &s : mustName)
        QVERIFY2(err.contains(s), qPrintable(err));
}

void TestChatRequest::rejectsBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustName");
    QTest::newRow("no model") << QByteArray(R"({"messages":[{"role":"user","content":"x"}]})") << u"model"_qs;
    QTest::newRow("no messages") << QByteArray(R"({"model":"m","messages":[]})") << u"messages"_qs;
    QTest::newRow("bad role") << QByteArray(R"({"model":"m","messages":[{"role":"robot","content":"x"}]})")
                              << u"role"_qs;
    QTest::newRow("temperature high") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"temperature":2})")
                                      << u"temperature"_qs;
    QTest::newRow("temperature type") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"temperature":"hot"})")
                                      << u"temperature"_qs;
    QTest::newRow("max_tokens float") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":1.5})")
                                      << u"max_tokens"_qs;
    QTest::newRow("tool_choice") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"tool_choice":"maybe"})")
                                 << u"tool_choice"_qs;
    QTest::newRow("response_format type")
        << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"x"}],"response_format":{"type":"yaml"}})")
        << u"response_format"_qs;
    QTest::newRow("system without content")
        << QByteArray(R"({"model":"m","messages":[{"role":"system"}]})") << u"content"_qs;
    QTest::newRow("stream not bool") << QByteArray(
        R"({"model":"m","messages":[{"role":"user","content":"x"}],"stream":1})")
                                     << u"stream"_qs;
}

void TestChatRequest::rejectsBadValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mustName);
    QString err;
    QVERIFY(!ChatRequest::fromJson(QJsonDocument::fromJson(json).object(), &err).has_value());
    QVERIFY2(err.contains(mustName), qPrintable(err));
}

void TestChatRequest::contentArrayAccepted()
{
    QString err;
    const auto r = ChatRequest::fromJson(
        parse(
            R"({"model":"m","messages":[{"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"hmm"}]},{"type":"text","text":"Yes."}]},{"role":"user","content":null}]})"),
        &err);
    QVERIFY2(r.has_value(), qPrintable(err));
    QCOMPARE(r->messages.at(0).parts.size(), 2);
    QCOMPARE(r->messages.at(0).text(), u"Yes."_qs);
    QCOMPARE(r->messages.at(0).parts.at(0).text, u"hmm"_qs);
    QVERIFY(r->messages.at(1).contentNull);
    QCOMPARE(r->toJson().value(u"messages"_qs).toArray().at(1).toObject().value(u"content"_qs),
             QJsonValue(QJsonValue::Null));
}

void TestChatRequest::singleStopIsAString()
{
    ChatRequest r;
    r.model = u"m"_qs;
    r.messages = {ChatMessage::user(u"x"_qs)};
    r.stop = {u"END"_qs};
    QCOMPARE(r.toJson().value(u"stop"_qs), QJsonValue(u"END"_qs));
}

void TestChatRequest::forcedFunctionChoice()
{
    QString err;
    const auto r = ChatRequest::fromJson(
        parse(
            R"({"model":"m","messages":[{"role":"user","content":"x"}],"tool_choice":{"type":"function","function":{"name":"f"}}})"),
        &err);
    QVERIFY2(r.has_value(), qPrintable(err));
    QCOMPARE(r->toolChoiceFunction, u"f"_qs);
    QCOMPARE(r->toJson().value(u"tool_choice"_qs).toObject().value(u"function"_qs).toObject().value(u"name"_qs),
             QJsonValue(u"f"_qs));
}

QTEST_GUILESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"
