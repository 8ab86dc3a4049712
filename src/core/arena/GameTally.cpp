#include "arena/GameTally.h"

#include <QHash>

namespace rostrum {

using Outcome = ArenaGame::Outcome;

std::optional<double> GameTally::Record::winRate() const
{
    if (games() == 0)
        return std::nullopt;
    return double(wins) / games();
}

GameTally::GameTally(const QStringList &models, const QList<ArenaGame> &games)
    : m_models(models)
{
    m_models.removeDuplicates();
    m_models.removeAll(QString());
    QHash<QString, int> positions;
    for (int i = 0; i < m_models.size(); ++i)
        positions.insert(m_models.at(i), i);
    const auto indexOf = [&](const QString &model) {
        auto it = positions.constFind(model);
        if (it != positions.constEnd())
            return it.value();
        m_models.append(model);
        return positions.insert(model, int(m_models.size()) - 1).value();
    };
    // Two passes: the model list must be complete before the counts are laid out by it.
    QList<std::pair<int, int>> sides;
    sides.reserve(games.size());
    for (const ArenaGame &g : games) {
        if (g.pro.isEmpty() || g.con.isEmpty() || g.pro == g.con) {
            sides.append({-1, -1});
            ++m_skipped;
            continue;
        }
        sides.append({indexOf(g.pro), indexOf(g.con)});
    }
    const int n = int(m_models.size());
    m_counts.assign(size_t(n) * n * 3, 0);
    for (qsizetype k = 0; k < games.size(); ++k) {
        const auto [pro, con] = sides.at(k);
        if (pro < 0)
            continue;
        ++m_counts[size_t(index(pro, con, games.at(k).winner))];
        ++m_games;
    }
}

int GameTally::count(int pro, int con, Outcome outcome) const
{
    return m_counts[size_t(index(pro, con, outcome))];
}

GameTally::Record GameTally::headToHead(int model, int opponent) const
{
    Record r;
    if (model == opponent)
        return r;
    r.wins = count(model, opponent, Outcome::Pro) + count(opponent, model, Outcome::Con);
    r.losses = count(model, opponent, Outcome::Con) + count(opponent, model, Outcome::Pro);
    r.ties = count(model, opponent, Outcome::Tie) + count(opponent, model, Outcome::Tie);
    return r;
}

GameTally::Record GameTally::asPro(int model) const
{
    return sideRecord(model, true);
}

GameTally::Record GameTally::asCon(int model) const
{
    return sideRecord(model, false);
}

GameTally::Record GameTally::sideRecord(int model, bool pro) const
{
    Record r;
    const Outcome win = pro ? Outcome::Pro : Outcome::Con;
    const Outcome loss = pro ? Outcome::Con : Outcome::Pro;
    for (int other = 0; other < modelCount(); ++other) {
        const int proSide = pro ? model : other;
        const int conSide = pro ? other : model;
        r.wins += count(proSide, conSide, win);
        r.losses += count(proSide, conSide, loss);
        r.ties += count(proSide, conSide, Outcome::Tie);
    }
    return r;
}

GameTally::Record GameTally::overall(int model) const
{
    const Record p = asPro(model);
    const Record c = asCon(model);
    return {p.wins + c.wins, p.losses + c.losses, p.ties + c.ties};
}

QList<GameTally::Cell> GameTally::cells() const
{
    QList<Cell> out;
    const int n = modelCount();
    for (int pro = 0; pro < n; ++pro) {
        for (int con = 0; con < n; ++con) {
            for (Outcome o : {Outcome::Pro, Outcome::Con, Outcome::Tie}) {
                if (const int c = count(pro, con, o))
                    out.append({pro, con, o, c});
            }
        }
    }
    return out;
}

std::vector<double> GameTally::pairWins() const
{
    const int n = modelCount();
    std::vector<double> wins(size_t(n) * n, 0.0);
    for (int pro = 0; pro < n; ++pro) {
        for (int con = 0; con < n; ++con) {
            const double ties = 0.5 * count(pro, con, Outcome::Tie);
            wins[size_t(pro) * n + con] += count(pro, con, Outcome::Pro) + ties;
            wins[size_t(con) * n + pro] += count(pro, con, Outcome::Con) + ties;
        }
    }
    return wins;
}

} // namespace rostrum
