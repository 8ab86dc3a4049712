#pragma once

#include "Verdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rostrum {

// The verdicts of one to five judges who judged the same debate independently, and what they decided together:
// the majority of the valid verdicts (a tie when pro and con have as many votes, or when no verdict is valid).
// With an order swap each judge was asked twice, the sides presented in both orders; its Verdict::consistent
// says whether it named the same winner both times.
struct JudgePanel
{
    QList<Verdict> judges; // in the order of DebateSpec::judges; each has model set
    QString winner; // "pro" | "con" | "tie"
    int proVotes = 0;
    int conVotes = 0;
    int tieVotes = 0;
    int invalidVotes = 0;
    double agreement = 0; // share of the valid judges who voted with the majority (0..1)
    bool swapped = false; // every judge was asked a second time with the sides in the other order
    // With the swap: each judge's answer with the sides the other way round (same order as `judges`). A judge's
    // vote is its winner when it named the same one both times; a judge whose winner flipped counts as a tie.
    QList<Verdict> otherOrder;

    // The vote a judge's verdict casts: "pro", "con", "tie" (a flipped judge too) or "invalid".
    static QString voteOf(const Verdict &judge);

    // Counts the votes of `judges` and decides.
    static JudgePanel decide(const QList<Verdict> &judges, bool swapped);
    // The verdict that stands for the whole panel (record.verdict): the panel's winner, the scores averaged over
    // the valid judges, every judge's reasons in turn.
    Verdict decision() const;
    // The contract's "panel" object: {"judges":[<verdict + "model" (+ "consistent")>...],"winner",
    // "votes":{"pro","con","invalid"},"agreement"}.
    QJsonObject toJson() const;
    static JudgePanel fromJson(const QJsonObject &o);
    bool operator==(const JudgePanel &) const = default;
};

} // namespace rostrum
