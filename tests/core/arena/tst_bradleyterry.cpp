#include "arena/BradleyTerry.h"

#include "ArenaTestGames.h"
#include <QRandomGenerator>

#include <QTest>

#include <cmath>

using namespace rostrum;
using rostrum::test::game;
using Outcome = ArenaGame::Outcome;

namespace {

// Six models whose true ratings are 100 Elo apart, mean 1500.
const QList<double> TrueRatings = {1250, 1350, 1450, 1550, 1650, 1750};

QStringList modelNames()
{
    QStringList names;
    for (int i = 0; i < TrueRatings.size(); ++i)
        names << QStringLiteral("m%1").arg(i);
    return names;
}

// `count` debates of a round robin, sides alternating, each won by pro with the Bradley–Terry probability
// p_pro / (p_pro + p_con) of the true strengths (no ties, as the model has none).
QList<ArenaGame> simulate(int count, QRandomGenerator &rng)
{
    const QStringList names = modelNames();
    QList<std::pair<int, int>> pairs;
    for (int i = 0; i < names.size(); ++i) {
        for (int j = i + 1; j < names.size(); ++j)
            pairs.append({i, j});
    }
    QList<ArenaGame> games;
    for (int k = 0; k < count; ++k) {
        auto [pro, con] = pairs.at(k % pairs.size());
        if ((k / pairs.size()) % 2)
            std::swap(pro, con);
        const double pPro = std::pow(10.0, TrueRatings.at(pro) / 400.0);
        const double pCon = std::pow(10.0, TrueRatings.at(con) / 400.0);
        ArenaGame g;
        g.pro = names.at(pro);
        g.con = names.at(con);
        g.winner = rng.generateDouble() < pPro / (pPro + pCon) ? Outcome::Pro : Outcome::Con;
        games.append(g);
    }
    return games;
}

} // namespace

class TestBradleyTerry final : public QObject
{
    Q_OBJECT

private slots:
    // 1,000 simulated debates among six models: the leaderboard lists them in their true order.
    void recoversRankOrder()
    {
        QRandomGenerator rng(2026);
        RatingOptions options;
        options.resamples = 200;
        const Leaderboard board = BradleyTerry::rate(modelNames(), simulate(1000, rng), options);
        QVERIFY(board.converged);
        QCOMPARE(board.entries.size(), 6);
        for (int rank = 0; rank < 6; ++rank)
            QCOMPARE(board.entries.at(rank).model, QStringLiteral("m%1").arg(5 - rank));
        QCOMPARE(board.tally.gameCount(), 1000);
    }

    // The 95% intervals cover the true ratings in at least 90% of 200 simulated tournaments of 1,000 debates
    // (each model's interval counted: 1,200 intervals). 300 resamples per tournament rather than the default
    // 1,000 keep the test to a few seconds; the percentile interval's ends are then a little noisier, not biased.
    // The generator is seeded, so the figure is the same on every run.
    void intervalsCoverTrueRatings()
    {
        QRandomGenerator rng(1207);
        RatingOptions options;
        options.resamples = 300;
        int covered = 0, intervals = 0;
        QList<int> coveredPerModel(6, 0);
        for (int rep = 0; rep < 200; ++rep) {
            options.seed = quint64(rep) + 1;
            const Leaderboard board = BradleyTerry::rate(modelNames(), simulate(1000, rng), options);
            for (const Leaderboard::Entry &e : board.entries) {
                const int i = int(modelNames().indexOf(e.model));
                const bool in = e.ciLow <= TrueRatings.at(i) && TrueRatings.at(i) <= e.ciHigh;
                covered += in;
                coveredPerModel[i] += in;
                ++intervals;
            }
        }
        const double coverage = double(covered) / intervals;
        qInfo("coverage %.4f (%d of %d); per model %d %d %d %d %d %d", coverage, covered, intervals, coveredPerModel[0],
              coveredPerModel[1], coveredPerModel[2], coveredPerModel[3], coveredPerModel[4], coveredPerModel[5]);
        QVERIFY(coverage >= 0.90);
        for (int c : coveredPerModel)
            QVERIFY(c >= 170); // no model's interval systematically off (85% of 200)
    }

    // Records, win rates by side and the order of the board; a model without games sits at the mean.
    void recordsAndOrder()
    {
        const QList<ArenaGame> games = {game("a", "b", Outcome::Pro), game("b", "a", Outcome::Con),
                                        game("b", "a", Outcome::Tie), game("a", "b", Outcome::Con)};
        RatingOptions options;
        options.resamples = 50;
        const Leaderboard board = BradleyTerry::rate({QStringLiteral("idle"), QStringLiteral("b")}, games, options);
        QCOMPARE(board.entries.size(), 3);
        QCOMPARE(board.entries.at(0).model, QStringLiteral("a"));
        QCOMPARE(board.entries.at(2).model, QStringLiteral("b"));
        const Leaderboard::Entry *a = board.find(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->overall, (GameTally::Record {2, 1, 1}));
        QCOMPARE(a->asPro.winRate(), std::optional<double>(0.5));
        QCOMPARE(a->asCon.winRate(), std::optional<double>(0.5));
        QVERIFY(a->ciLow <= a->ciHigh);
        const Leaderboard::Entry *idle = board.find(QStringLiteral("idle"));
        QVERIFY(idle);
        // idle has only its virtual ties, half a win against each: it rates between the winner and the loser.
        QVERIFY(board.entries.at(0).rating > idle->rating && idle->rating > board.entries.at(2).rating);
        QCOMPARE(idle->asPro.winRate(), std::nullopt);
        QCOMPARE(board.tally.headToHead(board.tally.indexOf("a"), board.tally.indexOf("b")),
                 (GameTally::Record {2, 1, 1}));
        QVERIFY(!board.find(QStringLiteral("nobody")));
    }
};

QTEST_GUILESS_MAIN(TestBradleyTerry)
#include "tst_bradleyterry.moc"
