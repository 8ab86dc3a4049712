#pragma once

#include "api/ApiError.h"

#include <QRandomGenerator>

namespace rostrum {

// Decides whether a failed attempt is tried again and after how long. Pure: it never waits
// itself (ChatService waits on the Clock), so it is the one place that owns the retry rule.
//
// Backoff is exponential with jitter so parallel clients do not retry in lockstep:
//   Full:          delay = random(0, min(cap, base * 2^retry))
//   Decorrelated:  delay = min(cap, random(base, previous * 3))
// A server wait hint (the rate-limit reset) is a floor: never retry before it. An explicit
// Retry-After is more than a floor: the server said when to come back, so the retry goes then,
// plus a little jitter (up to a tenth of the wait, at most a second), whatever the backoff says.
class RetryPolicy
{
public:
    enum class Jitter { Full, Decorrelated };

    struct Config
    {
        int maxRetries = 5; // retries after the first attempt
        qint64 baseMs = 1000;
        qint64 capMs = 60000;
        Jitter jitter = Jitter::Full;
        // A server that asks for a longer wait than this (e.g. a monthly quota) is not waited for.
        qint64 maxServerWaitMs = 15 * 60 * 1000;
    };

    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0;
    };

    RetryPolicy();
    explicit RetryPolicy(Config config, quint32 seed);

    const Config &config() const { return m_config; }
    void setConfig(const Config &config) { m_config = config; }
    // Reseeds the jitter, so tests can assert exact delays.
    void seed(quint32 seed) { m_random.seed(seed); }

    // failedAttempts: how many attempts have failed so far (1 after the first failure).
    // previousDelayMs: the delay chosen before this one (decorrelated jitter), 0 for the first.
    // serverRetryAfterMs: the response's Retry-After in ms, -1 when it sent none.
    Decision decide(int failedAttempts, const ApiError &error, qint64 previousDelayMs = 0,
                    qint64 serverRetryAfterMs = -1);

    // The jitter added to an explicit Retry-After: random in [0, min(1 s, retryAfterMs / 10)].
    qint64 retryAfterJitterMs(qint64 retryAfterMs);
    static qint64 maxRetryAfterJitterMs(qint64 retryAfterMs);

    // The jittered backoff alone for the retryIndex-th retry (0-based), without any server floor.
    qint64 backoffMs(int retryIndex, qint64 previousDelayMs);

    // Whether this class of error may ever be retried (auth, no_quota, invalid_request,
    // context_overflow, cancelled never are).
    static bool isRetryable(ErrorClass c) { return ApiError::isRetryable(c); }

private:
    Config m_config;
    QRandomGenerator m_random;
};

} // namespace rostrum
