#pragma once

#include "arena/GameTally.h"
#include "arena/RatingOptions.h"

#include <QList>

#include <vector>

namespace rostrum {

// Bootstrap intervals for the Bradley–Terry ratings: the games are resampled with replacement (as many as there
// were), each resample is fitted again (warm-started from the full fit), and each model's interval is the
// percentile interval of its resampled Elo ratings (quantiles interpolated linearly between order statistics).
//
// A resample of G games is drawn as multinomial counts over the distinct (pair, outcome) cells, one binomial
// draw per cell conditioned on the cells before it: the same distribution of pair wins as drawing G games one by
// one, in a few hundred draws instead of G. Resample b draws from its own generator seeded by (seed, b), so the
// intervals do not depend on how many threads share the work. The binomial draws are libstdc++'s: another standard
// library would give other (equally valid) intervals for the same seed.
class RatingBootstrap
{
public:
    struct Interval
    {
        double low = 1500;
        double high = 1500;
    };

    // One interval per model of `tally`, in its order. `strengths` is the full fit (the warm start).
    static QList<Interval> intervals(const GameTally &tally, const std::vector<double> &strengths,
                                     const RatingOptions &options);
    // The resampled ratings themselves, resample-major: ratings[b * n + i]. For tests and diagnostics.
    static std::vector<double> resampledRatings(const GameTally &tally, const std::vector<double> &strengths,
                                                const RatingOptions &options);
    // The q-quantile (0..1) of sorted values, interpolated linearly between order statistics.
    static double quantile(const std::vector<double> &sorted, double q);
};

} // namespace rostrum
