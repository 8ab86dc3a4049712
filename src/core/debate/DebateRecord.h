#pragma once

#include "debate/DebateSpec.h"
#include "debate/JudgePanel.h"
#include "debate/Speech.h"
#include "debate/Verdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rostrum {

// The audience's vote in an Oxford debate, before and after. Percentages are of all votes cast.
struct AudienceVote
{
    int forVotes = 0;
    int againstVotes = 0;
    int undecided = 0;

    int total() const { return forVotes + againstVotes + undecided; }
    double forShare() const { return total() ? 100.0 * forVotes / total() : 0.0; }
    double againstShare() const { return total() ? 100.0 * againstVotes / total() : 0.0; }
    QJsonObject toJson() const;
    static AudienceVote fromJson(const QJsonObject &o);
    bool operator==(const AudienceVote &) const = default;
};

// A whole saved debate: what was asked, what was said, and how it ended.
struct DebateRecord
{
    enum class Status { Running, Finished, Interrupted, Stopped };

    QString id;
    DebateSpec spec;
    Status status = Status::Running;
    QList<Speech> speeches;
    std::optional<Verdict> verdict; // with a panel: the panel's decision
    std::optional<JudgePanel> panel; // two or more judges, or the order swap
    std::optional<AudienceVote> voteBefore;
    std::optional<AudienceVote> voteAfter;
    double costUsd = 0;
    QString stopReason; // why it stopped early (budget, user, error), for people
    QString rematchOf; // the debate this one re-runs with sides swapped
    QDateTime created;
    QDateTime updated;

    static QString statusName(Status s); // running | finished | interrupted | stopped
    static Status statusFromName(const QString &name);

    // Swing in percentage points of the "for" share (after − before); nullopt without both votes.
    std::optional<double> swing() const;

    // The CLI's --json document (and the .json export): {"id","motion","language","format",
    // "status","cost_usd","speeches":[...],"verdict":{...}|null} plus "spec", "created",
    // "audience_vote", "stop_reason" and "rematch_of"; "panel" when there is one.
    QJsonObject toJson() const;
    static DebateRecord fromJson(const QJsonObject &o);
};

} // namespace rostrum
