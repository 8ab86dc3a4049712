#include "TournamentRecord.h"

#include <QUuid>

#include <algorithm>
#include <array>

namespace rostrum {

namespace {
// Indexed by TournamentEntry::Status; the names of the tournament_debates.status column.
constexpr std::array<QStringView, 4> EntryStatusNames = {u"pending", u"running", u"finished", u"stopped"};
} // namespace

QString TournamentEntry::statusName(Status s)
{
    return EntryStatusNames.at(size_t(s)).toString();
}

TournamentEntry::Status TournamentEntry::statusFromName(const QString &name)
{
    const auto it = std::find(EntryStatusNames.cbegin(), EntryStatusNames.cend(), name);
    return it == EntryStatusNames.cend() ? Status::Pending : Status(it - EntryStatusNames.cbegin());
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

} // namespace rostrum
