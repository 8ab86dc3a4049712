#include "debate/CodeEvidence.h"

#include <QTest>

using namespace rostrum;

class TestCodeEvidence final : public QObject
{
    Q_OBJECT

    const QString m_code = QStringLiteral("#include <iostream>\n"
                                          "int main() {\n"
                                          "    int a = 1, b = 2;\n"
                                          "    std::cout << a >> b;\n"
                                          "    return 0;\n"
                                          "}\n");

private slots:
    void references_data()
    {
        QTest::addColumn<QString>("speech");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("single") << QStringLiteral("see L4 for the bug") << QStringList {QStringLiteral("L4")};
        QTest::newRow("range") << QStringLiteral("L2-L6 is main") << QStringList {QStringLiteral("L2-L6")};
        QTest::newRow("short range") << QStringLiteral("(L2-6)") << QStringList {QStringLiteral("L2-L6")};
        QTest::newRow("en dash and spaces") << QStringLiteral("L3 – L4.") << QStringList {QStringLiteral("L3-L4")};
        QTest::newRow("several, duplicates once")
            << QStringLiteral("L1, L4 and again L4; L9-L12")
            << QStringList {QStringLiteral("L1"), QStringLiteral("L4"), QStringLiteral("L9-L12")};
        QTest::newRow("not inside words") << QStringLiteral("HTML5 and URL1 and L4x") << QStringList {};
    }

    void references()
    {
        QFETCH(QString, speech);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const Citation &c : CodeEvidence::parseReferences(speech)) {
            got << c.lines();
            QCOMPARE(c.source, QStringLiteral("text"));
        }
        QCOMPARE(got, expected);
    }

    void verification_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<bool>("verified");
        QTest::newRow("existing line") << 4 << 4 << QString() << true;
        QTest::newRow("whole file") << 1 << 6 << QString() << true;
        QTest::newRow("past the end") << 5 << 9 << QString() << false;
        QTest::newRow("line zero") << 0 << 0 << QString() << false;
        QTest::newRow("reversed") << 4 << 2 << QString() << false;
        QTest::newRow("right quote") << 4 << 4 << QStringLiteral("std::cout << a >> b;") << true;
        QTest::newRow("re-indented quote spanning lines")
            << 3 << 4 << QStringLiteral("int a = 1, b = 2; std::cout <<  a") << true;
        QTest::newRow("wrong quote") << 4 << 4 << QStringLiteral("printf(\"%d\", a);") << false;
        QTest::newRow("quote from other lines") << 5 << 5 << QStringLiteral("std::cout") << false;
    }

    void verification()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        QFETCH(bool, verified);
        CodeEvidence ev(m_code);
        QCOMPARE(ev.lineCount(), 6);
        Citation c;
        c.startLine = start;
        c.endLine = end;
        c.quote = quote;
        const Citation v = ev.verify(c);
        QCOMPARE(v.verified, verified);
        QCOMPARE(v.reason.isEmpty(), verified);
    }

    void toolCallArguments()
    {
        CodeEvidence ev(m_code);
        Citation c =
            CodeEvidence::parseToolCall(QStringLiteral(R"({"start":4,"end":4,"quote":"std::cout << a >> b;"})"));
        QCOMPARE(c.source, QStringLiteral("tool"));
        QCOMPARE(c.lines(), QStringLiteral("L4"));
        QVERIFY(ev.verify(c).verified);
        c = CodeEvidence::parseToolCall(QStringLiteral(R"({"start":"2","end":"3"})"));
        QCOMPARE(c.lines(), QStringLiteral("L2-L3"));
        QVERIFY(ev.verify(c).verified);
        c = CodeEvidence::parseToolCall(QStringLiteral("{not json"));
        QVERIFY(!ev.verify(c).verified);
        QVERIFY(ev.verify(c).reason.contains(QStringLiteral("JSON")));
    }

    void jsonShapeMatchesTheCli()
    {
        Citation c;
        c.startLine = 2;
        c.endLine = 3;
        c.verified = true;
        const QJsonObject o = c.toJson();
        QCOMPARE(o.value(QLatin1String("lines")).toString(), QStringLiteral("L2-L3"));
        QCOMPARE(o.value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(Citation::fromJson(o).lines(), c.lines());
    }

    void toolDefinitionIsAFunction()
    {
        const QJsonObject t = CodeEvidence::citeLinesTool(QStringLiteral("cite"));
        QCOMPARE(t.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("cite_lines"));
    }
};

QTEST_GUILESS_MAIN(TestCodeEvidence)
#include "tst_codeevidence.moc"
