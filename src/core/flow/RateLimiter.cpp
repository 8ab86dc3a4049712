#include "RateLimiter.h"

#include "flow/FlowLogging.h"

#include <algorithm>
#include <cmath>

namespace rostrum {

namespace {
constexpr qint64 kMinuteMs = 60000;
constexpr qint64 kFreeTierTokensPerMinute = 50000;

// Before anything is learned, `auto` is polite: one request a second (the free tier's rule) and
// one request in flight, so the first answer's headers can teach the real limits. Without
// headers, AdaptiveRate takes over from the same start.
const RateLimits kAutoStart {1.0, 0, 0};

// A requests-per-second limit as a sliding window: r >= 1 allows floor(r) per 1000 ms,
// r < 1 allows one per 1000/r ms.
void rpsWindow(double rps, int *capacity, qint64 *windowMs)
{
    if (rps >= 1.0) {
        *capacity = int(std::floor(rps));
        *windowMs = 1000;
    } else {
        *capacity = 1;
        *windowMs = qint64(std::ceil(1000.0 / rps));
    }
}

// The i-th grant (oldest first) among those of the last windowMs; earliest moment the window has
// room for one more request when it holds `capacity` or more.
qint64 requestWindowWait(const std::deque<qint64> &times, int capacity, qint64 windowMs, qint64 now, qint64 margin)
{
    if (capacity <= 0 || int(times.size()) < capacity)
        return 0;
    // times holds the grants inside the window, oldest first. The window has room once all but
    // capacity-1 of them have left it: wait for the (size - capacity)-th to expire.
    const qint64 t = times[times.size() - size_t(capacity)];
    return std::max<qint64>(0, t + windowMs + margin - now);
}
} // namespace

RateLimiter::RateLimiter(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    m_profileLimits = profileLimits(m_profile);
}

RateLimiter::~RateLimiter()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

RateLimits RateLimiter::profileLimits(Profile profile)
{
    switch (profile) {
    case Profile::Free:
        return {1.0, 0, 50000}; // docs: ~1 request/s per key, 50k tokens/min
    case Profile::Hobbyist:
        return {0, 60, 100000}; // 60 requests/min, 100k tokens/min
    case Profile::Standard:
        return {0, 500, 1000000};
    case Profile::Auto:
        return kAutoStart;
    case Profile::Custom:
        return {};
    }
    return {};
}

QString RateLimiter::profileName(Profile profile)
{
    switch (profile) {
    case Profile::Auto:
        return QStringLiteral("auto");
    case Profile::Free:
        return QStringLiteral("free");
    case Profile::Hobbyist:
        return QStringLiteral("hobbyist");
    case Profile::Standard:
        return QStringLiteral("standard");
    case Profile::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<RateLimiter::Profile> RateLimiter::profileFromName(const QString &name)
{
    for (Profile p : {Profile::Auto, Profile::Free, Profile::Hobbyist, Profile::Standard, Profile::Custom}) {
        if (name.compare(profileName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString RateLimiter::reasonName(WaitReason reason)
{
    switch (reason) {
    case WaitReason::None:
        return QStringLiteral("none");
    case WaitReason::RequestsPerSecond:
        return QStringLiteral("requests_per_second");
    case WaitReason::RequestsPerMinute:
        return QStringLiteral("requests_per_minute");
    case WaitReason::TokensPerMinute:
        return QStringLiteral("tokens_per_minute");
    case WaitReason::ServerBudget:
        return QStringLiteral("server_budget");
    case WaitReason::Paused:
        return QStringLiteral("rate_limited");
    case WaitReason::Probe:
        return QStringLiteral("probing_limits");
    }
    return {};
}

void RateLimiter::setProfile(Profile profile, const RateLimits &customLimits)
{
    m_profile = profile;
    m_profileLimits = profile == Profile::Custom ? customLimits : profileLimits(profile);
    pump();
}

void RateLimiter::setOverrides(const Overrides &overrides)
{
    m_overrides = overrides;
    pump();
}

void RateLimiter::setSafetyMarginMs(qint64 ms)
{
    m_marginMs = std::max<qint64>(0, ms);
    pump();
}

bool RateLimiter::learnedAnything() const
{
    return m_learned.requestsPerMinute > 0 || m_learned.tokensPerMinute > 0 || m_learned.requestsPerSecond > 0;
}

bool RateLimiter::adaptive() const
{
    return m_profile == Profile::Auto && !learnedAnything();
}

RateLimits RateLimiter::effectiveLimits() const
{
    RateLimits l = m_profileLimits;
    if (adaptive()) {
        // The sliding minute never binds tighter than the spacing blockedForMs() enforces.
        l = {0, int(std::ceil(m_adaptive.requestsPerMinute())), m_adaptive.tokensPerMinute()};
    }
    auto lower = [](auto current, auto learned) {
        return current > 0 ? std::min(current, learned) : learned;
    };
    if (m_profile == Profile::Auto) {
        // The server's own numbers replace the polite start. A per-minute request limit from the
        // server makes the start's per-second guess unnecessary.
        if (m_learned.requestsPerMinute > 0) {
            l.requestsPerMinute = m_learned.requestsPerMinute;
            l.requestsPerSecond = 0;
        }
        if (m_learned.tokensPerMinute > 0) {
            l.tokensPerMinute = m_learned.tokensPerMinute;
            // The free tier (1 request/s) allows 50k tokens/min; a larger token window is a paid
            // tier, which has no per-second rule.
            if (m_learned.tokensPerMinute > kFreeTierTokensPerMinute)
                l.requestsPerSecond = 0;
        }
        if (m_learned.requestsPerSecond > 0)
            l.requestsPerSecond = m_learned.requestsPerSecond;
    } else {
        // A fixed profile is a guess: the server's stricter figure wins, a looser one is ignored.
        if (m_learned.requestsPerMinute > 0)
            l.requestsPerMinute = lower(l.requestsPerMinute, m_learned.requestsPerMinute);
        if (m_learned.tokensPerMinute > 0)
            l.tokensPerMinute = lower(l.tokensPerMinute, m_learned.tokensPerMinute);
    }
    if (m_overrides.requestsPerSecond)
        l.requestsPerSecond = *m_overrides.requestsPerSecond;
    if (m_overrides.requestsPerMinute)
        l.requestsPerMinute = *m_overrides.requestsPerMinute;
    if (m_overrides.tokensPerMinute)
        l.tokensPerMinute = *m_overrides.tokensPerMinute;
    return l;
}

void RateLimiter::prune(qint64 now)
{
    while (!m_log.empty() && m_log.front().at + kMinuteMs + m_marginMs <= now)
        m_log.pop_front();
}

qint64 RateLimiter::blockedForMs(qint64 estimatedTokens, qint64 now, WaitReason *reason) const
{
    qint64 wait = 0;
    WaitReason why = WaitReason::None;
    auto consider = [&](qint64 w, WaitReason r) {
        if (w > wait) {
            wait = w;
            why = r;
        }
    };

    if (m_pausedUntil > now)
        consider(m_pausedUntil - now, WaitReason::Paused);

    const RateLimits l = effectiveLimits();

    if (l.requestsPerSecond > 0) {
        int cap = 0;
        qint64 window = 0;
        rpsWindow(l.requestsPerSecond, &cap, &window);
        std::deque<qint64> times;
        for (const auto &e : m_log) {
            if (e.at + window + m_marginMs > now)
                times.push_back(e.at);
        }
        consider(requestWindowWait(times, cap, window, now, m_marginMs), WaitReason::RequestsPerSecond);
    }
    if (adaptive() && !m_log.empty() && !m_overrides.requestsPerSecond && !m_overrides.requestsPerMinute) {
        // An even pace, not bursts: a server counting per second refuses a burst that a
        // per-minute one would take.
        consider(std::max<qint64>(0, m_log.back().at + m_adaptive.intervalMs() - now), WaitReason::RequestsPerMinute);
    }
    if (l.requestsPerMinute > 0) {
        std::deque<qint64> times;
        for (const auto &e : m_log)
            times.push_back(e.at);
        consider(requestWindowWait(times, l.requestsPerMinute, kMinuteMs, now, m_marginMs),
                 WaitReason::RequestsPerMinute);
    }
    if (l.tokensPerMinute > 0) {
        qint64 used = 0;
        for (const auto &e : m_log)
            used += e.tokens;
        // Drop the oldest grants until the estimate fits; an estimate larger than the whole
        // limit goes alone once the window is empty rather than never.
        const qint64 need = std::min(estimatedTokens, l.tokensPerMinute);
        if (used + need > l.tokensPerMinute) {
            qint64 freeAt = now;
            for (const auto &e : m_log) {
                used -= e.tokens;
                freeAt = e.at + kMinuteMs + m_marginMs;
                if (used + need <= l.tokensPerMinute)
                    break;
            }
            consider(std::max<qint64>(0, freeAt - now), WaitReason::TokensPerMinute);
        }
    }
    // The server's remaining budget covers other clients on the same key too.
    if (m_server.validUntil > now) {
        const bool noRequests = m_server.requests && *m_server.requests - m_server.grantsSince <= 0;
        const bool noTokens = m_server.tokens && *m_server.tokens - m_server.tokensSince < estimatedTokens;
        if (noRequests || noTokens)
            consider(m_server.validUntil - now, WaitReason::ServerBudget);
    }
    // Probe: in `auto`, before any answer has taught the limits, one request at a time.
    // No time is known for it: the probe's answer (observe/release) wakes the queue.
    if (m_profile == Profile::Auto && !m_sawResponse && !learnedAnything() && !m_inFlight.isEmpty()
        && why != WaitReason::Paused) {
        why = WaitReason::Probe;
        wait = -1;
    }
    *reason = why;
    return wait;
}

RateLimiter::Ticket RateLimiter::acquire(qint64 estimatedTokens)
{
    const Ticket t = m_nextTicket++;
    m_queue.push_back({t, std::max<qint64>(0, estimatedTokens)});
    pump();
    return t;
}

bool RateLimiter::isWaiting(Ticket ticket) const
{
    return std::any_of(m_queue.begin(), m_queue.end(), [ticket](const Waiter &w) { return w.ticket == ticket; });
}

void RateLimiter::cancel(Ticket ticket)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->ticket == ticket) {
            m_queue.erase(it);
            pump();
            return;
        }
    }
    if (m_inFlight.contains(ticket))
        release(ticket, -1);
}

void RateLimiter::release(Ticket ticket, qint64 actualTokens)
{
    if (!m_inFlight.contains(ticket))
        return;
    const qint64 reserved = m_inFlight.take(ticket);
    if (actualTokens >= 0 && actualTokens != reserved) {
        // Reconcile: the window remembers what the request really used. If the grant already
        // left the window, there is nothing to correct.
        for (auto &e : m_log) {
            if (e.ticket == ticket) {
                e.tokens = actualTokens;
                break;
            }
        }
        if (m_server.validUntil > m_clock->nowMs())
            m_server.tokensSince = std::max<qint64>(0, m_server.tokensSince + actualTokens - reserved);
    }
    m_sawResponse = m_sawResponse || actualTokens >= 0;
    pump();
    emit stateChanged();
}

void RateLimiter::observe(const RateLimitHeaders &h)
{
    const qint64 now = m_clock->nowMs();
    m_sawResponse = true;
    if (h.requestsPerMinuteLimit && *h.requestsPerMinuteLimit > 0)
        m_learned.requestsPerMinute = int(std::min<qint64>(*h.requestsPerMinuteLimit, 1 << 30));
    if (h.tokensPerMinuteLimit && *h.tokensPerMinuteLimit > 0)
        m_learned.tokensPerMinute = *h.tokensPerMinuteLimit;

    if (h.requestsPerMinuteRemaining || h.tokensPerMinuteRemaining || h.tokensPerMonthRemaining) {
        m_server = {};
        m_server.observedAt = now;
        m_server.requests = h.requestsPerMinuteRemaining;
        m_server.tokens = h.tokensPerMinuteRemaining;
        m_server.tokensMonth = h.tokensPerMonthRemaining;
        // How long the hint holds: until the reset if the server says, else until the oldest of
        // our own grants leaves the minute (the server's window frees then too), else a minute.
        qint64 until = now + kMinuteMs;
        if (h.resetSeconds)
            until = now + *h.resetSeconds * 1000 + m_marginMs;
        else if (!m_log.empty())
            until = std::min(until, m_log.front().at + kMinuteMs + m_marginMs);
        m_server.validUntil = until;
    }
    pump();
    emit stateChanged();
}

void RateLimiter::rateLimited(const RateLimitHeaders &h, qint64 pauseMs, qint64 sentAtMs)
{
    const qint64 now = m_clock->nowMs();
    observe(h);
    prune(now);
    if (h.retryAfterMs && m_server.observedAt == now && m_server.validUntil > now + *h.retryAfterMs) {
        // "Remaining 0" with "Retry-After: 2": the budget is back in 2 s, not at the window
        // estimate (which, without a reset header, is up to a minute away).
        m_server.validUntil = now + *h.retryAfterMs;
        qCDebug(lcFlow) << "Retry-After" << *h.retryAfterMs << "ms bounds the server's budget hint";
    }
    if (adaptive() && m_adaptive.rateLimited(sentAtMs, now)) {
        // No numbers from the server: slow down by a fixed share and creep back up.
        qCInfo(lcFlow) << "rate limited without rate-limit headers: pace cut to"
                       << qRound(m_adaptive.requestsPerMinute() * 10) / 10.0 << "requests per minute";
    }
    pause(pauseMs);
}

void RateLimiter::succeeded()
{
    if (!adaptive())
        return;
    m_adaptive.succeeded();
    pump();
    emit stateChanged();
}

void RateLimiter::pause(qint64 ms)
{
    if (ms > 0)
        m_pausedUntil = std::max(m_pausedUntil, m_clock->nowMs() + ms);
    pump();
    emit stateChanged();
}

void RateLimiter::grant(Ticket ticket, qint64 tokens, qint64 now)
{
    m_log.push_back({now, ticket, tokens});
    m_inFlight.insert(ticket, tokens);
    if (m_server.validUntil > now) {
        ++m_server.grantsSince;
        m_server.tokensSince += tokens;
    }
}

void RateLimiter::schedule(qint64 delayMs)
{
    const qint64 due = m_clock->nowMs() + delayMs;
    if (m_timer && m_timerDue == due)
        return;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timerDue = due;
    m_timer = m_clock->callLater(delayMs, this, [this] {
        m_timer = 0;
        m_timerDue = -1;
        pump();
    });
}

void RateLimiter::pump()
{
    // Re-entrancy: a granted() handler may acquire or release; the outer loop picks that up.
    if (m_inPump) {
        m_pumpAgain = true;
        return;
    }
    m_inPump = true;
    QList<Ticket> grantedNow;
    do {
        m_pumpAgain = false;
        while (!m_queue.empty()) {
            const qint64 now = m_clock->nowMs();
            prune(now);
            WaitReason why = WaitReason::None;
            const Waiter head = m_queue.front();
            const qint64 wait = blockedForMs(head.tokens, now, &why);
            if (wait == 0) {
                m_queue.pop_front();
                grant(head.ticket, head.tokens, now);
                grantedNow << head.ticket;
                continue;
            }
            if (wait > 0)
                schedule(wait);
            if (why != m_lastReason || m_lastEtaAt != now + wait) {
                m_lastReason = why;
                m_lastEtaAt = now + wait;
                emit waiting(why, wait);
            }
            break;
        }
        if (m_queue.empty() && m_timer) {
            m_clock->cancel(m_timer);
            m_timer = 0;
            m_timerDue = -1;
        }
        if (m_queue.empty())
            m_lastReason = WaitReason::None;
        // Signals go out after the state is consistent.
        const QList<Ticket> batch = std::exchange(grantedNow, {});
        for (Ticket t : batch)
            emit granted(t);
        if (!batch.isEmpty())
            emit stateChanged();
    } while (m_pumpAgain);
    m_inPump = false;
}

RateLimiter::State RateLimiter::state() const
{
    State s;
    const qint64 now = m_clock->nowMs();
    s.profile = m_profile;
    s.limits = effectiveLimits();
    for (const auto &e : m_log) {
        if (e.at + kMinuteMs > now) {
            ++s.requestsLastMinute;
            s.tokensLastMinute += e.tokens;
        }
        if (e.at + 1000 > now)
            ++s.requestsLastSecond;
    }
    s.inFlight = int(m_inFlight.size());
    s.waitingTickets = int(m_queue.size());
    if (!m_queue.empty()) {
        WaitReason why = WaitReason::None;
        const qint64 w = blockedForMs(m_queue.front().tokens, now, &why);
        s.waitReason = why;
        s.etaMs = std::max<qint64>(0, w);
    }
    if (m_server.validUntil > now) {
        if (m_server.requests)
            s.serverRequestsRemaining = std::max<qint64>(0, *m_server.requests - m_server.grantsSince);
        if (m_server.tokens)
            s.serverTokensRemaining = std::max<qint64>(0, *m_server.tokens - m_server.tokensSince);
    }
    s.serverTokensMonthRemaining = m_server.tokensMonth;
    s.adaptive = adaptive();
    return s;
}

} // namespace rostrum
