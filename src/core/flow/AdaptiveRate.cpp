#include "AdaptiveRate.h"

#include <algorithm>
#include <cmath>

namespace rostrum {

AdaptiveRate::AdaptiveRate()
    : AdaptiveRate(Config {})
{ }

AdaptiveRate::AdaptiveRate(const Config &config)
    : m_config(config)
{
    reset();
}

void AdaptiveRate::reset()
{
    m_rate = std::max(m_config.minPerMinute, m_config.startPerMinute);
    m_step = 0;
    m_cuts = 0;
    m_lastCutAt = -1;
}

qint64 AdaptiveRate::tokensPerMinute() const
{
    return std::max<qint64>(1, qint64(double(m_config.startTokensPerMinute) * m_rate / m_config.startPerMinute));
}

qint64 AdaptiveRate::intervalMs() const
{
    return qint64(std::ceil(60000.0 / m_rate));
}

void AdaptiveRate::succeeded()
{
    // Per success, so that at full speed the increase per minute is the one the config states.
    if (slowStart())
        m_rate += m_config.slowStartGain;
    else
        m_rate += m_step / m_rate;
}

bool AdaptiveRate::rateLimited(qint64 sentAtMs, qint64 nowMs)
{
    if (m_lastCutAt >= 0 && sentAtMs >= 0 && sentAtMs < m_lastCutAt)
        return false;
    m_rate = std::max(m_config.minPerMinute, m_rate * m_config.decrease);
    m_step = std::max(1.0, m_rate / m_config.decrease * m_config.increaseShare);
    m_lastCutAt = nowMs;
    ++m_cuts;
    return true;
}

} // namespace rostrum
