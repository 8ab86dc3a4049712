#pragma once

#include "clock/Clock.h"
#include "flow/AdaptiveRate.h"
#include "flow/RateLimitHeaders.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <optional>

namespace rostrum {

// Limits the limiter keeps. 0 means "no limit" for that dimension.
struct RateLimits
{
    double requestsPerSecond = 0;
    int requestsPerMinute = 0;
    qint64 tokensPerMinute = 0;
    friend bool operator==(const RateLimits &, const RateLimits &) = default;
};

// Decides when a request may go, so that it is not refused with a 429. Signal-driven: acquire()
// hands out a ticket that is granted at once or later by the granted() signal; while tickets
// wait, exactly one Clock callback is scheduled for the earliest moment a slot frees. Nothing
// sleeps, nothing polls.
//
// Windows are true sliding logs (every grant is remembered with its time and tokens), never a
// fixed-window reset: a request may go when the last second, and the last minute, hold fewer
// requests than the limit and the last minute's tokens plus its estimate fit the token limit.
// Tickets are granted in FIFO order (a big request is not starved by small ones behind it).
//
// Limits come from a profile, what response headers teach (in every profile; in `auto` they
// replace the profile), and explicit overrides, which win over both for the one limit they set.
// In `auto`, until headers teach anything (a proxy may strip them all), an AdaptiveRate sets the
// pace: the free tier's limits at first, more while requests succeed, less after each 429.
// A 429 pauses the whole limiter (pause()), so parallel requests wait in one place, not in a storm.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    enum class Profile { Auto, Free, Hobbyist, Standard, Custom };
    Q_ENUM(Profile)
    enum class WaitReason { None, RequestsPerSecond, RequestsPerMinute, TokensPerMinute, ServerBudget, Paused, Probe };
    Q_ENUM(WaitReason)
    using Ticket = quint64;

    struct Overrides
    {
        std::optional<double> requestsPerSecond;
        std::optional<int> requestsPerMinute;
        std::optional<qint64> tokensPerMinute;
    };

    // What a UI shows: usage in the current windows against the effective limits.
    struct State
    {
        Profile profile = Profile::Auto;
        RateLimits limits;
        int requestsLastSecond = 0;
        int requestsLastMinute = 0;
        qint64 tokensLastMinute = 0;
        int inFlight = 0; // granted, not yet released
        int waitingTickets = 0;
        WaitReason waitReason = WaitReason::None;
        qint64 etaMs = 0; // until the head ticket may go (0 when nothing waits)
        std::optional<qint64> serverRequestsRemaining;
        std::optional<qint64> serverTokensRemaining;
        std::optional<qint64> serverTokensMonthRemaining;
        bool adaptive = false; // `auto` without headers: the limits are AdaptiveRate's estimate
    };

    explicit RateLimiter(Clock *clock, QObject *parent = nullptr);
    ~RateLimiter() override;

    static RateLimits profileLimits(Profile profile);
    static QString profileName(Profile profile);
    static std::optional<Profile> profileFromName(const QString &name);
    static QString reasonName(WaitReason reason);

    void setProfile(Profile profile, const RateLimits &customLimits = {});
    Profile profile() const { return m_profile; }
    void setOverrides(const Overrides &overrides);
    // Extra wait past a window's edge, so a request granted on the edge is not counted in the
    // server's window because of network jitter. 0 in exact tests.
    void setSafetyMarginMs(qint64 ms);

    RateLimits effectiveLimits() const;
    RateLimits learnedLimits() const { return m_learned; }
    // `auto` with nothing learned from headers: the pace is AdaptiveRate's.
    bool adaptive() const;
    const AdaptiveRate &adaptiveRate() const { return m_adaptive; }
    State state() const;

    // Asks for one request slot with an estimate of its tokens (prompt + expected answer).
    Ticket acquire(qint64 estimatedTokens);
    bool isGranted(Ticket ticket) const { return m_inFlight.contains(ticket); }
    bool isWaiting(Ticket ticket) const;
    // Withdraws a waiting ticket, or releases a granted one keeping its estimate.
    void cancel(Ticket ticket);
    // The request ended: its reservation is reconciled with what it really used (actualTokens < 0: keep
    // the estimate; a request that never reached the server should pass 0).
    void release(Ticket ticket, qint64 actualTokens);

    // Learns limits and remaining budget from one response's headers.
    void observe(const RateLimitHeaders &headers);
    // A 429 arrived: learn from it, and stop every grant for pauseMs (from Retry-After or the
    // retry policy). A Retry-After is the server's own word on when to come back: a remaining
    // count of 0 in the same answer does not hold requests past it.
    // sentAtMs: when the refused request was sent (-1 unknown); a request sent before the
    // adaptive rate was last cut does not cut it again.
    void rateLimited(const RateLimitHeaders &headers, qint64 pauseMs, qint64 sentAtMs = -1);
    // A request got its answer (not a 429): in adaptive mode, the pace may grow.
    void succeeded();
    // Stops every grant for ms (longest pause wins).
    void pause(qint64 ms);

Q_SIGNALS:
    void granted(rostrum::RateLimiter::Ticket ticket);
    // The head ticket cannot go yet: why, and in how many ms it can (as far as known now).
    void waiting(rostrum::RateLimiter::WaitReason reason, qint64 etaMs);
    void stateChanged();

private:
    struct Entry
    {
        qint64 at;
        Ticket ticket;
        qint64 tokens;
    };
    struct Waiter
    {
        Ticket ticket;
        qint64 tokens;
    };

    void pump();
    void prune(qint64 now);
    qint64 blockedForMs(qint64 estimatedTokens, qint64 now, WaitReason *reason) const;
    void grant(Ticket ticket, qint64 tokens, qint64 now);
    void schedule(qint64 delayMs);
    bool learnedAnything() const;

    Clock *m_clock;
    Profile m_profile = Profile::Auto;
    RateLimits m_profileLimits;
    RateLimits m_learned;
    Overrides m_overrides;
    AdaptiveRate m_adaptive;
    qint64 m_marginMs = 100;

    std::deque<Entry> m_log; // grants of the last minute, oldest first
    std::deque<Waiter> m_queue;
    QHash<Ticket, qint64> m_inFlight; // ticket -> reserved tokens
    Ticket m_nextTicket = 1;
    qint64 m_pausedUntil = 0;
    bool m_sawResponse = false;

    // What the server said remains, and when: a hint about other clients sharing the key.
    struct ServerBudget
    {
        qint64 observedAt = 0;
        qint64 validUntil = 0;
        std::optional<qint64> requests;
        std::optional<qint64> tokens;
        std::optional<qint64> tokensMonth;
        int grantsSince = 0;
        qint64 tokensSince = 0;
    } m_server;

    Clock::TimerId m_timer = 0;
    qint64 m_timerDue = -1;
    bool m_inPump = false;
    bool m_pumpAgain = false;
    WaitReason m_lastReason = WaitReason::None;
    qint64 m_lastEtaAt = -1;
};

} // namespace rostrum
