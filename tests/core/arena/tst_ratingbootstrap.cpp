#include "arena/BradleyTerryFit.h"
#include "arena/RatingBootstrap.h"

#include <QTest>

#include <cmath>

using namespace rostrum;
using Outcome = ArenaGame::Outcome;

namespace {

// `scale` copies of a small uneven round robin among three models.
GameTally tally(int scale)
{
    QList<ArenaGame> all;
    const auto add = [&](const char *pro, const char *con, Outcome o, int count) {
        for (int k = 0; k < count * scale; ++k) {
            ArenaGame g;
            g.pro = QString::fromLatin1(pro);
            g.con = QString::fromLatin1(con);
            g.winner = o;
            all.append(g);
        }
    };
    add("A", "B", Outcome::Pro, 6);
    add("A", "B", Outcome::Con, 3);
    add("B", "C", Outcome::Pro, 5);
    add("B", "C", Outcome::Tie, 2);
    add("C", "A", Outcome::Con, 7);
    add("C", "A", Outcome::Pro, 2);
    return GameTally({}, all);
}

std::vector<double> fitted(const GameTally &t)
{
    return BradleyTerryFit::fit(t.modelCount(), t.pairWins(), RatingOptions {}).strengths;
}

RatingOptions options(int resamples, int threads, quint64 seed = 7)
{
    RatingOptions o;
    o.resamples = resamples;
    o.threads = threads;
    o.seed = seed;
    return o;
}

} // namespace

class TestRatingBootstrap final : public QObject
{
    Q_OBJECT

private slots:
    // Linear interpolation between order statistics: of (10, 20, 30, 40) the 0.5-quantile is 25, the 0.25 one
    // sits at position 0.75 -> 17.5, and the ends are the extremes.
    void quantileByHand()
    {
        const std::vector<double> v = {10, 20, 30, 40};
        QCOMPARE(RatingBootstrap::quantile(v, 0.5), 25.0);
        QCOMPARE(RatingBootstrap::quantile(v, 0.25), 17.5);
        QCOMPARE(RatingBootstrap::quantile(v, 0.0), 10.0);
        QCOMPARE(RatingBootstrap::quantile(v, 1.0), 40.0);
        QCOMPARE(RatingBootstrap::quantile({5}, 0.975), 5.0);
    }

    // The same seed gives the same resamples on one thread or four; another seed gives others.
    void reproducibleAcrossThreads()
    {
        const GameTally t = tally(3);
        const std::vector<double> start = fitted(t);
        const std::vector<double> one = RatingBootstrap::resampledRatings(t, start, options(64, 1));
        const std::vector<double> four = RatingBootstrap::resampledRatings(t, start, options(64, 4));
        QCOMPARE(one.size(), size_t(64 * 3));
        QCOMPARE(one, four);
        QVERIFY(one != RatingBootstrap::resampledRatings(t, start, options(64, 1, 8)));
    }

    // Every resample is rated on the Elo scale with mean 1500, and resamples differ from each other.
    void resamplesAreCentredAndVary()
    {
        const GameTally t = tally(3);
        const std::vector<double> r = RatingBootstrap::resampledRatings(t, fitted(t), options(50, 2));
        for (int b = 0; b < 50; ++b)
            QVERIFY(std::abs(r[size_t(b * 3)] + r[size_t(b * 3 + 1)] + r[size_t(b * 3 + 2)] - 4500) < 1e-6);
        QVERIFY(r[0] != r[3] || r[3] != r[6]);
    }

    // Intervals straddle the estimate and narrow as the games grow: 16 times the games, about a quarter of the
    // width (the standard error goes as 1/sqrt(games)).
    void intervalsNarrowWithMoreGames()
    {
        const GameTally small = tally(2);
        const GameTally large = tally(32);
        const auto smallFit = fitted(small), largeFit = fitted(large);
        const QList<RatingBootstrap::Interval> a = RatingBootstrap::intervals(small, smallFit, options(400, 2));
        const QList<RatingBootstrap::Interval> b = RatingBootstrap::intervals(large, largeFit, options(400, 2));
        const std::vector<double> point = BradleyTerryFit::eloRatings(largeFit);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(b[i].low < point[size_t(i)] && point[size_t(i)] < b[i].high);
            const double ratio = (b[i].high - b[i].low) / (a[i].high - a[i].low);
            QVERIFY2(ratio > 0.15 && ratio < 0.4, qPrintable(QString::number(ratio)));
        }
    }

    // Without resamples, or when every resample is the original (one cell), the interval is the estimate.
    void degenerateIntervals()
    {
        const GameTally t = tally(1);
        const auto start = fitted(t);
        const std::vector<double> point = BradleyTerryFit::eloRatings(start);
        const QList<RatingBootstrap::Interval> none = RatingBootstrap::intervals(t, start, options(0, 1));
        QCOMPARE(none.size(), 3);
        QCOMPARE(none[1].low, point[1]);
        QCOMPARE(none[1].high, point[1]);

        ArenaGame g;
        g.pro = QStringLiteral("A");
        g.con = QStringLiteral("B");
        g.winner = Outcome::Pro;
        const GameTally sweep({}, QList<ArenaGame>(5, g));
        const auto sweepFit = fitted(sweep);
        const QList<RatingBootstrap::Interval> same = RatingBootstrap::intervals(sweep, sweepFit, options(20, 2));
        const std::vector<double> sweepPoint = BradleyTerryFit::eloRatings(sweepFit);
        QVERIFY(std::abs(same[0].low - sweepPoint[0]) < 1e-6 && std::abs(same[0].high - sweepPoint[0]) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestRatingBootstrap)
#include "tst_ratingbootstrap.moc"
