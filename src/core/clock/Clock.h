#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace rostrum {

// Time as the rest of the core sees it. Everything that waits (rate limits, retries, stall
// timeouts, save intervals) asks a Clock, so tests can drive minutes of waiting in microseconds
// with ManualClock, and production uses SystemClock.
class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    using QObject::QObject;
    ~Clock() override = default;

    // Milliseconds on a monotonic scale: only differences mean anything.
    virtual qint64 nowMs() const = 0;
    // Wall-clock time, for HTTP dates (Retry-After) and stored timestamps.
    virtual QDateTime wallTime() const = 0;

    // Calls fn once, delayMs from now (0 = on the next turn of the event loop), unless cancelled
    // or context is destroyed first. Never blocks. Returns an id for cancel().
    virtual TimerId callLater(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;

    // The process-wide real clock.
    static Clock *system();
};

} // namespace rostrum
