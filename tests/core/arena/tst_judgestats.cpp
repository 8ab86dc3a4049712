#include "arena/JudgeStats.h"

#include "ArenaTestGames.h"

#include <QTest>

using namespace rostrum;
using rostrum::test::game;
using Outcome = ArenaGame::Outcome;
using Side = ArenaGame::Side;

namespace {

ArenaGame::Reading reading(Outcome winner, Side first, bool valid = true)
{
    return ArenaGame::Reading {winner, valid, first};
}

ArenaGame::JudgeVote vote(const char *judge, ArenaGame::Reading r,
                          std::optional<ArenaGame::Reading> swapped = std::nullopt)
{
    return ArenaGame::JudgeVote {QString::fromLatin1(judge), r, swapped};
}

constexpr Outcome P = Outcome::Pro;
constexpr Outcome C = Outcome::Con;
constexpr Outcome T = Outcome::Tie;

// Four debates, three judges (J1 = mistral-large-2411, J2, J3), J1 and J2 asked twice in the first two.
// Panel verdicts per debate: (pro,pro,pro) (pro,con,pro) (con,con,con) (pro,con,tie) — the rows
// (3,0,0) (2,1,0) (0,3,0) (1,1,1) of the hand-computed kappa 11/41 in tst_fleisskappa.
QList<ArenaGame> tournament()
{
    const Side PF = Side::Pro; // pro's speeches shown first
    const Side CF = Side::Con;
    return {
        game("mistral-large-latest", "open-mistral-7b", P,
             {vote("mistral-large-2411", reading(P, PF), reading(P, CF)), vote("J2", reading(P, PF), reading(C, CF)),
              vote("J3", reading(P, PF))}),
        game("b", "c", P,
             {vote("mistral-large-2411", reading(P, PF), reading(P, CF)), vote("J2", reading(C, CF), reading(P, PF)),
              vote("J3", reading(P, PF))}),
        game("b", "c", C,
             {vote("mistral-large-2411", reading(C, PF)), vote("J2", reading(C, PF)), vote("J3", reading(C, PF)),
              vote("J4", reading(T, PF, false))}),
        game("c", "b", T,
             {vote("mistral-large-2411", reading(P, PF)), vote("J2", reading(C, PF)),
              vote("J3", reading(T, PF), reading(P, CF, false))}),
    };
}

} // namespace

class TestJudgeStats final : public QObject
{
    Q_OBJECT

private slots:
    // J2 named the side it saw first in 4 of its 6 valid verdicts (both askings of debates 1 and 2), flipped in
    // both of its swapped pairs, and agreed with the panel in debates 1 and 3 of 4.
    void positionBiasedJudge()
    {
        const JudgeStats s = JudgeStats::compute(tournament());
        const JudgeStats::Judge *j = s.find(QStringLiteral("J2"));
        QVERIFY(j);
        QCOMPARE(j->verdicts, 6);
        QCOMPARE(j->firstPositionWinRate(), std::optional<double>(4.0 / 6.0));
        QCOMPARE(j->swappedPairs, 2);
        QCOMPARE(j->flipRate(), std::optional<double>(1.0));
        QCOMPARE(j->agreementWithMajority(), std::optional<double>(0.5));
        QVERIFY(!j->selfPreferenceFlagged());
    }

    // J1 chose the first-shown side in 3 of 6 (pro-first: pro, pro, con, pro; con-first: pro, pro), kept its
    // winner under both swaps, and agreed with the panel but in the tied debate 4.
    void consistentJudgeOfTheSameFamily()
    {
        const JudgeStats s = JudgeStats::compute(tournament());
        const JudgeStats::Judge *j = s.find(QStringLiteral("mistral-large-2411"));
        QVERIFY(j);
        QCOMPARE(j->firstPositionWinRate(), std::optional<double>(0.5));
        QCOMPARE(j->flipRate(), std::optional<double>(0.0));
        QCOMPARE(j->agreementWithMajority(), std::optional<double>(0.75));
        // It judged mistral-large-latest (its family) in debate 1 and named it the winner both times.
        QVERIFY(j->selfPreferenceFlagged());
        QCOMPARE(j->sameFamilyDebaters, QStringList {QStringLiteral("mistral-large-latest")});
        QCOMPARE(j->ownFamilyVerdicts, 2);
        QCOMPARE(j->ownFamilyWinRate(), std::optional<double>(1.0));
    }

    // J3's second asking in debate 4 was invalid: no swapped pair, so no flip rate; its tie is a valid verdict
    // that did not choose the first side (2 of 4), and it agreed with the panel every time.
    void invalidSecondAsking()
    {
        const JudgeStats s = JudgeStats::compute(tournament());
        const JudgeStats::Judge *j = s.find(QStringLiteral("J3"));
        QVERIFY(j);
        QCOMPARE(j->verdicts, 4);
        QCOMPARE(j->flipRate(), std::nullopt);
        QCOMPARE(j->firstPositionWinRate(), std::optional<double>(0.5));
        QCOMPARE(j->agreementWithMajority(), std::optional<double>(1.0));
    }

    // A judge with no valid verdict has no figures; it does not rate in kappa either.
    void judgeWithoutValidVerdicts()
    {
        const JudgeStats s = JudgeStats::compute(tournament());
        QCOMPARE(s.judges.size(), 4);
        QCOMPARE(s.judges.at(0).model, QStringLiteral("mistral-large-2411")); // order of first appearance
        const JudgeStats::Judge *j = s.find(QStringLiteral("J4"));
        QVERIFY(j);
        QCOMPARE(j->firstPositionWinRate(), std::nullopt);
        QCOMPARE(j->agreementWithMajority(), std::nullopt);
    }

    void fleissKappa()
    {
        const std::optional<double> kappa = JudgeStats::compute(tournament()).fleissKappa;
        QVERIFY(kappa);
        QVERIFY(qAbs(*kappa - 11.0 / 41.0) < 1e-12);
        // One judge per debate: no agreement to measure.
        const QList<ArenaGame> single = {game("a", "b", P, {vote("J", reading(P, Side::Pro))}),
                                         game("a", "b", C, {vote("J", reading(C, Side::Pro))})};
        QCOMPARE(JudgeStats::compute(single).fleissKappa, std::nullopt);
        QCOMPARE(JudgeStats::compute({}).fleissKappa, std::nullopt);
        QVERIFY(JudgeStats::compute({}).judges.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJudgeStats)
#include "tst_judgestats.moc"
