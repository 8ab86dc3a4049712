#include "RequestTally.h"

#include <algorithm>

namespace rostrum {

LatencySummary RequestTally::summarize(std::vector<qint64> &values)
{
    LatencySummary s;
    if (values.empty())
        return s;
    const qint64 n = qint64(values.size());
    s.count = n;
    double sum = 0.0;
    for (qint64 v : values)
        sum += double(v);
    s.avg = sum / double(s.count);
    auto lo = values.begin();
    qint64 *out[] = {&s.p50, &s.p95, &s.p99};
    const int ps[] = {50, 95, 99};
    for (int i = 0; i < 3; ++i) {
        const qint64 rank = std::clamp<qint64>((ps[i] * n + 99) / 100, 1, n);
        const auto at = values.begin() + (rank - 1);
        if (at >= lo) {
            std::nth_element(lo, at, values.end());
            lo = at + 1;
        }
        *out[i] = *at;
    }
    return s;
}

} // namespace rostrum
