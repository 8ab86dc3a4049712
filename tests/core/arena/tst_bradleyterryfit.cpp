#include "arena/BradleyTerryFit.h"
#include "arena/GameTally.h"

#include <QTest>

#include <cmath>

using namespace rostrum;
using Outcome = ArenaGame::Outcome;

namespace {

QList<ArenaGame> games(const char *pro, const char *con, int proWins, int conWins, int ties)
{
    QList<ArenaGame> out;
    const auto add = [&](Outcome o, int count) {
        for (int k = 0; k < count; ++k) {
            ArenaGame g;
            g.pro = QString::fromLatin1(pro);
            g.con = QString::fromLatin1(con);
            g.winner = o;
            out.append(g);
        }
    };
    add(Outcome::Pro, proWins);
    add(Outcome::Con, conWins);
    add(Outcome::Tie, ties);
    return out;
}

std::vector<double> ratingsOf(const GameTally &t)
{
    const BradleyTerryFit::Result fit = BradleyTerryFit::fit(t.modelCount(), t.pairWins(), RatingOptions {});
    return BradleyTerryFit::eloRatings(fit.strengths);
}

} // namespace

class TestBradleyTerryFit final : public QObject
{
    Q_OBJECT

private slots:
    // Three models whose games fit strengths 4 : 2 : 1 exactly, the virtual tie included:
    //   A–B: A wins 3, B wins 1, 1 tie -> A 3 + 0.5 + 0.5 (virtual) = 4 of 6 = 4/(4+2); B 2 of 6.
    //   B–C: the same, B 4 of 6 = 2/(2+1).
    //   A–C: A wins 3, C 0, 1 tie -> A 3 + 0.5 + 0.5 = 4 of 5 = 4/(4+1); C 1 of 5.
    // Every pair's share equals p_i/(p_i+p_j) for p = (4, 2, 1), so the likelihood equations
    // W_i = sum_j N_ij p_i/(p_i+p_j) hold, and the maximum is unique (the graph is connected): p ∝ (4, 2, 1).
    // Elo: 400·log10 p = (800·log10 2, 400·log10 2, 0), mean 400·log10 2, so the ratings are
    // 1500 + 400·log10 2 = 1620.41199..., 1500, 1500 - 400·log10 2 = 1379.58800...
    void handCaseThreeModels()
    {
        QList<ArenaGame> all = games("A", "B", 2, 1, 0) + games("B", "A", 0, 1, 1); // A 3, B 1, 1 tie
        all += games("B", "C", 3, 1, 1);
        all += games("A", "C", 2, 0, 0) + games("C", "A", 0, 1, 1); // A 3, C 0, 1 tie
        const GameTally t({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, all);
        const std::vector<double> r = ratingsOf(t);
        const double step = 400.0 * std::log10(2.0);
        QVERIFY2(std::abs(r[0] - (1500 + step)) < 1e-6, qPrintable(QString::number(r[0], 'g', 12)));
        QVERIFY2(std::abs(r[1] - 1500) < 1e-6, qPrintable(QString::number(r[1], 'g', 12)));
        QVERIFY2(std::abs(r[2] - (1500 - step)) < 1e-6, qPrintable(QString::number(r[2], 'g', 12)));
    }

    // Two models, A unbeaten 10–0: with the virtual tie A has 10.5 wins and B 0.5 of 11 games, so
    // p_A/p_B = 21 and the ratings are 1500 ± 200·log10 21 — finite.
    void unbeatenStaysFinite()
    {
        const GameTally t({}, games("A", "B", 10, 0, 0));
        const std::vector<double> r = ratingsOf(t);
        const double half = 200.0 * std::log10(21.0);
        QVERIFY(std::abs(r[0] - (1500 + half)) < 1e-6);
        QVERIFY(std::abs(r[1] - (1500 - half)) < 1e-6);
    }

    // On data no strengths fit exactly (a cycle with uneven counts) the fit still satisfies the likelihood
    // equations W_i = sum_j N_ij p_i / (p_i + p_j), virtual ties included.
    void likelihoodEquationsHold()
    {
        QList<ArenaGame> all = games("A", "B", 7, 2, 1) + games("B", "C", 5, 4, 0) + games("C", "A", 3, 1, 2);
        all += games("D", "A", 0, 6, 0) + games("D", "C", 2, 2, 2);
        const GameTally t({}, all);
        const int n = t.modelCount();
        const std::vector<double> w = t.pairWins();
        const BradleyTerryFit::Result fit = BradleyTerryFit::fit(n, w, RatingOptions {});
        QVERIFY(fit.converged);
        const std::vector<double> &p = fit.strengths;
        for (int i = 0; i < n; ++i) {
            double observed = 0, expected = 0;
            for (int j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                const double wij = w[size_t(i * n + j)] + 0.5, wji = w[size_t(j * n + i)] + 0.5;
                observed += wij;
                expected += (wij + wji) * p[size_t(i)] / (p[size_t(i)] + p[size_t(j)]);
            }
            QVERIFY2(std::abs(observed - expected) < 1e-7, qPrintable(QStringLiteral("model %1").arg(i)));
        }
    }

    // A warm start reaches the same maximum in fewer sweeps; a cap of one sweep reports no convergence.
    void warmStartAndCap()
    {
        const GameTally t({}, games("A", "B", 30, 5, 2) + games("B", "C", 20, 3, 0) + games("C", "A", 1, 9, 0));
        const int n = t.modelCount();
        const BradleyTerryFit::Result cold = BradleyTerryFit::fit(n, t.pairWins(), RatingOptions {});
        QVERIFY(cold.converged);
        const BradleyTerryFit::Result warm = BradleyTerryFit::fit(n, t.pairWins(), RatingOptions {}, cold.strengths);
        QVERIFY(warm.converged);
        QVERIFY(warm.iterations < cold.iterations);
        for (int i = 0; i < n; ++i)
            QVERIFY(std::abs(warm.strengths[size_t(i)] / cold.strengths[size_t(i)] - 1) < 1e-8);
        RatingOptions once;
        once.maxIterations = 1;
        const BradleyTerryFit::Result capped = BradleyTerryFit::fit(n, t.pairWins(), once);
        QCOMPARE(capped.iterations, 1);
        QVERIFY(!capped.converged);
    }

    // No games: every model is equal, at 1500; one model alone is 1500.
    void degenerate()
    {
        const std::vector<double> none = BradleyTerryFit::eloRatings(
            BradleyTerryFit::fit(3, std::vector<double>(9, 0.0), RatingOptions {}).strengths);
        for (double r : none)
            QVERIFY(std::abs(r - 1500) < 1e-9);
        const BradleyTerryFit::Result one = BradleyTerryFit::fit(1, {0.0}, RatingOptions {});
        QCOMPARE(BradleyTerryFit::eloRatings(one.strengths), std::vector<double> {1500.0});
        QVERIFY(BradleyTerryFit::fit(0, {}, RatingOptions {}).strengths.empty());
    }
};

QTEST_GUILESS_MAIN(TestBradleyTerryFit)
#include "tst_bradleyterryfit.moc"
