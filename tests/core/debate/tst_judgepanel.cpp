// JudgePanel: the majority of the valid verdicts, ties stated, the agreement, and the "panel" JSON both ways.

#include "debate/JudgePanel.h"

#include <QJsonArray>
#include <QTest>

using namespace rostrum;

namespace {
Verdict judge(const QString &model, const QString &winner, double pro = 6, double con = 4, double margin = 2)
{
    Verdict v;
    v.model = model;
    v.winner = winner;
    v.scores = {Verdict::Score {QStringLiteral("evidence"), pro, con}};
    v.reasons = QStringLiteral("Reasons of %1.").arg(model);
    v.margin = margin;
    v.valid = true;
    return v;
}

Verdict invalid(const QString &model)
{
    Verdict v;
    v.model = model;
    v.error = QStringLiteral("\"winner\" must be \"pro\", \"con\" or \"tie\"");
    return v;
}
} // namespace

class TestJudgePanel final : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<QStringList>("votes"); // one per judge: pro, con, tie, invalid, flip (valid, inconsistent)
        QTest::addColumn<QString>("winner");
        QTest::addColumn<int>("pro");
        QTest::addColumn<int>("con");
        QTest::addColumn<int>("tie");
        QTest::addColumn<int>("invalidCount");
        QTest::addColumn<double>("agreement");
        QTest::newRow("two to one") << QStringList {"pro", "con", "pro"} << "pro" << 2 << 1 << 0 << 0 << 2.0 / 3;
        QTest::newRow("unanimous con") << QStringList {"con", "con"} << "con" << 0 << 2 << 0 << 0 << 1.0;
        QTest::newRow("one each: tie") << QStringList {"pro", "con"} << "tie" << 1 << 1 << 0 << 0 << 0.0;
        QTest::newRow("ties outvote") << QStringList {"tie", "tie", "pro"} << "tie" << 1 << 0 << 2 << 0 << 2.0 / 3;
        QTest::newRow("side level with ties") << QStringList {"pro", "tie"} << "tie" << 1 << 0 << 1 << 0 << 0.5;
        QTest::newRow("invalid does not vote")
            << QStringList {"pro", "invalid", "con", "con"} << "con" << 1 << 2 << 0 << 1 << 2.0 / 3;
        QTest::newRow("none valid") << QStringList {"invalid", "invalid"} << "tie" << 0 << 0 << 0 << 2 << 0.0;
        QTest::newRow("flipped judge counts as a tie")
            << QStringList {"pro", "flip", "pro"} << "pro" << 2 << 0 << 1 << 0 << 2.0 / 3;
    }
    void decide()
    {
        QFETCH(QStringList, votes);
        QList<Verdict> judges;
        for (int i = 0; i < votes.size(); ++i) {
            const QString model = QStringLiteral("judge-%1").arg(i);
            if (votes.at(i) == QLatin1String("invalid")) {
                judges << invalid(model);
            } else if (votes.at(i) == QLatin1String("flip")) {
                judges << judge(model, QStringLiteral("con"));
                judges.last().consistent = false;
            } else {
                judges << judge(model, votes.at(i));
            }
        }
        const JudgePanel p = JudgePanel::decide(judges, false);
        QTEST(p.winner, "winner");
        QTEST(p.proVotes, "pro");
        QTEST(p.conVotes, "con");
        QTEST(p.tieVotes, "tie");
        QTEST(p.invalidVotes, "invalidCount");
        QFETCH(double, agreement);
        QVERIFY2(qAbs(p.agreement - agreement) < 1e-9, qPrintable(QString::number(p.agreement)));
        QCOMPARE(p.judges, judges);
    }

    // The decision: the panel's winner, scores and margin averaged over the valid judges, every judge's reasons.
    void decisionAveragesTheValidJudges()
    {
        QList<Verdict> judges {judge(QStringLiteral("a"), QStringLiteral("pro"), 8, 4, 4), invalid(QStringLiteral("b")),
                               judge(QStringLiteral("c"), QStringLiteral("pro"), 6, 5, 1)};
        judges[0].costUsd = 0.01;
        judges[1].costUsd = 0.02;
        const Verdict d = JudgePanel::decide(judges, false).decision();
        QVERIFY(d.valid);
        QCOMPARE(d.winner, QStringLiteral("pro"));
        QCOMPARE(d.scores.size(), 1);
        QCOMPARE(d.scores.first().criterion, QStringLiteral("evidence"));
        QCOMPARE(d.scores.first().pro, 7.0);
        QCOMPARE(d.scores.first().con, 4.5);
        QCOMPARE(d.margin, 2.5);
        QCOMPARE(d.model, QStringLiteral("a, b, c"));
        QVERIFY(d.reasons.contains(QStringLiteral("a: Reasons of a.")));
        QVERIFY(d.reasons.contains(QStringLiteral("c: Reasons of c.")));
        QVERIFY(!d.reasons.contains(QStringLiteral("Reasons of b.")));
        QCOMPARE(d.costUsd, 0.03);

        const Verdict none = JudgePanel::decide({invalid(QStringLiteral("x"))}, false).decision();
        QVERIFY(!none.valid);
        QCOMPARE(none.winner, QStringLiteral("tie"));
        QVERIFY(none.error.contains(QStringLiteral("x: \"winner\"")));
    }

    // The contract's object: judges (each a verdict with its model, "consistent" once swapped), winner, votes,
    // agreement; read back it is the same panel.
    void jsonFollowsTheContractAndReadsBack()
    {
        QList<Verdict> judges {judge(QStringLiteral("a"), QStringLiteral("con")),
                               judge(QStringLiteral("b"), QStringLiteral("con")), invalid(QStringLiteral("c"))};
        judges[0].consistent = true;
        judges[0].firstSide = QStringLiteral("pro");
        judges[1].consistent = false;
        judges[1].firstSide = QStringLiteral("con");
        JudgePanel p = JudgePanel::decide(judges, true);
        p.otherOrder = {judge(QStringLiteral("a"), QStringLiteral("con")),
                        judge(QStringLiteral("b"), QStringLiteral("pro")), invalid(QStringLiteral("c"))};
        const QJsonObject o = p.toJson();
        // b's winner followed the order: a tie vote, level with a's con.
        QCOMPARE(o.value(QLatin1String("winner")).toString(), QStringLiteral("tie"));
        const QJsonObject votes = o.value(QLatin1String("votes")).toObject();
        QCOMPARE(votes.value(QLatin1String("pro")).toInt(), 0);
        QCOMPARE(votes.value(QLatin1String("con")).toInt(), 1);
        QCOMPARE(votes.value(QLatin1String("tie")).toInt(), 1);
        QCOMPARE(votes.value(QLatin1String("invalid")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("agreement")).toDouble(), 0.5);
        const QJsonArray list = o.value(QLatin1String("judges")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("model")).toString(), QStringLiteral("a"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("consistent")), QJsonValue(true));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("consistent")), QJsonValue(false));
        QVERIFY(!list.at(2).toObject().contains(QLatin1String("consistent")));
        QCOMPARE(JudgePanel::fromJson(o), p);

        // Without the swap no judge carries "consistent".
        const QJsonObject plain =
            JudgePanel::decide({judge(QStringLiteral("a"), QStringLiteral("pro"))}, false).toJson();
        QVERIFY(
            !plain.value(QLatin1String("judges")).toArray().first().toObject().contains(QLatin1String("consistent")));
        QVERIFY(!plain.contains(QLatin1String("swapped")));
    }
};

QTEST_GUILESS_MAIN(TestJudgePanel)
#include "tst_judgepanel.moc"
