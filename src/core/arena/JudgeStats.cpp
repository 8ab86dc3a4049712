#include "arena/JudgeStats.h"

#include "arena/FleissKappa.h"
#include "arena/ModelFamily.h"

#include <QHash>

#include <algorithm>

namespace rostrum {

namespace {

using Outcome = ArenaGame::Outcome;
using Side = ArenaGame::Side;

bool choseFirst(const ArenaGame::Reading &r)
{
    return (r.winner == Outcome::Pro && r.shownFirst == Side::Pro)
        || (r.winner == Outcome::Con && r.shownFirst == Side::Con);
}

void countPosition(JudgeStats::Judge &j, const ArenaGame::Reading &r)
{
    if (!r.valid)
        return;
    ++j.verdicts;
    if (choseFirst(r))
        ++j.firstPositionWins;
}

// The judge's family against the debaters': flags it, and counts its verdicts where one side is kin.
void countFamily(JudgeStats::Judge &j, const ArenaGame &g, const ArenaGame::JudgeVote &v)
{
    const QString family = ModelFamily::of(v.judge);
    const bool proKin = ModelFamily::of(g.pro) == family;
    const bool conKin = ModelFamily::of(g.con) == family;
    for (const QString &kin : {proKin ? g.pro : QString(), conKin ? g.con : QString()}) {
        if (!kin.isEmpty() && !j.sameFamilyDebaters.contains(kin))
            j.sameFamilyDebaters.append(kin);
    }
    if (proKin == conKin)
        return; // neither, or both: no side to prefer
    const Outcome kinWins = proKin ? Outcome::Pro : Outcome::Con;
    for (const ArenaGame::Reading &r : {v.reading, v.swapped.value_or(ArenaGame::Reading {})}) {
        if (!r.valid)
            continue;
        ++j.ownFamilyVerdicts;
        if (r.winner == kinWins)
            ++j.ownFamilyWins;
    }
}

} // namespace

JudgeStats JudgeStats::compute(const QList<ArenaGame> &games)
{
    JudgeStats stats;
    QHash<QString, qsizetype> index;
    QList<QList<int>> ratings; // per game: valid panel verdicts for pro, con, tie
    for (const ArenaGame &g : games) {
        QList<int> row(3, 0);
        for (const ArenaGame::JudgeVote &v : g.judges) {
            auto it = index.constFind(v.judge);
            if (it == index.constEnd()) {
                it = index.insert(v.judge, stats.judges.size());
                Judge fresh;
                fresh.model = v.judge;
                stats.judges.append(fresh);
            }
            Judge &j = stats.judges[it.value()];
            countPosition(j, v.reading);
            if (v.swapped) {
                countPosition(j, *v.swapped);
                if (v.reading.valid && v.swapped->valid) {
                    ++j.swappedPairs;
                    if (v.reading.winner != v.swapped->winner)
                        ++j.flips;
                }
            }
            if (v.reading.valid) {
                ++j.panelVerdicts;
                if (v.reading.winner == g.winner)
                    ++j.withMajority;
                ++row[int(v.reading.winner)];
            }
            countFamily(j, g, v);
        }
        ratings.append(row);
    }
    stats.fleissKappa = FleissKappa::compute(ratings);
    return stats;
}

const JudgeStats::Judge *JudgeStats::find(const QString &model) const
{
    const auto it = std::ranges::find(judges, model, &Judge::model);
    return it == judges.end() ? nullptr : &*it;
}

} // namespace rostrum
