#include "debate/DebateFormat.h"
#include "debate/JudgeRound.h"

#include <QTest>

using namespace rostrum;

// One repair for an invalid verdict, never two; a failure becomes a verdict that says so.
class TestJudgeRound final : public QObject
{
    Q_OBJECT

    static PromptBuilder builder()
    {
        DebateSpec s;
        s.motion = QStringLiteral("m");
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, {}, {}, false},
                      Debater {{}, QStringLiteral("con"), {}, {}, {}, false}};
        return PromptBuilder(s, *DebateFormat::load(QStringLiteral("classic")));
    }
    const QString valid = QStringLiteral(
        R"({"winner":"con","scores":[{"criterion":"evidence","pro":4,"con":7}],"reasons":"r","margin":3})");

private slots:
    void invalidAnswerAsksForOneRepairThatShowsIt()
    {
        JudgeRound j(QStringLiteral("judge-model"));
        j.begin();
        const int plain = int(j.messages(builder(), {})(QString(), 0).size());
        const JudgeRound::Outcome first = j.answered(QStringLiteral("Con wins."));
        QVERIFY(first.repair);
        QVERIFY(j.isRepair());
        const QList<ChatMessage> m = j.messages(builder(), {})(QString(), 0);
        QCOMPARE(m.size(), plain + 2);
        QCOMPARE(m.at(m.size() - 2).content, QStringLiteral("Con wins."));
        QCOMPARE(m.last().role, ChatMessage::Role::User);

        const JudgeRound::Outcome second = j.answered(valid);
        QVERIFY(!second.repair);
        QVERIFY(second.verdict.valid);
        QVERIFY(second.verdict.repaired);
        QCOMPARE(second.verdict.model, QStringLiteral("judge-model"));
    }

    void stillInvalidAfterTheRepairIsReportedNotRetried()
    {
        JudgeRound j(QStringLiteral("judge-model"));
        j.begin();
        QVERIFY(j.answered(QStringLiteral("no")).repair);
        const JudgeRound::Outcome o = j.answered(QStringLiteral("still no"));
        QVERIFY(!o.repair);
        QVERIFY(!o.verdict.valid);
        QVERIFY(o.verdict.error.contains(QStringLiteral("even after one repair")));
        j.begin(); // a new round starts with a first try again
        QVERIFY(!j.isRepair());
    }

    void validFirstAnswerIsNotRepaired()
    {
        JudgeRound j(QStringLiteral("judge-model"));
        j.begin();
        const JudgeRound::Outcome o = j.answered(valid);
        QVERIFY(!o.repair);
        QVERIFY(o.verdict.valid);
        QVERIFY(!o.verdict.repaired);
        const Verdict failed = j.failed(ApiError::make(ErrorClass::Server, QStringLiteral("boom")));
        QVERIFY(!failed.valid);
        QVERIFY(failed.error.startsWith(QStringLiteral("The judge could not answer")));
    }
};

QTEST_GUILESS_MAIN(TestJudgeRound)
#include "tst_judgeround.moc"
