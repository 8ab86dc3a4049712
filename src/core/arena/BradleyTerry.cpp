#include "arena/BradleyTerry.h"

#include "arena/ArenaLogging.h"
#include "arena/BradleyTerryFit.h"
#include "arena/RatingBootstrap.h"

#include <algorithm>

namespace rostrum {

Leaderboard BradleyTerry::rate(const QStringList &models, const QList<ArenaGame> &games, const RatingOptions &options)
{
    return rate(GameTally(models, games), options);
}

Leaderboard BradleyTerry::rate(const GameTally &tally, const RatingOptions &options)
{
    Leaderboard board;
    board.tally = tally;
    const int n = tally.modelCount();
    const BradleyTerryFit::Result fit = BradleyTerryFit::fit(n, tally.pairWins(), options);
    board.iterations = fit.iterations;
    board.converged = fit.converged;
    if (!fit.converged)
        qCWarning(lcArena) << "Bradley-Terry fit stopped after" << fit.iterations << "iterations without converging";
    const std::vector<double> ratings = BradleyTerryFit::eloRatings(fit.strengths);
    const QList<RatingBootstrap::Interval> intervals = RatingBootstrap::intervals(tally, fit.strengths, options);
    for (int i = 0; i < n; ++i) {
        Leaderboard::Entry e;
        e.model = tally.models().at(i);
        e.rating = ratings[size_t(i)];
        // A percentile interval need not contain the point estimate; the table shows both as they are.
        e.ciLow = intervals.at(i).low;
        e.ciHigh = intervals.at(i).high;
        e.overall = tally.overall(i);
        e.asPro = tally.asPro(i);
        e.asCon = tally.asCon(i);
        board.entries.append(e);
    }
    std::stable_sort(board.entries.begin(), board.entries.end(),
                     [](const Leaderboard::Entry &a, const Leaderboard::Entry &b) {
                         if (a.rating != b.rating)
                             return a.rating > b.rating;
                         return a.model < b.model;
                     });
    return board;
}

} // namespace rostrum
