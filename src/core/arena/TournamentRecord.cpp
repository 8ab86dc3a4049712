#include "TournamentRecord.h"

#include <QUuid>

namespace rostrum {

QString TournamentEntry::statusName(Status s)
{
    switch (s) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("pending");
}

TournamentEntry::Status TournamentEntry::statusFromName(const QString &name)
{
    for (Status s : {Status::Running, Status::Finished, Status::Stopped}) {
        if (name == statusName(s))
            return s;
    }
    return Status::Pending;
}

TournamentRecord TournamentRecord::create(const TournamentSpec &spec, const QString &id)
{
    TournamentRecord r;
    r.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    r.spec = spec;
    for (const ScheduledDebate &d : spec.schedule())
        r.debates << TournamentEntry {d, {}, TournamentEntry::Status::Pending};
    r.created = r.updated = QDateTime::currentDateTimeUtc();
    return r;
}

int TournamentRecord::finishedDebates() const
{
    return int(std::count_if(debates.cbegin(), debates.cend(),
                             [](const TournamentEntry &e) { return e.status == TournamentEntry::Status::Finished; }));
}

QString TournamentRecord::statusName(Status s)
{
    switch (s) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::Interrupted:
        return QStringLiteral("interrupted");
    case Status::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("running");
}

TournamentRecord::Status TournamentRecord::statusFromName(const QString &name)
{
    for (Status s : {Status::Finished, Status::Interrupted, Status::Stopped}) {
        if (name == statusName(s))
            return s;
    }
    return Status::Running;
}

} // namespace rostrum
