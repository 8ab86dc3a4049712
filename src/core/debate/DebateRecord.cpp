#include "DebateRecord.h"

#include "debate/JsonFields.h"

#include <QJsonArray>

namespace rostrum {

QJsonObject AudienceVote::toJson() const
{
    return {{QStringLiteral("for"), forVotes},
            {QStringLiteral("against"), againstVotes},
            {QStringLiteral("undecided"), undecided}};
}

AudienceVote AudienceVote::fromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("for")).toInt(), o.value(QLatin1String("against")).toInt(),
            o.value(QLatin1String("undecided")).toInt()};
}

namespace {
QJsonArray verdictList(const QList<Verdict> &verdicts)
{
    QJsonArray list;
    for (const Verdict &v : verdicts)
        list.append(v.toJson());
    return list;
}

QList<Verdict> verdictsFrom(const QJsonValue &list)
{
    QList<Verdict> verdicts;
    for (const QJsonValue &v : list.toArray())
        verdicts << Verdict::fromJson(v.toObject());
    return verdicts;
}
} // namespace

QJsonObject JudgeAnswers::toJson() const
{
    return {{QStringLiteral("own_order"), verdictList(ownOrder)},
            {QStringLiteral("other_order"), verdictList(otherOrder)}};
}

JudgeAnswers JudgeAnswers::fromJson(const QJsonObject &o)
{
    return {verdictsFrom(o.value(QLatin1String("own_order"))), verdictsFrom(o.value(QLatin1String("other_order")))};
}

QString DebateRecord::statusName(Status s)
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
    return QStringLiteral("stopped");
}

DebateRecord::Status DebateRecord::statusFromName(const QString &name)
{
    if (name == QLatin1String("running"))
        return Status::Running;
    if (name == QLatin1String("finished"))
        return Status::Finished;
    if (name == QLatin1String("interrupted"))
        return Status::Interrupted;
    return Status::Stopped;
}

std::optional<double> DebateRecord::swing() const
{
    if (!voteBefore || !voteAfter || voteBefore->total() == 0 || voteAfter->total() == 0)
        return std::nullopt;
    return voteAfter->forShare() - voteBefore->forShare();
}

QJsonObject DebateRecord::toJson() const
{
    QJsonArray list;
    for (const Speech &s : speeches)
        list.append(s.toJson());
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("motion"), spec.motion},
                   {QStringLiteral("language"), spec.language},
                   {QStringLiteral("format"), spec.format},
                   {QStringLiteral("status"), statusName(status)},
                   {QStringLiteral("cost_usd"), costUsd},
                   {QStringLiteral("speeches"), list},
                   {QStringLiteral("verdict"), verdict ? QJsonValue(verdict->toJson()) : QJsonValue()},
                   {QStringLiteral("spec"), spec.toJson()},
                   {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)}};
    if (voteBefore || voteAfter) {
        QJsonObject votes {{QStringLiteral("before"), voteBefore ? QJsonValue(voteBefore->toJson()) : QJsonValue()},
                           {QStringLiteral("after"), voteAfter ? QJsonValue(voteAfter->toJson()) : QJsonValue()}};
        if (const auto sw = swing())
            votes.insert(QStringLiteral("swing_points"), *sw);
        o.insert(QStringLiteral("audience_vote"), votes);
    }
    if (panel)
        o.insert(QStringLiteral("panel"), panel->toJson());
    insertIfSet(o, QStringLiteral("stop_reason"), stopReason);
    insertIfSet(o, QStringLiteral("rematch_of"), rematchOf);
    if (!forkOf.isEmpty()) {
        o.insert(QStringLiteral("fork_of"), forkOf);
        o.insert(QStringLiteral("fork_at"), forkAt);
    }
    return o;
}

DebateRecord DebateRecord::fromJson(const QJsonObject &o)
{
    DebateRecord r;
    r.id = o.value(QLatin1String("id")).toString();
    r.spec = DebateSpec::fromJson(o.value(QLatin1String("spec")).toObject());
    r.status = statusFromName(o.value(QLatin1String("status")).toString());
    r.costUsd = o.value(QLatin1String("cost_usd")).toDouble();
    for (const QJsonValue &s : o.value(QLatin1String("speeches")).toArray())
        r.speeches << Speech::fromJson(s.toObject());
    if (o.value(QLatin1String("verdict")).isObject())
        r.verdict = Verdict::fromJson(o.value(QLatin1String("verdict")).toObject());
    if (o.value(QLatin1String("panel")).isObject())
        r.panel = JudgePanel::fromJson(o.value(QLatin1String("panel")).toObject());
    const QJsonObject votes = o.value(QLatin1String("audience_vote")).toObject();
    if (votes.value(QLatin1String("before")).isObject())
        r.voteBefore = AudienceVote::fromJson(votes.value(QLatin1String("before")).toObject());
    if (votes.value(QLatin1String("after")).isObject())
        r.voteAfter = AudienceVote::fromJson(votes.value(QLatin1String("after")).toObject());
    r.stopReason = o.value(QLatin1String("stop_reason")).toString();
    r.rematchOf = o.value(QLatin1String("rematch_of")).toString();
    r.forkOf = o.value(QLatin1String("fork_of")).toString();
    r.forkAt = r.forkOf.isEmpty() ? 0 : o.value(QLatin1String("fork_at")).toInt();
    r.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    return r;
}

} // namespace rostrum
