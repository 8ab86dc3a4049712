#include "WaitCountdown.h"

#include <algorithm>

namespace rostrum {

WaitCountdown::WaitCountdown(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{ }

WaitCountdown::~WaitCountdown()
{
    stop();
}

qint64 WaitCountdown::remainingMs() const
{
    return std::max<qint64>(0, m_deadlineMs - m_clock->nowMs());
}

void WaitCountdown::start(qint64 durationMs, qint64 stepMs)
{
    stop();
    m_stepMs = std::max<qint64>(1, stepMs);
    m_deadlineMs = m_clock->nowMs() + std::max<qint64>(0, durationMs);
    emit tick(remainingMs());
    scheduleNext();
}

void WaitCountdown::stop()
{
    if (m_timer && m_clock)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

void WaitCountdown::scheduleNext()
{
    const qint64 left = remainingMs();
    // The next moment the remaining time reaches a multiple of the step (0 at the end), but not
    // a moment after the last tick: "61 s" then "60 s" a tenth of a second later says nothing.
    qint64 next = left > 0 ? ((left - 1) / m_stepMs) * m_stepMs : 0;
    if (next > 0 && left - next < m_stepMs / 2)
        next -= m_stepMs;
    m_timer = m_clock->callLater(left - next, this, [this, next] {
        m_timer = 0;
        if (next > 0) {
            emit tick(next);
            scheduleNext();
        } else {
            emit finished();
        }
    });
}

} // namespace rostrum
