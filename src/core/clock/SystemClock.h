#pragma once

#include "Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QTimer;

namespace rostrum {

// Real time: a monotonic QElapsedTimer and single-shot QTimers.
class SystemClock final : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    QDateTime wallTime() const override;
    TimerId callLater(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    QElapsedTimer m_elapsed;
    TimerId m_nextId = 1;
    QHash<TimerId, QPointer<QTimer>> m_timers;
};

} // namespace rostrum
