#pragma once

#include "arena/TournamentSpec.h"
#include "debate/DebateRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rostrum {

// One debate of a stored tournament: its place in the schedule, the saved debate once it exists, how far it got.
struct TournamentEntry
{
    enum class Status { Pending, Running, Finished, Stopped };

    ScheduledDebate debate;
    QString debateId; // empty until the debate is created (the id is stored before its first request)
    Status status = Status::Pending;

    static QString statusName(Status s); // pending | running | finished | stopped
    static Status statusFromName(const QString &name);
    bool operator==(const TournamentEntry &) const = default;
};

// A batch job that carried one round of a tournament (its k-th request of every debate).
struct TournamentBatchJob
{
    int round = 0;
    QString jobId;
    QStringList customIds; // the requests it carries (BatchChatBackend::adopt() after a restart)
    bool operator==(const TournamentBatchJob &) const = default;
};

// A whole stored tournament: its spec, its schedule with each debate's progress, and how it ended.
struct TournamentRecord
{
    // The same four states as a debate's, with the same names: running, finished, interrupted (a kill, an
    // interruption or an error: resume it), stopped (the budget cap).
    using Status = DebateRecord::Status;

    QString id;
    TournamentSpec spec;
    Status status = Status::Running;
    QString stopReason; // why it stopped early (budget, user, error), for people
    QList<TournamentEntry> debates;
    QList<TournamentBatchJob> batchJobs;
    double costUsd = 0; // the sum of its debates' costs, as the debate store has them
    QDateTime created;
    QDateTime updated;

    // A new record: the spec's schedule, every debate pending.
    static TournamentRecord create(const TournamentSpec &spec, const QString &id = {});
    int finishedDebates() const;

    static QString statusName(Status s) { return DebateRecord::statusName(s); }
    static Status statusFromName(const QString &name) { return DebateRecord::statusFromName(name); }
};

} // namespace rostrum
