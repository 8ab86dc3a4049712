#pragma once

#include "arena/TournamentRecord.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace rostrum {

class Database;

// Saves and loads tournaments in the Database (tables tournaments, tournament_debates, tournament_batch_jobs of
// schema 3). Writes go through the database's writer thread, in order with the debates' own writes; `done`, when
// given, runs on the database's thread once the write is committed (or failed), unless `context` is gone — the
// runner starts a debate only after its id is stored. Reads use the calling thread's connection. A 'running'
// tournament whose writing process is gone reads as interrupted.
class TournamentStore
{
public:
    using Done = std::function<void(bool ok)>;

    explicit TournamentStore(Database *db);

    // The tournament row and its whole schedule, in one transaction.
    void create(const TournamentRecord &record, QObject *context = nullptr, Done done = {});
    // The tournament row only: spec (a resume may raise the budget), status, stop reason, this process as writer.
    void saveTournament(const TournamentRecord &record, QObject *context = nullptr, Done done = {});
    void assignDebate(const QString &tournamentId, int index, const QString &debateId, QObject *context = nullptr,
                      Done done = {});
    void setDebateStatus(const QString &tournamentId, int index, TournamentEntry::Status status);
    void addBatchJob(const QString &tournamentId, const TournamentBatchJob &job, QObject *context = nullptr,
                     Done done = {});

    std::optional<TournamentRecord> load(const QString &id) const;
    // Every tournament without its schedule (debates and batchJobs empty), oldest first.
    QList<TournamentRecord> list() const;
    // The most recently created tournament's id; empty when there is none.
    QString latestId() const;
    // Full id from a unique prefix.
    QString resolveId(const QString &idOrPrefix) const;
    // The tournament a debate belongs to (empty when none).
    QString tournamentOf(const QString &debateId) const;

private:
    Database *m_db;
};

} // namespace rostrum
