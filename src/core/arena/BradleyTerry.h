#pragma once

#include "arena/ArenaGame.h"
#include "arena/Leaderboard.h"
#include "arena/RatingOptions.h"

#include <QList>
#include <QStringList>

namespace rostrum {

// The tournament's ratings: the Bradley–Terry maximum-likelihood fit of the panel winners (BradleyTerryFit), on
// the Elo scale with mean 1500, with bootstrap intervals (RatingBootstrap) and each model's record. Pure and
// synchronous; with the defaults (1,000 resamples) it takes well under a second for 100,000 games
// (BENCHMARKS.md), so a front runs it off its GUI thread.
class BradleyTerry
{
public:
    // `models` (the tournament's, in its order: a model without games is still rated) and the games.
    static Leaderboard rate(const QStringList &models, const QList<ArenaGame> &games, const RatingOptions &options);
    static Leaderboard rate(const GameTally &tally, const RatingOptions &options);
};

} // namespace rostrum
