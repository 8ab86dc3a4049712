#pragma once

#include <QtGlobal>

#include <deque>

namespace rostrum::test {

// Sliding 60-second request and token windows, on whatever clock the caller reads.
// An entry recorded at t counts until t + 60 s (exclusive).
class MockRateWindow
{
public:
    static constexpr qint64 WindowMs = 60'000;

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when !allowed: whole seconds until the request would fit
    };

    void setLimits(int requestsPerMinute, int tokensPerMinute);
    int requestLimit() const { return m_rpm; }
    int tokenLimit() const { return m_tpm; }

    // Would a request that may cost `tokens` fit now?
    Decision check(qint64 nowMs, int tokens);
    void record(qint64 nowMs, int tokens);

    int requestsUsed(qint64 nowMs);
    int tokensUsed(qint64 nowMs);
    // Seconds until the oldest entry leaves the window (0 when empty).
    int secondsUntilReset(qint64 nowMs);

private:
    struct Entry
    {
        qint64 atMs;
        int tokens;
    };
    void prune(qint64 nowMs);

    int m_rpm = 0;
    int m_tpm = 0;
    std::deque<Entry> m_entries;
};

} // namespace rostrum::test
