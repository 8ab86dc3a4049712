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

// A panel's verdicts while it is still judging, saved as each judge pass ends so that a resumed debate asks none of
// them again: per judge in turn, its verdict with the sides in its own order and, with the order swap, in the other
// order (a judge's second pass follows its first).
struct JudgeAnswers
{
    QList<Verdict> ownOrder;
    QList<Verdict> otherOrder;

    bool isEmpty() const { return ownOrder.isEmpty() && otherOrder.isEmpty(); }
    QJsonObject toJson() const; // {"own_order":[<verdict>...],"other_order":[...]}
    static JudgeAnswers fromJson(const QJsonObject &o);
    bool operator==(const JudgeAnswers &) const = default;
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
    // The judge passes answered before the debate stopped mid-panel; empty once the verdict is in. Kept by the
    // store for a resume, never exported: a finished debate saves and prints what it always did.
    JudgeAnswers judged;
    std::optional<AudienceVote> voteBefore;
    std::optional<AudienceVote> voteAfter;
    double costUsd = 0;
    QString stopReason; // why it stopped early (budget, user, error), for people
    QString rematchOf; // the debate this one re-runs with sides swapped
    // A fork ("Continue from here…", DebateFork): the debate it continues and how many of that debate's
    // entries it shares. Entries [0, forkAt) are the parent's, already paid for there: costUsd counts only
    // what the fork itself asked. Empty and 0 for a debate of its own.
    QString forkOf;
    int forkAt = 0;
    QDateTime created;
    QDateTime updated;

    static QString statusName(Status s); // running | finished | interrupted | stopped
    static Status statusFromName(const QString &name);

    // Swing in percentage points of the "for" share (after − before); nullopt without both votes.
    std::optional<double> swing() const;

    // The CLI's --json document (and the .json export): {"id","motion","language","format",
    // "status","cost_usd","speeches":[...],"verdict":{...}|null} plus "spec", "created",
    // "audience_vote", "stop_reason" and "rematch_of"; "panel" when there is one; a fork adds "fork_of" and
    // "fork_at".
    QJsonObject toJson() const;
    static DebateRecord fromJson(const QJsonObject &o);
};

} // namespace rostrum
