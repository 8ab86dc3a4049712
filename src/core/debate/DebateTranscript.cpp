#include "debate/DebateTranscript.h"

#include "clock/Clock.h"
#include "debate/DebateFork.h"
#include "debate/DebatePersistence.h"
#include "debate/TurnPlanner.h"

#include <QUuid>

namespace rostrum {

namespace {
constexpr qint64 kSaveIntervalMs = 1000; // a crash loses at most a second of a speech
} // namespace

DebateTranscript::DebateTranscript(DebatePersistence *store, Clock *clock, QObject *context)
    : m_store(store)
    , m_clock(clock)
    , m_saves(clock, context, kSaveIntervalMs, [this] { saveSpeech(m_changed); })
{ }

QDateTime DebateTranscript::now() const
{
    return m_clock->wallTime().toUTC();
}

void DebateTranscript::open(const DebateSpec &spec, const QString &id, const QString &rematchOf,
                            const TurnPlanner &planner)
{
    m_record = DebateRecord {};
    m_record.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    m_record.spec = spec;
    m_record.rematchOf = rematchOf;
    for (int i = 0; i < m_record.spec.debaters.size(); ++i) {
        if (!m_record.spec.debaters[i].human && m_record.spec.debaters[i].model.isEmpty())
            m_record.spec.debaters[i].model = planner.modelFor(i);
    }
    m_record.status = DebateRecord::Status::Running;
    m_record.created = now();
    m_record.updated = m_record.created;
}

void DebateTranscript::inherit(const DebateFork &fork)
{
    m_record.forkOf = fork.parentId;
    m_record.forkAt = int(fork.shared.size());
    m_record.voteBefore = fork.voteBefore;
    m_record.speeches = fork.shared;
    for (int i = 0; i < m_record.speeches.size(); ++i) {
        m_record.speeches[i].index = i;
        if (m_store)
            m_store->saveSpeech(m_record.id, m_record.speeches.at(i)); // its times stay the parent's
    }
}

void DebateTranscript::reopen(const DebateRecord &saved)
{
    m_record = saved;
    for (Speech &s : m_record.speeches) {
        if (s.status == Speech::Status::Streaming)
            s.status = Speech::Status::Interrupted;
    }
    m_record.status = DebateRecord::Status::Running;
    m_record.stopReason.clear();
    m_record.updated = now();
}

Speech &DebateTranscript::append(const Speech &s)
{
    m_record.speeches << s;
    m_record.speeches.last().index = int(m_record.speeches.size()) - 1;
    return m_record.speeches.last();
}

void DebateTranscript::saveSpeech(int index)
{
    m_saves.saved();
    if (!m_store || index < 0 || index >= m_record.speeches.size())
        return;
    Speech &s = m_record.speeches[index];
    s.updated = now();
    m_store->saveSpeech(m_record.id, s);
}

void DebateTranscript::speechChanged(int index)
{
    m_changed = index;
    m_saves.changed();
}

void DebateTranscript::save()
{
    if (m_store)
        m_store->saveDebate(m_record);
}

void DebateTranscript::close(DebateRecord::Status status)
{
    m_saves.cancel();
    m_record.status = status;
    m_record.updated = now();
    save();
}

} // namespace rostrum
