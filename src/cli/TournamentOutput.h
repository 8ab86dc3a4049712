#pragma once

#include "CliContext.h"

#include "arena/TournamentRecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

namespace rostrum {
class DebateStore;
class TournamentRunner;
struct DebateRecord;
} // namespace rostrum

namespace rostrum::cli {

// A tournament's progress on stderr as it runs: what will be done and what it may cost, each debate as it starts
// and ends (its winner, its cost, the total so far), with -v the waits and retries.
class TournamentProgress : public QObject
{
public:
    TournamentProgress(CliContext &ctx, TournamentRunner &runner);
    // The opening lines (the plan and the cost preview); call after start() or resume().
    void begin();

private:
    void onFinished(int index, const DebateRecord &record);
    QString label(int index) const;

    CliContext &m_ctx;
    TournamentRunner &m_runner;
    QString m_lastBatchLine;
};

// The finished debates of a tournament, as the debate store has them (schedule order).
QList<DebateRecord> finishedDebates(const TournamentRecord &record, DebateStore &debates);
// The `ratings --json` document of a tournament.
QJsonObject ratingsJson(const TournamentRecord &record, DebateStore &debates);
// The result: with --json {"id","status","debates","cost_usd","ratings"} (+ "schedule"), else a summary line and the
// leaderboard.
void printTournament(CliContext &ctx, const TournamentRecord &record, DebateStore &debates);
// The leaderboard of a ratings document, as text.
void printRatings(CliContext &ctx, const QJsonObject &ratings);

} // namespace rostrum::cli
