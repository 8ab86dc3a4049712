#pragma once

#include "debate/DebateSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rostrum {

// One motion of a tournament and the language it is debated in (empty: the tournament's language).
struct TournamentMotion
{
    QString text;
    QString language;

    QJsonObject toJson() const;
    static TournamentMotion fromJson(const QJsonObject &o);
    bool operator==(const TournamentMotion &) const = default;
};

// One debate of the schedule: which model argues which side of which motion.
struct ScheduledDebate
{
    int index = 0; // position in the schedule, 0-based
    int motion = 0; // index into TournamentSpec::motions
    QString pro; // model
    QString con; // model
    bool operator==(const ScheduledDebate &) const = default;
};

// Everything needed to run (or resume) a tournament: every pair of models debates every motion twice, the sides
// swapped, each debate judged by the same panel. Validated before it is stored or run.
struct TournamentSpec
{
    Q_DECLARE_TR_FUNCTIONS(TournamentSpec)

public:
    QStringList models; // at least two, distinct
    QList<TournamentMotion> motions; // at least one
    QStringList judges; // 1..5 judge models (the panel)
    bool judgeSwap = false; // every judge asked a second time with the sides in the other order
    int rounds = 1; // rebuttal rounds of each debate
    QString language = QStringLiteral("en"); // for motions that name none
    QString format = QStringLiteral("classic");
    int maxTokens = 600; // per speech
    std::optional<double> budgetUsd; // hard cap for the whole tournament; none = unlimited
    bool batch = false; // each round as one batch job

    static constexpr int kMaxJudges = DebateSpec::kMaxJudges;

    // Human-readable problems, one sentence each; empty when the tournament can run.
    QStringList validate() const;

    // pair × motion × 2: for each motion, each pair (i < j in models' order) first with models[i] for the motion,
    // then with the sides swapped. The order is fixed: a stored schedule is this list.
    QList<ScheduledDebate> schedule() const;
    // The spec of one scheduled debate, judged by the panel (no budget: the runner gives each debate its share of
    // the cap).
    DebateSpec debateSpec(const ScheduledDebate &debate) const;

    QJsonObject toJson() const;
    static TournamentSpec fromJson(const QJsonObject &o);
    bool operator==(const TournamentSpec &) const = default;
};

} // namespace rostrum
