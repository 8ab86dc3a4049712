#include "arena/RatingBootstrap.h"

#include "arena/BradleyTerryFit.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <thread>

namespace rostrum {

namespace {

// The cells of a tally flattened for the inner loop: which entry of the pair-wins matrix each cell feeds.
struct CellTarget
{
    int count = 0; // games in the original
    size_t winner = 0; // wins[winner] += 1 for a decided game
    size_t loser = 0; // for a tie, wins[winner] and wins[loser] (the mirror entry) += 0.5
    bool tie = false;
};

std::vector<CellTarget> targets(const GameTally &tally)
{
    const size_t n = size_t(tally.modelCount());
    std::vector<CellTarget> out;
    for (const GameTally::Cell &c : tally.cells()) {
        const size_t pro = size_t(c.pro), con = size_t(c.con);
        CellTarget t {c.count, pro * n + con, con * n + pro, c.outcome == ArenaGame::Outcome::Tie};
        if (c.outcome == ArenaGame::Outcome::Con)
            std::swap(t.winner, t.loser);
        out.push_back(t);
    }
    return out;
}

// QRandomGenerator's bits a block at a time: the binomial draws ask for a few words each, and fetching them one
// by one through QRandomGenerator::operator() was a tenth of the bootstrap's time.
class BufferedBits
{
public:
    using result_type = quint32;
    explicit BufferedBits(QRandomGenerator &rng)
        : m_rng(rng)
    { }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
    result_type operator()()
    {
        if (m_next == m_block.size()) {
            m_rng.fillRange(m_block.data(), qsizetype(m_block.size()));
            m_next = 0;
        }
        return m_block[m_next++];
    }

private:
    QRandomGenerator &m_rng;
    std::array<quint32, 128> m_block {};
    size_t m_next = m_block.size();
};

// One resample's pair-wins matrix: multinomial counts over the cells by conditional binomials.
void drawResample(const std::vector<CellTarget> &cells, int games, QRandomGenerator &generator,
                  std::vector<double> &wins)
{
    BufferedBits rng(generator);
    std::fill(wins.begin(), wins.end(), 0.0);
    int remaining = games; // games still to draw
    int remainingWeight = games; // original games in this cell and the ones after it
    for (size_t k = 0; k < cells.size() && remaining > 0; ++k) {
        const CellTarget &c = cells[k];
        int drawn = remaining;
        if (c.count < remainingWeight) {
            std::binomial_distribution<int> binomial(remaining, double(c.count) / double(remainingWeight));
            drawn = binomial(rng);
        }
        remaining -= drawn;
        remainingWeight -= c.count;
        if (c.tie) {
            wins[c.winner] += 0.5 * drawn;
            wins[c.loser] += 0.5 * drawn;
        } else {
            wins[c.winner] += drawn;
        }
    }
}

} // namespace

std::vector<double> RatingBootstrap::resampledRatings(const GameTally &tally, const std::vector<double> &strengths,
                                                      const RatingOptions &options)
{
    const int n = tally.modelCount();
    const int resamples = std::max(0, options.resamples);
    std::vector<double> ratings(size_t(resamples) * size_t(n));
    const std::vector<CellTarget> cells = targets(tally);
    const int games = tally.gameCount();
    const auto work = [&](int first, int stride) {
        std::vector<double> wins(size_t(n) * n);
        for (int b = first; b < resamples; b += stride) {
            const quint32 seed[] = {quint32(options.seed), quint32(options.seed >> 32), quint32(b)};
            QRandomGenerator rng(seed);
            drawResample(cells, games, rng, wins);
            const BradleyTerryFit::Result fit = BradleyTerryFit::fit(n, wins, options, strengths);
            BradleyTerryFit::eloRatings(fit.strengths, &ratings[size_t(b) * n]);
        }
    };
    int threads = options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(1, resamples));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread &h : helpers)
        h.join();
    return ratings;
}

QList<RatingBootstrap::Interval>
RatingBootstrap::intervals(const GameTally &tally, const std::vector<double> &strengths, const RatingOptions &options)
{
    const int n = tally.modelCount();
    const std::vector<double> point = BradleyTerryFit::eloRatings(strengths);
    QList<Interval> out;
    for (int i = 0; i < n; ++i)
        out.append({point[size_t(i)], point[size_t(i)]});
    if (options.resamples <= 0 || n == 0)
        return out;
    const std::vector<double> ratings = resampledRatings(tally, strengths, options);
    const double tail = (1.0 - options.level) / 2.0;
    std::vector<double> column(size_t(options.resamples));
    for (int i = 0; i < n; ++i) {
        for (int b = 0; b < options.resamples; ++b)
            column[size_t(b)] = ratings[size_t(b) * n + size_t(i)];
        std::sort(column.begin(), column.end());
        out[i] = {quantile(column, tail), quantile(column, 1.0 - tail)};
    }
    return out;
}

double RatingBootstrap::quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return std::nan("");
    const double position = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

} // namespace rostrum
