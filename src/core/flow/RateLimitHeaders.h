#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace rostrum {

// What one response's headers say about the rate limits. Mistral has sent two header families:
//   2026: x-ratelimit-{limit,remaining}-{req,tokens}-minute, -tokens-month, -tokens-5-minute,
//         x-ratelimit-tokens-query-cost
//   2025: ratelimitbysize-{limit,remaining,reset,query-cost} (a per-minute token window),
//         x-ratelimitbysize-{limit,remaining}-{minute,month}
// Any header whose name contains "ratelimit" is looked at, case-insensitively; unknown ones are
// ignored. A field is unset when no header told it.
struct RateLimitHeaders
{
    using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

    std::optional<qint64> requestsPerMinuteLimit;
    std::optional<qint64> requestsPerMinuteRemaining;
    std::optional<qint64> tokensPerMinuteLimit;
    std::optional<qint64> tokensPerMinuteRemaining;
    std::optional<qint64> tokensPer5MinutesLimit;
    std::optional<qint64> tokensPer5MinutesRemaining;
    std::optional<qint64> tokensPerMonthLimit;
    std::optional<qint64> tokensPerMonthRemaining;
    std::optional<qint64> resetSeconds; // until the minute window resets (2025 family)
    std::optional<qint64> queryCost; // tokens this request was charged
    std::optional<qint64> retryAfterMs; // Retry-After, as milliseconds from the response

    // True when at least one rate-limit header was understood.
    bool any() const;
    // A request limit of zero: the plan has no quota for this model (permanent, never retried).
    bool noQuota() const { return requestsPerMinuteLimit && *requestsPerMinuteLimit == 0; }
    // The earliest moment the server said the limit frees: Retry-After, else the reset. -1 = unknown.
    qint64 waitHintMs() const;

    // now is used for an HTTP-date Retry-After.
    static RateLimitHeaders parse(const RawHeaders &headers, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Retry-After is "seconds" or an HTTP date; returns milliseconds from now (>= 0), or -1 if unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);
};

} // namespace rostrum
