#pragma once

#include "arena/RatingOptions.h"

#include <vector>

namespace rostrum {

// The maximum-likelihood Bradley–Terry strengths of n models from their pairwise wins, by MM
// (minorisation–maximisation) iterations (Hunter 2004, "MM algorithms for generalized Bradley–Terry models"):
//     p_i <- W_i / sum_j N_ij / (p_i + p_j)
// where W_i is i's total wins and N_ij the games between i and j. One virtual tie (half a win each) is added
// between every pair of models, so an unbeaten or winless model keeps a finite strength and the comparison graph
// is connected (the maximum exists and is unique up to scale). Strengths are scaled to a mean of 1.
class BradleyTerryFit
{
public:
    struct Result
    {
        std::vector<double> strengths;
        int iterations = 0;
        bool converged = false;
    };

    // `wins[i * n + j]`: i's wins over j, a tie counting half to each (GameTally::pairWins), without the virtual
    // ties. `start` (n positive strengths, e.g. the full fit for a bootstrap resample) or empty for all 1.
    static Result fit(int n, const std::vector<double> &wins, const RatingOptions &options,
                      const std::vector<double> &start = {});
    // The Elo scale: 400·log10(strength), shifted so the ratings' mean is 1500.
    static std::vector<double> eloRatings(const std::vector<double> &strengths);
    // The same, written into `out` (n values) without allocating: the bootstrap's inner loop.
    static void eloRatings(const std::vector<double> &strengths, double *out);
};

} // namespace rostrum
