// The cards' text, from records built here: a panel's tie is stated, an inconsistent judge is marked,
// an invalid verdict carries its problem and the judge's answer, a rematch reads in the CLI's wording.
#include "TranscriptModel.h"
#include "VerdictCard.h"

#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;

class TestVerdictCard final : public QObject
{
    Q_OBJECT

    static Verdict judge(const QString &model, const QString &winner, std::optional<bool> consistent = {})
    {
        Verdict v;
        v.model = model;
        v.valid = true;
        v.winner = winner;
        v.margin = 3;
        v.scores = {{QStringLiteral("logic"), 6, 5}};
        v.reasons = QStringLiteral("r");
        v.costUsd = 0.001;
        v.consistent = consistent;
        return v;
    }

private slots:
    void panelTieAndInconsistentJudge()
    {
        DebateRecord r;
        const QList<Verdict> judges {judge(QStringLiteral("a"), QStringLiteral("pro"), true),
                                     judge(QStringLiteral("b"), QStringLiteral("con"), true),
                                     judge(QStringLiteral("c"), QStringLiteral("pro"), false)};
        r.panel = JudgePanel::decide(judges, true);
        r.verdict = r.panel->decision();
        QCOMPARE(r.panel->winner, QStringLiteral("tie")); // c flipped: its vote is a tie, so 1-1-1
        const SpeechRow row = VerdictCard::verdictRow(r);
        QVERIFY2(row.text.contains(QStringLiteral("Panel verdict: a tie — no side has a majority of the 3 judges.")),
                 qPrintable(row.text));
        QVERIFY(row.text.contains(
            QStringLiteral("| 3. c | for, margin 3 — inconsistent: its winner flipped when the sides were swapped |")));
        QVERIFY(row.text.contains(QStringLiteral("Each judge was asked twice")));
        QVERIFY(row.text.contains(QStringLiteral("the judges' cost $0.0030")));
        QVERIFY(row.accessibleText.contains(QStringLiteral("inconsistent")));
        QVERIFY(row.action.isEmpty());
    }

    void invalidVerdictOffersToAskAgain()
    {
        DebateRecord r;
        Verdict v;
        v.model = QStringLiteral("j");
        v.error = QStringLiteral("\"winner\" is missing");
        v.raw = QStringLiteral("Pro won.");
        r.verdict = v;
        const SpeechRow row = VerdictCard::verdictRow(r);
        QVERIFY(row.text.contains(QStringLiteral("The judge's verdict is not valid: \"winner\" is missing")));
        QVERIFY(row.text.contains(QStringLiteral("Pro won.")));
        QCOMPARE(row.action, QStringLiteral("Ask the judge again"));
        QVERIFY(row.flags & SpeechRow::Error);
        QCOMPARE(row.kind, SpeechRow::Kind::Verdict);
    }

    void rematchWording_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("rematch");
        QTest::addColumn<QString>("summary");
        QTest::newRow("side")
            << int(RematchComparison::Outcome::FollowedSide) << "pro"
            << "pro"
            << "The side for the motion won both times although the debaters swapped sides (a, then b): "
               "the verdict followed the side.";
        QTest::newRow("argument") << int(RematchComparison::Outcome::FollowedArgument) << "pro"
                                  << "con"
                                  << "b won both times, first for the motion, then against it: the verdict "
                                     "followed the argument.";
        QTest::newRow("tie") << int(RematchComparison::Outcome::Inconclusive) << "pro"
                             << "tie"
                             << "Inconclusive: one of the two verdicts is a tie.";
        QTest::newRow("none") << int(RematchComparison::Outcome::Inconclusive) << ""
                              << "con"
                              << "Inconclusive: one of the two debates has no valid verdict.";
    }

    void rematchWording()
    {
        QFETCH(int, outcome);
        QFETCH(QString, original);
        QFETCH(QString, rematch);
        QFETCH(QString, summary);
        RematchComparison c;
        c.outcome = RematchComparison::Outcome(outcome);
        c.originalId = QStringLiteral("d1");
        c.originalWinner = original;
        c.rematchWinner = rematch;
        c.originalWinnerModels = {QStringLiteral("a")};
        c.rematchWinnerModels = {QStringLiteral("b")};
        QCOMPARE(VerdictCard::rematchSummary(c), summary);
        const SpeechRow row = VerdictCard::rematchRow(c);
        QCOMPARE(row.kind, SpeechRow::Kind::Rematch);
        QVERIFY(row.text.contains(summary));
        QCOMPARE(row.action, QStringLiteral("Open the original debate"));
    }
};

QTEST_MAIN(TestVerdictCard)
#include "tst_verdictcard.moc"
