#include "TournamentRatings.h"

#include "arena/BradleyTerry.h"
#include "arena/RatingsJson.h"

namespace rostrum {

std::optional<ArenaGame> TournamentRatings::game(const DebateRecord &debate)
{
    if (debate.status != DebateRecord::Status::Finished || !debate.verdict || !debate.verdict->valid)
        return std::nullopt;
    const std::optional<ArenaGame::Outcome> winner = ArenaGame::outcomeFromString(debate.verdict->winner);
    if (!winner)
        return std::nullopt;
    ArenaGame g;
    for (const Debater &d : debate.spec.debaters)
        (d.side == QLatin1String("pro") ? g.pro : g.con) = d.model;
    g.winner = *winner;
    // One judge: its verdict is the decision. The judge is shown the debate in speaking order, pro first.
    ArenaGame::JudgeVote vote;
    vote.judge = debate.verdict->model.isEmpty() ? debate.spec.judgeModel : debate.verdict->model;
    vote.reading = {*winner, true, ArenaGame::Side::Pro};
    g.judges << vote;
    return g;
}

QList<ArenaGame> TournamentRatings::games(const QList<DebateRecord> &debates)
{
    QList<ArenaGame> out;
    for (const DebateRecord &d : debates) {
        if (std::optional<ArenaGame> g = game(d))
            out << *g;
    }
    return out;
}

TournamentRatings::Result TournamentRatings::rate(const TournamentRecord &tournament,
                                                  const QList<DebateRecord> &debates, const RatingOptions &options)
{
    Result r;
    r.games = games(debates);
    r.board = BradleyTerry::rate(tournament.spec.models, r.games, options);
    r.judges = JudgeStats::compute(r.games);
    return r;
}

QJsonObject TournamentRatings::json(const TournamentRecord &tournament, const Result &result)
{
    return RatingsJson::build(tournament.id, int(result.games.size()), result.board, result.judges);
}

} // namespace rostrum
