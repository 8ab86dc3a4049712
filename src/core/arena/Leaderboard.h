#pragma once

#include "arena/GameTally.h"

#include <QList>
#include <QString>

namespace rostrum {

// What BradleyTerry::rate found: each model's rating with its interval and record, best first, and the tally it
// was computed from (for the head-to-head matrix).
struct Leaderboard
{
    struct Entry
    {
        QString model;
        double rating = 1500; // Elo scale, the models' mean is 1500
        double ciLow = 1500; // the bootstrap interval (RatingOptions::level, 95% by default)
        double ciHigh = 1500;
        GameTally::Record overall;
        GameTally::Record asPro;
        GameTally::Record asCon;
    };

    QList<Entry> entries; // by rating, best first; equal ratings by model id
    GameTally tally; // models in their input order; tally.headToHead(i, j) is the matrix
    int iterations = 0; // of the full fit
    bool converged = true;

    // The entry of `model`, or nullptr.
    const Entry *find(const QString &model) const;
};

} // namespace rostrum
