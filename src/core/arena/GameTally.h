#pragma once

#include "arena/ArenaGame.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace rostrum {

// The games of a tournament counted per (pro model, con model, outcome): everything the Bradley–Terry fit, the
// bootstrap and the tables need, in a few hundred integers however many games there were.
class GameTally
{
public:
    // Wins, losses and ties of one model in some set of games.
    struct Record
    {
        int wins = 0;
        int losses = 0;
        int ties = 0;
        int games() const { return wins + losses + ties; }
        // wins / games (a tie is not a win); nullopt without games.
        std::optional<double> winRate() const;
        bool operator==(const Record &) const = default;
    };

    // One non-empty (pro, con, outcome) cell; the bootstrap resamples these.
    struct Cell
    {
        int pro = 0;
        int con = 0;
        ArenaGame::Outcome outcome = ArenaGame::Outcome::Tie;
        int count = 0;
    };

    GameTally() = default;
    // `models` come first in their order; a model that only appears in `games` is added after them. A game with
    // the same model on both sides or an empty model id is not counted (skippedGames()).
    GameTally(const QStringList &models, const QList<ArenaGame> &games);

    const QStringList &models() const { return m_models; }
    int modelCount() const { return int(m_models.size()); }
    int indexOf(const QString &model) const { return int(m_models.indexOf(model)); }
    int gameCount() const { return m_games; }
    int skippedGames() const { return m_skipped; }

    int count(int pro, int con, ArenaGame::Outcome outcome) const;
    // `model`'s record against `opponent` on either side: the head-to-head matrix's cell (model, opponent).
    Record headToHead(int model, int opponent) const;
    Record asPro(int model) const;
    Record asCon(int model) const;
    Record overall(int model) const;
    QList<Cell> cells() const;
    // wins[i * n + j]: i's wins over j on either side, a tie counting half a win to each.
    std::vector<double> pairWins() const;

private:
    Record sideRecord(int model, bool pro) const;
    int index(int pro, int con, ArenaGame::Outcome outcome) const
    {
        return (pro * int(m_models.size()) + con) * 3 + int(outcome);
    }

    QStringList m_models;
    std::vector<int> m_counts;
    int m_games = 0;
    int m_skipped = 0;
};

} // namespace rostrum
