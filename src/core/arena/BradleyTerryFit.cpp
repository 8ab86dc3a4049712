#include "arena/BradleyTerryFit.h"

#include <algorithm>
#include <cmath>

namespace rostrum {

namespace {

constexpr double VirtualTieWin = 0.5; // each side's half of the one virtual tie per pair

// Divides by the mean, so the scale (which the likelihood does not fix) stays put between sweeps. The mean rather
// than the geometric mean: no logarithm in the bootstrap's inner loop, and the Elo shift removes the scale anyway.
void normalise(std::vector<double> &p)
{
    double sum = 0;
    for (double v : p)
        sum += v;
    const double mean = sum / double(p.size());
    for (double &v : p)
        v /= mean;
}

} // namespace

BradleyTerryFit::Result BradleyTerryFit::fit(int n, const std::vector<double> &wins, const RatingOptions &options,
                                             const std::vector<double> &start)
{
    Result r;
    r.strengths = start.size() == size_t(n) ? start : std::vector<double>(size_t(n), 1.0);
    if (n < 2) {
        r.strengths.assign(size_t(n), 1.0);
        r.converged = true;
        return r;
    }
    // games[i * n + j] = N_ij and total[i] = W_i, both with the virtual ties.
    std::vector<double> games(size_t(n) * n, 0.0);
    std::vector<double> total(size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i == j)
                continue;
            games[size_t(i) * n + j] = wins[size_t(i) * n + j] + wins[size_t(j) * n + i] + 2 * VirtualTieWin;
            total[size_t(i)] += wins[size_t(i) * n + j] + VirtualTieWin;
        }
    }
    std::vector<double> &p = r.strengths;
    std::vector<double> previous(p.size());
    while (r.iterations < options.maxIterations) {
        ++r.iterations;
        previous = p;
        // Cyclic (Gauss–Seidel) updates: each uses the strengths already updated in this sweep, still an MM step
        // for the one parameter it changes, and converges in fewer sweeps than updating all at once.
        for (int i = 0; i < n; ++i) {
            const double *row = &games[size_t(i) * n];
            double denominator = 0;
            for (int j = 0; j < n; ++j) {
                if (j != i)
                    denominator += row[j] / (p[size_t(i)] + p[size_t(j)]);
            }
            p[size_t(i)] = total[size_t(i)] / denominator;
        }
        normalise(p);
        double change = 0;
        for (int i = 0; i < n; ++i)
            change = std::max(change, std::abs(p[size_t(i)] / previous[size_t(i)] - 1.0));
        if (change < options.tolerance) {
            r.converged = true;
            break;
        }
    }
    return r;
}

std::vector<double> BradleyTerryFit::eloRatings(const std::vector<double> &strengths)
{
    std::vector<double> out(strengths.size());
    eloRatings(strengths, out.data());
    return out;
}

void BradleyTerryFit::eloRatings(const std::vector<double> &strengths, double *out)
{
    if (strengths.empty())
        return;
    double sum = 0;
    for (size_t i = 0; i < strengths.size(); ++i) {
        out[i] = 400.0 * std::log10(strengths[i]);
        sum += out[i];
    }
    const double shift = 1500.0 - sum / double(strengths.size());
    for (size_t i = 0; i < strengths.size(); ++i)
        out[i] += shift;
}

} // namespace rostrum
