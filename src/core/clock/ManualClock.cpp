#include "ManualClock.h"

namespace rostrum {

ManualClock::ManualClock(QObject *parent)
    : Clock(parent)
    , m_wallBase(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
{ }

QDateTime ManualClock::wallTime() const
{
    return m_wallBase.addMSecs(m_now);
}

void ManualClock::setWallTime(const QDateTime &utc)
{
    m_wallBase = utc.addMSecs(-m_now);
}

Clock::TimerId ManualClock::callLater(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    const qint64 due = m_now + std::max<qint64>(0, delayMs);
    m_pending.emplace(std::make_pair(due, id), Pending {id, context, context != nullptr, std::move(fn)});
    return id;
}

void ManualClock::cancel(TimerId id)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->second.id == id) {
            m_pending.erase(it);
            return;
        }
    }
}

qint64 ManualClock::nextDueMs() const
{
    return m_pending.empty() ? -1 : m_pending.begin()->first.first;
}

bool ManualClock::advanceToNext()
{
    if (m_pending.empty())
        return false;
    auto it = m_pending.begin();
    m_now = std::max(m_now, it->first.first);
    Pending p = std::move(it->second);
    m_pending.erase(it);
    if (!p.hadContext || p.context)
        p.fn();
    return true;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + std::max<qint64>(0, ms);
    while (!m_pending.empty() && m_pending.begin()->first.first <= target)
        advanceToNext();
    m_now = target;
}

} // namespace rostrum
