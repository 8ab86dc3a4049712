#pragma once

#include "arena/ArenaGame.h"
#include "arena/JudgeStats.h"
#include "arena/Leaderboard.h"
#include "arena/RatingOptions.h"
#include "arena/TournamentRecord.h"
#include "debate/DebateRecord.h"

#include <QJsonObject>
#include <QList>

namespace rostrum {

// A tournament's debates as the ratings see them: each finished debate with a valid decision becomes an ArenaGame
// (pro, con, the decision's winner — the panel's with several judges — and each judge's reading), and from those
// the leaderboard, the judges' figures and the `ratings --json` document. A debate whose judges gave no valid
// verdict is not rated: counting it as a tie would pull every rating towards the mean.
class TournamentRatings
{
public:
    // nullopt for a debate that is not finished or has no valid decision.
    static std::optional<ArenaGame> game(const DebateRecord &debate);
    static QList<ArenaGame> games(const QList<DebateRecord> &debates);

    struct Result
    {
        QList<ArenaGame> games;
        Leaderboard board;
        JudgeStats judges;
    };
    static Result rate(const TournamentRecord &tournament, const QList<DebateRecord> &debates,
                       const RatingOptions &options = {});
    // The `ratings --json` object of docs/CLI.md.
    static QJsonObject json(const TournamentRecord &tournament, const Result &result);
};

} // namespace rostrum
