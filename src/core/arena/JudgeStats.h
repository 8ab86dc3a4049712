#pragma once

#include "arena/ArenaGame.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace rostrum {

// The judges' figures over a tournament's games.
//   - First-position win rate: of a judge's valid verdicts (both askings when the order was swapped), the share
//     that named the side it was shown first. A tie is a valid verdict that did not, so a judge without position
//     bias scores (1 - its tie rate) / 2, 0.5 when it never ties.
//   - Flip rate: of the debates where the judge was asked in both orders and both verdicts were valid, the share
//     where the two winners differ (pro/con/tie: a pro that became a tie is a flip) — 1 - its consistency.
//   - Agreement with the majority: of the judge's valid panel verdicts, the share equal to the panel's winner.
//   - Self-preference: a judge is flagged when it judged a debater of its own family (ModelFamily); where exactly
//     one debater was, ownFamilyWinRate is the share of its valid verdicts naming that debater the winner.
//   - Fleiss' kappa over the games: categories pro, con, tie; the raters of a game are the judges with a valid
//     panel verdict (FleissKappa says when it is undefined).
// A rate is nullopt when it has nothing to count (no valid verdict, no swapped pair).
class JudgeStats
{
public:
    struct Judge
    {
        QString model;
        int verdicts = 0; // valid readings, both orders
        int firstPositionWins = 0;
        int swappedPairs = 0;
        int flips = 0;
        int panelVerdicts = 0; // valid panel readings
        int withMajority = 0;
        QStringList sameFamilyDebaters; // the debaters of its family it judged, in the order met
        int ownFamilyVerdicts = 0;
        int ownFamilyWins = 0;

        std::optional<double> firstPositionWinRate() const { return share(firstPositionWins, verdicts); }
        std::optional<double> flipRate() const { return share(flips, swappedPairs); }
        std::optional<double> agreementWithMajority() const { return share(withMajority, panelVerdicts); }
        std::optional<double> ownFamilyWinRate() const { return share(ownFamilyWins, ownFamilyVerdicts); }
        bool selfPreferenceFlagged() const { return !sameFamilyDebaters.isEmpty(); }
    };

    QList<Judge> judges; // in the order they first appear in the games
    std::optional<double> fleissKappa;

    static JudgeStats compute(const QList<ArenaGame> &games);
    // The judge `model`, or nullptr.
    const Judge *find(const QString &model) const;

private:
    static std::optional<double> share(int part, int whole)
    {
        return whole > 0 ? std::optional<double>(double(part) / whole) : std::nullopt;
    }
};

} // namespace rostrum
