#include "MockRateWindow.h"

#include <algorithm>
#include <limits>

namespace rostrum::test {

namespace {
int ceilSeconds(qint64 ms)
{
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}
} // namespace

void MockRateWindow::setLimits(int requestsPerMinute, int tokensPerMinute)
{
    m_rpm = std::max(0, requestsPerMinute);
    m_tpm = std::max(0, tokensPerMinute);
}

void MockRateWindow::prune(qint64 nowMs)
{
    while (!m_entries.empty() && m_entries.front().atMs + WindowMs <= nowMs)
        m_entries.pop_front();
}

int MockRateWindow::requestsUsed(qint64 nowMs)
{
    prune(nowMs);
    return int(m_entries.size());
}

int MockRateWindow::tokensUsed(qint64 nowMs)
{
    prune(nowMs);
    qint64 sum = 0;
    for (const Entry &e : m_entries)
        sum += e.tokens;
    return int(std::min<qint64>(sum, std::numeric_limits<int>::max()));
}

int MockRateWindow::secondsUntilReset(qint64 nowMs)
{
    prune(nowMs);
    return m_entries.empty() ? 0 : ceilSeconds(m_entries.front().atMs + WindowMs - nowMs);
}

MockRateWindow::Decision MockRateWindow::check(qint64 nowMs, int tokens)
{
    prune(nowMs);
    Decision d;
    qint64 waitMs = 0;
    if (m_rpm > 0 && int(m_entries.size()) >= m_rpm) {
        // The request fits once enough of the oldest entries have left.
        const std::size_t mustLeave = m_entries.size() - std::size_t(m_rpm) + 1;
        waitMs = std::max(waitMs, m_entries[mustLeave - 1].atMs + WindowMs - nowMs);
        d.allowed = false;
    }
    if (m_tpm > 0) {
        qint64 used = tokensUsed(nowMs);
        if (used + tokens > m_tpm) {
            d.allowed = false;
            if (tokens > m_tpm) {
                waitMs = std::max(waitMs, WindowMs); // can never fit; a full window is the honest hint
            } else {
                for (const Entry &e : m_entries) {
                    used -= e.tokens;
                    if (used + tokens <= m_tpm) {
                        waitMs = std::max(waitMs, e.atMs + WindowMs - nowMs);
                        break;
                    }
                }
            }
        }
    }
    if (!d.allowed)
        d.retryAfterSeconds = ceilSeconds(waitMs);
    return d;
}

void MockRateWindow::record(qint64 nowMs, int tokens)
{
    prune(nowMs);
    m_entries.push_back({nowMs, tokens});
}

} // namespace rostrum::test
