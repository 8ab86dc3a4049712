// RematchComparison: which of side and debaters the verdict followed when the sides were swapped.

#include "debate/RematchComparison.h"

#include <QTest>

using namespace rostrum;

namespace {
DebateRecord debate(const QString &id, const QString &proModel, const QString &conModel, const QString &winner,
                    bool valid = true)
{
    DebateRecord r;
    r.id = id;
    r.spec.motion = QStringLiteral("Cities should ban cars");
    r.spec.debaters = {Debater {{}, QStringLiteral("pro"), {}, proModel, {}, false},
                       Debater {{}, QStringLiteral("con"), {}, conModel, {}, false}};
    if (!winner.isEmpty()) {
        Verdict v;
        v.winner = winner;
        v.valid = valid;
        r.verdict = v;
    }
    return r;
}
} // namespace

class TestRematchComparison final : public QObject
{
    Q_OBJECT
private slots:
    void swappedSpecKeepsDebatersTogether()
    {
        const DebateRecord original =
            debate(QStringLiteral("a"), QStringLiteral("small"), QStringLiteral("medium"), {});
        DebateSpec s = original.spec;
        s.debaters[0].persona = QStringLiteral("an urbanist");
        s.debaters[1].language = QStringLiteral("fr");
        const DebateSpec swapped = s.withSidesSwapped();
        QCOMPARE(swapped.debaters.at(0).side, QStringLiteral("con"));
        QCOMPARE(swapped.debaters.at(0).model, QStringLiteral("small"));
        QCOMPARE(swapped.debaters.at(0).persona, QStringLiteral("an urbanist"));
        QCOMPARE(swapped.debaters.at(1).side, QStringLiteral("pro"));
        QCOMPARE(swapped.debaters.at(1).language, QStringLiteral("fr"));
        QCOMPARE(swapped.withSidesSwapped(), s);
    }

    void outcome_data()
    {
        QTest::addColumn<QString>("firstWinner");
        QTest::addColumn<QString>("secondWinner");
        QTest::addColumn<bool>("secondValid");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("winnerModels");
        QTest::newRow("same side won") << "con"
                                       << "con" << true << "followed_side" << QStringList {"small"};
        QTest::newRow("same debater won") << "con"
                                          << "pro" << true << "followed_argument" << QStringList {"medium"};
        QTest::newRow("pro then con") << "pro"
                                      << "con" << true << "followed_argument" << QStringList {"small"};
        QTest::newRow("tie") << "pro"
                             << "tie" << true << "inconclusive" << QStringList {};
        QTest::newRow("invalid verdict") << "pro"
                                         << "con" << false << "inconclusive" << QStringList {"small"};
        QTest::newRow("no verdict") << "pro"
                                    << "" << true << "inconclusive" << QStringList {};
    }

    void outcome()
    {
        QFETCH(QString, firstWinner);
        QFETCH(QString, secondWinner);
        QFETCH(bool, secondValid);
        QFETCH(QString, outcome);
        QFETCH(QStringList, winnerModels);
        const DebateRecord original =
            debate(QStringLiteral("orig"), QStringLiteral("small"), QStringLiteral("medium"), firstWinner);
        DebateRecord rematch =
            debate(QStringLiteral("re"), QStringLiteral("small"), QStringLiteral("medium"), secondWinner, secondValid);
        rematch.spec = original.spec.withSidesSwapped();
        const RematchComparison c = RematchComparison::compare(original, rematch);
        QCOMPARE(RematchComparison::outcomeName(c.outcome), outcome);
        QCOMPARE(c.originalId, QStringLiteral("orig"));
        if (outcome != QLatin1String("inconclusive"))
            QCOMPARE(c.rematchWinnerModels, winnerModels);
        QVERIFY(!c.summary.isEmpty());
        const QJsonObject j = c.toJson();
        QCOMPARE(j.value(QLatin1String("outcome")).toString(), outcome);
        QCOMPARE(j.value(QLatin1String("of")).toString(), QStringLiteral("orig"));
        QVERIFY(j.contains(QLatin1String("winner")) && j.contains(QLatin1String("original_winner")));
    }
};

QTEST_GUILESS_MAIN(TestRematchComparison)
#include "tst_rematchcomparison.moc"
