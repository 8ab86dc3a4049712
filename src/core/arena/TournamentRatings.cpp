#include "TournamentRatings.h"

#include "arena/BradleyTerry.h"
#include "arena/RatingsJson.h"

namespace rostrum {

namespace {
// One asking of one judge: its winner and which side it read first (speaking order, pro first, when not recorded).
ArenaGame::Reading reading(const Verdict &v)
{
    ArenaGame::Reading r;
    const std::optional<ArenaGame::Outcome> winner = ArenaGame::outcomeFromString(v.winner);
    r.valid = v.valid && winner.has_value();
    r.winner = winner.value_or(ArenaGame::Outcome::Tie);
    r.shownFirst = v.firstSide == QLatin1String("con") ? ArenaGame::Side::Con : ArenaGame::Side::Pro;
    return r;
}
} // namespace

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
    if (!debate.panel) {
        // One judge: its verdict is the decision, read in speaking order (pro first).
        ArenaGame::JudgeVote vote;
        vote.judge = debate.verdict->model.isEmpty() ? debate.spec.judgeModel : debate.verdict->model;
        vote.reading = {*winner, true, ArenaGame::Side::Pro};
        g.judges << vote;
        return g;
    }
    for (int i = 0; i < debate.panel->judges.size(); ++i) {
        const Verdict &v = debate.panel->judges.at(i);
        ArenaGame::JudgeVote vote;
        vote.judge = v.model;
        vote.reading = reading(v);
        if (debate.panel->swapped && i < debate.panel->otherOrder.size())
            vote.swapped = reading(debate.panel->otherOrder.at(i));
        g.judges << vote;
    }
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
