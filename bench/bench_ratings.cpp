// Ratings benchmark: BradleyTerry::rate on 100,000 simulated debates (default 8 models, true ratings 60 Elo apart,
// sides alternating, about 10% ties) with 1,000 bootstrap resamples — what `rostrum-cli ratings` costs on a very
// large tournament. Arguments: debates, models, resamples, runs. Prints the best and median wall time of the runs
// (each from the games as the store would hand them over: aggregation, the fit and the bootstrap included).
#include "arena/BradleyTerry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <thread>

using namespace rostrum;

namespace {

QList<ArenaGame> simulate(int debates, const QStringList &models, QRandomGenerator &rng)
{
    QList<ArenaGame> games;
    games.reserve(debates);
    const int n = int(models.size());
    for (int k = 0; k < debates; ++k) {
        int pro = int(rng.bounded(n));
        int con = int(rng.bounded(n - 1));
        con += con >= pro ? 1 : 0;
        const double p = 1.0 / (1.0 + std::pow(10.0, (con - pro) * 60.0 / 400.0));
        const double u = rng.generateDouble();
        ArenaGame g;
        g.pro = models.at(pro);
        g.con = models.at(con);
        g.winner = u < 0.1 ? ArenaGame::Outcome::Tie
                           : (rng.generateDouble() < p ? ArenaGame::Outcome::Pro : ArenaGame::Outcome::Con);
        games.append(g);
    }
    return games;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](int i, int fallback) {
        return args.size() > i ? args.at(i).toInt() : fallback;
    };
    const int debates = arg(1, 100000);
    const int modelCount = std::max(2, arg(2, 8));
    RatingOptions options;
    options.resamples = arg(3, 1000);
    const int runs = std::max(1, arg(4, 7));
    QTextStream out(stdout);

    QStringList models;
    for (int i = 0; i < modelCount; ++i)
        models << QStringLiteral("model-%1-2411").arg(i);
    QRandomGenerator rng(42);
    const QList<ArenaGame> games = simulate(debates, models, rng);

    QList<qint64> times;
    Leaderboard board;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        board = BradleyTerry::rate(models, games, options);
        times << t.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    out << debates << " debates, " << modelCount << " models, " << options.resamples << " resamples, "
        << std::thread::hardware_concurrency() << " threads: best "
        << QString::number(double(times.first()) / 1000.0, 'f', 1) << " ms, median "
        << QString::number(double(times.at(times.size() / 2)) / 1000.0, 'f', 1) << " ms over " << runs << " runs"
        << " (full fit " << board.iterations << " sweeps)" << Qt::endl;
    for (const Leaderboard::Entry &e : board.entries)
        out << "  " << e.model << "  " << QString::number(e.rating, 'f', 1) << "  [" << QString::number(e.ciLow, 'f', 1)
            << ", " << QString::number(e.ciHigh, 'f', 1) << "]" << Qt::endl;
    return board.converged && board.tally.gameCount() == debates ? 0 : 1;
}
