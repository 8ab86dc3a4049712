#pragma once

#include "clock/Clock.h"

#include <QObject>
#include <QPointer>

namespace rostrum {

// Counts a known wait down on a Clock, for a front end that shows it (the CLI's stderr). tick()
// comes at once, then each time the remaining time crosses a multiple of the step (whole seconds
// by default; one less if the first would come within half a step), then finished() at zero. One Clock callback at a
// time; nothing polls.
class WaitCountdown : public QObject
{
    Q_OBJECT
public:
    explicit WaitCountdown(Clock *clock, QObject *parent = nullptr);
    ~WaitCountdown() override;

    // Starts (or restarts) counting durationMs down; stepMs > 0.
    void start(qint64 durationMs, qint64 stepMs = 1000);
    void stop();
    bool running() const { return m_timer != 0; }
    qint64 remainingMs() const;

Q_SIGNALS:
    void tick(qint64 remainingMs);
    void finished();

private:
    void scheduleNext();

    QPointer<Clock> m_clock;
    Clock::TimerId m_timer = 0;
    qint64 m_deadlineMs = 0;
    qint64 m_stepMs = 1000;
};

} // namespace rostrum
