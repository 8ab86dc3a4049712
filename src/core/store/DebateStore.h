#pragma once

#include "debate/DebatePersistence.h"
#include "debate/DebateRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rostrum {

class Database;

// One row of `rostrum-cli list`.
struct DebateSummary
{
    QString id;
    QString motion;
    QString language;
    QString format;
    DebateRecord::Status status = DebateRecord::Status::Running;
    int speeches = 0;
    double costUsd = 0;
    QDateTime created;
};

// Saves and loads debates in the Database (tables debates, participants, speeches of schema 1).
// Writes go through the database's writer thread in order; reads use the calling thread's
// connection. A 'running' debate whose writing process is gone reads as interrupted.
//
// Extra debate fields without a column of their own (judge panel, audience votes, stop reason, rematch link)
// travel in verdict_json as {"verdict": ..., "panel": ..., "audience_vote": ..., "stop_reason": ..., "rematch_of":
// ...}.
class DebateStore : public DebatePersistence
{
public:
    explicit DebateStore(Database *db);

    void saveDebate(const DebateRecord &debate) override;
    void saveSpeech(const QString &debateId, const Speech &speech) override;

    std::optional<DebateRecord> load(const QString &id) const;
    QList<DebateSummary> list() const; // oldest first
    // Full id from a unique prefix (ids are UUIDs; people type the first characters).
    QString resolveId(const QString &idOrPrefix) const;

    // Whether a process with this id is alive (a 'running' debate of a dead process is interrupted).
    static bool processAlive(qint64 pid);

private:
    DebateRecord::Status effectiveStatus(const QString &stored, qint64 pid) const;
    Database *m_db;
};

} // namespace rostrum
