#include "debate/CiteLinesRound.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rostrum;

// The follow-up to cite_lines calls, the round limit, and a speech's citations (tool first, then text).
class TestCiteLinesRound final : public QObject
{
    Q_OBJECT

    const QString code = QStringLiteral("int main() {\n  return 0;\n}\n");
    static ToolCall call(const QString &id, const QString &name, const QString &arguments)
    {
        ToolCall t;
        t.id = id;
        t.name = name;
        t.arguments = arguments;
        return t;
    }
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

private slots:
    void eachCallIsCheckedAndAnswered()
    {
        const CiteLinesRound round(code);
        const QList<ChatMessage> sent {ChatMessage::user(QStringLiteral("Argue.")),
                                       ChatMessage::assistant(QStringLiteral("So far"), true)};
        const CiteLinesRound::Answer a = round.answer(
            sent, QStringLiteral("So far"),
            {call(QStringLiteral("a"), QStringLiteral("cite_lines"), QStringLiteral(R"({"start":2,"end":2})")),
             call(QStringLiteral("b"), QStringLiteral("cite_lines"), QStringLiteral(R"({"start":9,"end":9})")),
             call(QStringLiteral("c"), QStringLiteral("other"), QStringLiteral("{}"))});
        // The prefix message is replaced by the assistant turn with the calls, then one answer per call.
        QCOMPARE(a.messages.size(), 5);
        QCOMPARE(a.messages.at(1).content, QStringLiteral("So far"));
        QVERIFY(!a.messages.at(1).prefix);
        QCOMPARE(a.messages.at(1).toolCalls.size(), 3);
        QCOMPARE(json(a.messages.at(2).content).value(QLatin1String("code")).toString(), QStringLiteral("  return 0;"));
        QCOMPARE(json(a.messages.at(3).content).value(QLatin1String("verified")).toBool(), false);
        QVERIFY(json(a.messages.at(4).content)
                    .value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("unknown tool")));
        QCOMPARE(a.citations.size(), 2); // only cite_lines calls are citations
        QCOMPARE(a.calls, 3);
        QCOMPARE(a.verified, 1);
    }

    void roundsAreLimitedAndNeedCode()
    {
        ChatResult r;
        r.toolCalls = {call(QStringLiteral("a"), QStringLiteral("cite_lines"), QStringLiteral("{}"))};
        QVERIFY(CiteLinesRound(code).applies(r, 0));
        QVERIFY(CiteLinesRound(code).applies(r, CiteLinesRound::kMaxRounds - 1));
        QVERIFY(!CiteLinesRound(code).applies(r, CiteLinesRound::kMaxRounds));
        QVERIFY(!CiteLinesRound(QString()).applies(r, 0));
        QVERIFY(!CiteLinesRound(code).applies(ChatResult {}, 0));
    }

    void citationsAreToolsThenNewOnesFromTheText()
    {
        const CiteLinesRound round(code);
        Citation tool;
        tool.startLine = tool.endLine = 2;
        tool.source = QStringLiteral("tool");
        const QList<Citation> all = round.citationsFor(QStringLiteral("L2 again, and L1 and L7."), {tool});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).source, QStringLiteral("tool"));
        QCOMPARE(all.at(1).lines(), QStringLiteral("L1"));
        QVERIFY(all.at(1).verified);
        QVERIFY(!all.at(2).verified);
        const CiteLinesRound::Count inText = CiteLinesRound::textCitations(all, 1);
        QCOMPARE(inText.made, 2);
        QCOMPARE(inText.verified, 1);
        QVERIFY(CiteLinesRound(QString()).citationsFor(QStringLiteral("L1"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCiteLinesRound)
#include "tst_citelinesround.moc"
