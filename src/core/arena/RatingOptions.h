#pragma once

#include <QtGlobal>

namespace rostrum {

// How the ratings are computed: the fit's stopping rule and the bootstrap's size. The defaults are those of
// `rostrum-cli ratings`; a test may ask for fewer resamples.
struct RatingOptions
{
    // The MM iterations stop when no strength moves by more than this fraction in a sweep...
    double tolerance = 1e-10;
    // ...or after this many sweeps (the fit is then reported as not converged).
    int maxIterations = 10000;
    // Bootstrap resamples of the games for the intervals; 0 leaves every interval at its rating.
    int resamples = 1000;
    double level = 0.95; // of the intervals
    // The same seed and games give the same intervals, on any number of threads.
    quint64 seed = 20261207;
    int threads = 0; // 0: one per core
};

} // namespace rostrum
