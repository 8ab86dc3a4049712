#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace rostrum {

RetryPolicy::RetryPolicy()
    : m_random(QRandomGenerator::securelySeeded())
{ }

RetryPolicy::RetryPolicy(Config config, quint32 seed)
    : m_config(config)
    , m_random(seed)
{ }

qint64 RetryPolicy::backoffMs(int retryIndex, qint64 previousDelayMs)
{
    const qint64 base = std::max<qint64>(1, m_config.baseMs);
    const qint64 cap = std::max(base, m_config.capMs);
    if (m_config.jitter == Jitter::Decorrelated) {
        const qint64 lo = base;
        const qint64 hi = std::max(lo, (previousDelayMs > 0 ? previousDelayMs : base) * 3);
        const qint64 pick = lo + qint64(m_random.generateDouble() * double(hi - lo + 1));
        return std::min(cap, std::min(pick, hi));
    }
    // 2^retry grows past any cap quickly; stop doubling once the cap is reached to avoid overflow.
    const double ceiling = std::min(double(cap), double(base) * std::pow(2.0, std::clamp(retryIndex, 0, 40)));
    const qint64 pick = qint64(m_random.generateDouble() * (ceiling + 1.0));
    return std::min(pick, qint64(ceiling));
}

qint64 RetryPolicy::maxRetryAfterJitterMs(qint64 retryAfterMs)
{
    return std::clamp<qint64>(retryAfterMs / 10, 0, 1000);
}

qint64 RetryPolicy::retryAfterJitterMs(qint64 retryAfterMs)
{
    const qint64 most = maxRetryAfterJitterMs(retryAfterMs);
    return std::min(most, qint64(m_random.generateDouble() * double(most + 1)));
}

RetryPolicy::Decision RetryPolicy::decide(int failedAttempts, const ApiError &error, qint64 previousDelayMs,
                                          qint64 serverRetryAfterMs)
{
    Decision d;
    if (!error.isRetryable() || failedAttempts > m_config.maxRetries)
        return d;
    if (serverRetryAfterMs >= 0) {
        if (serverRetryAfterMs > m_config.maxServerWaitMs)
            return d;
        d.retry = true;
        d.delayMs = serverRetryAfterMs + retryAfterJitterMs(serverRetryAfterMs);
        return d;
    }
    const qint64 floor = error.retryAfterMs;
    if (floor > m_config.maxServerWaitMs)
        return d;
    d.retry = true;
    d.delayMs = std::max(backoffMs(failedAttempts - 1, previousDelayMs), std::max<qint64>(0, floor));
    return d;
}

} // namespace rostrum
