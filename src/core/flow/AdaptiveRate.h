#pragma once

#include <QtGlobal>

namespace rostrum {

// How fast to send when the server tells nothing about its limits (a proxy that strips the
// rate-limit headers, a self-hosted endpoint): additive increase while requests succeed,
// multiplicative decrease on a 429, like TCP's congestion control.
//
// It starts from the free tier's published limits (1 request a second, 50k tokens a minute) and,
// until the first 429, grows by a fixed share per success (slow start: about +25% a minute at full
// speed), so a faster tier is found within minutes. A 429 cuts it by 5%; after that it grows by
// 2.5% of the rate it was cut at, per minute: from the cut back to the limit takes about two
// minutes, so once it has found the limit it meets at most one 429 a minute and stays within 10%
// of it (tests/core/flow/tst_adaptiveacceptance).
// One 429 cuts once: requests sent before the last cut were sent at the old rate and teach nothing.
class AdaptiveRate
{
public:
    struct Config
    {
        double startPerMinute = 60.0; // the free tier: one request a second
        qint64 startTokensPerMinute = 50000; // the free tier's token window
        double minPerMinute = 1.0;
        double decrease = 0.95; // the rate is multiplied by this on a 429
        double slowStartGain = 0.25; // requests/minute added per success before the first 429
        double increaseShare = 0.025; // after it: this share of the cut rate added per minute
    };

    AdaptiveRate();
    explicit AdaptiveRate(const Config &config);

    void reset();
    double requestsPerMinute() const { return m_rate; }
    // The token window grows and shrinks with the request rate.
    qint64 tokensPerMinute() const;
    // Spacing between two requests at this rate.
    qint64 intervalMs() const;
    bool slowStart() const { return m_cuts == 0; }
    int cuts() const { return m_cuts; }

    void succeeded();
    // A 429 for a request sent at sentAtMs (-1: unknown, counts), seen at nowMs. Returns whether
    // the rate was cut.
    bool rateLimited(qint64 sentAtMs, qint64 nowMs);

private:
    Config m_config;
    double m_rate = 0;
    double m_step = 0; // requests/minute added per minute after a cut
    int m_cuts = 0;
    qint64 m_lastCutAt = -1;
};

} // namespace rostrum
