#pragma once

#include "clock/Clock.h"

#include <QObject>

#include <functional>

namespace rostrum {

// Saves a streaming speech at most once an interval: the first change arms a timer on the Clock, and when it
// fires the speech is saved if it changed since the last save. A crash loses at most one interval of text.
class SpeechSaveThrottle
{
public:
    // save() is called from the timer, with `context` as the timer's context (no call once it is gone).
    SpeechSaveThrottle(Clock *clock, QObject *context, qint64 intervalMs, std::function<void()> save);
    ~SpeechSaveThrottle();
    SpeechSaveThrottle(const SpeechSaveThrottle &) = delete;
    SpeechSaveThrottle &operator=(const SpeechSaveThrottle &) = delete;

    // The speech changed: save it within the interval.
    void changed();
    // It was just saved by other means: nothing is pending.
    void saved() { m_dirty = false; }
    // No save after this (the timer is dropped; a later change arms a new one).
    void cancel();

private:
    Clock *m_clock;
    QObject *m_context;
    qint64 m_intervalMs;
    std::function<void()> m_save;
    Clock::TimerId m_timer = 0;
    bool m_dirty = false;
};

} // namespace rostrum
