#include "context/ContextBudget.h"

#include <algorithm>
#include <cmath>

namespace rostrum {

qint64 ContextBudget::budgetFor(qint64 contextWindow, qint64 maxTokens) const
{
    return qint64(std::floor(double(contextWindow) * m_safety)) - qMax<qint64>(0, maxTokens);
}

qint64 ContextBudget::summaryReserveFor(qint64 budget)
{
    return std::clamp<qint64>(budget / 8, 32, 1024);
}

ContextBudget::Split ContextBudget::split(int n, qint64 budget, const std::function<qint64(int k)> &promptTokens) const
{
    const qint64 reserve = summaryReserveFor(budget);
    auto fits = [&](int k) {
        return promptTokens(k) + reserve <= budget;
    };
    if (!fits(n))
        return {n, false};
    int lo = 1;
    int hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (fits(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return {lo, true};
}

} // namespace rostrum
