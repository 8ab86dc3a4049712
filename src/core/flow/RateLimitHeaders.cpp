#include "RateLimitHeaders.h"

#include <QLocale>

namespace rostrum {

namespace {

std::optional<qint64> toNumber(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (ok && n >= 0)
        return n;
    // Some proxies send fractional seconds or numbers with a trailing unit; keep the integer part.
    const double d = value.trimmed().toDouble(&ok);
    if (ok && d >= 0)
        return qint64(d);
    return std::nullopt;
}

} // namespace

bool RateLimitHeaders::any() const
{
    return requestsPerMinuteLimit || requestsPerMinuteRemaining || tokensPerMinuteLimit || tokensPerMinuteRemaining
        || tokensPer5MinutesLimit || tokensPer5MinutesRemaining || tokensPerMonthLimit || tokensPerMonthRemaining
        || resetSeconds || queryCost;
}

qint64 RateLimitHeaders::waitHintMs() const
{
    if (retryAfterMs)
        return *retryAfterMs;
    if (resetSeconds)
        return *resetSeconds * 1000;
    return -1;
}

qint64 RateLimitHeaders::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000.0 + 0.5);
    // HTTP-date (RFC 9110 IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
    QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

RateLimitHeaders RateLimitHeaders::parse(const RawHeaders &headers, const QDateTime &now)
{
    RateLimitHeaders h;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.trimmed().toLower();
        if (name == "retry-after") {
            const qint64 ms = parseRetryAfterMs(value, now);
            if (ms >= 0)
                h.retryAfterMs = ms;
            continue;
        }
        if (!name.contains("ratelimit"))
            continue;
        const auto n = toNumber(value);
        if (!n)
            continue;

        // 2026 family.
        if (name == "x-ratelimit-limit-req-minute")
            h.requestsPerMinuteLimit = n;
        else if (name == "x-ratelimit-remaining-req-minute")
            h.requestsPerMinuteRemaining = n;
        else if (name == "x-ratelimit-limit-tokens-minute")
            h.tokensPerMinuteLimit = n;
        else if (name == "x-ratelimit-remaining-tokens-minute")
            h.tokensPerMinuteRemaining = n;
        else if (name == "x-ratelimit-limit-tokens-5-minute")
            h.tokensPer5MinutesLimit = n;
        else if (name == "x-ratelimit-remaining-tokens-5-minute")
            h.tokensPer5MinutesRemaining = n;
        else if (name == "x-ratelimit-limit-tokens-month")
            h.tokensPerMonthLimit = n;
        else if (name == "x-ratelimit-remaining-tokens-month")
            h.tokensPerMonthRemaining = n;
        else if (name == "x-ratelimit-tokens-query-cost")
            h.queryCost = n;
        // 2025 family: the unsuffixed ratelimitbysize-* describe the per-minute token window.
        else if (name == "ratelimitbysize-limit" || name == "x-ratelimitbysize-limit-minute")
            h.tokensPerMinuteLimit = n;
        else if (name == "ratelimitbysize-remaining" || name == "x-ratelimitbysize-remaining-minute")
            h.tokensPerMinuteRemaining = n;
        else if (name == "ratelimitbysize-reset")
            h.resetSeconds = n;
        else if (name == "ratelimitbysize-query-cost")
            h.queryCost = n;
        else if (name == "x-ratelimitbysize-limit-month")
            h.tokensPerMonthLimit = n;
        else if (name == "x-ratelimitbysize-remaining-month")
            h.tokensPerMonthRemaining = n;
        // Generic fallbacks for close variants (e.g. x-ratelimit-reset).
        else if (name.endsWith("reset") || name.endsWith("reset-minute"))
            h.resetSeconds = n;
    }
    return h;
}

} // namespace rostrum
