#pragma once

#include "arena/JudgeStats.h"
#include "arena/Leaderboard.h"

#include <QJsonObject>
#include <QString>

namespace rostrum {

// The `ratings --json` object of docs/CLI.md:
//   {"tournament","debates","models":[{"model","rating","ci_low","ci_high","wins","losses","ties",
//    "win_rate_as_pro","win_rate_as_con"}],"judges":[{"model","first_position_win_rate","flip_rate",
//    "agreement_with_majority"}],"fleiss_kappa":F|null}
// `models` best first (the leaderboard's order), `judges` in the order they first judged. A rate with nothing to
// count (a model that never argued con, a judge never asked twice) is null, as fleiss_kappa when undefined.
class RatingsJson
{
public:
    static QJsonObject build(const QString &tournamentId, int debates, const Leaderboard &board,
                             const JudgeStats &judges);
};

} // namespace rostrum
