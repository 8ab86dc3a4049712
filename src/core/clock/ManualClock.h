#pragma once

#include "Clock.h"

#include <QPointer>

#include <map>

namespace rostrum {

// A clock that only moves when told to. advance() fires every due callback in time order,
// each seeing nowMs() equal to its due time, so a test of a 60-second wait runs instantly and
// asserts on exact delays.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(QObject *parent = nullptr);

    qint64 nowMs() const override { return m_now; }
    QDateTime wallTime() const override;
    TimerId callLater(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by ms, firing due callbacks (including ones they schedule within the span).
    void advance(qint64 ms);
    // Moves time to the next pending callback and fires it; false if none is pending.
    bool advanceToNext();
    // When the next callback is due, or -1.
    qint64 nextDueMs() const;
    int pendingCount() const { return int(m_pending.size()); }
    void setWallTime(const QDateTime &utc);

private:
    struct Pending
    {
        TimerId id;
        QPointer<QObject> context;
        bool hadContext;
        std::function<void()> fn;
    };
    qint64 m_now = 0;
    QDateTime m_wallBase;
    TimerId m_nextId = 1;
    std::multimap<std::pair<qint64, TimerId>, Pending> m_pending;
};

} // namespace rostrum
