#pragma once

#include "debate/DebateRecord.h"
#include "debate/SpeechSaveThrottle.h"

#include <QDateTime>

namespace rostrum {

class Clock;
class DebateFork;
class DebatePersistence;
class TurnPlanner;

// A running debate's record and its persistence: opened new (each AI debater's default model written into the
// spec, so the saved spec says what was used) or reopened from the store, entries saved at once or, while they
// stream, at most once a second (SpeechSaveThrottle), and closed with its end status.
class DebateTranscript
{
public:
    // store may be null: nothing is saved. `context` owns the save timer's callbacks.
    DebateTranscript(DebatePersistence *store, Clock *clock, QObject *context);

    DebateRecord &record() { return m_record; }
    const DebateRecord &record() const { return m_record; }
    QDateTime now() const;

    void open(const DebateSpec &spec, const QString &id, const QString &rematchOf, const TurnPlanner &planner);
    // A fork, after open(): the parent's shared entries are added and saved as they were spoken.
    void inherit(const DebateFork &fork);
    // A saved debate continued: a speech still "streaming" in the store belonged to a process that died.
    void reopen(const DebateRecord &saved);
    // Adds an entry at the end; its index is the transcript's size before.
    Speech &append(const Speech &s);

    void saveSpeech(int index);
    void speechChanged(int index); // saved within a second
    void save();
    void close(DebateRecord::Status status);

private:
    DebatePersistence *m_store;
    Clock *m_clock;
    DebateRecord m_record;
    int m_changed = -1; // the speech the throttle saves
    SpeechSaveThrottle m_saves;
};

} // namespace rostrum
