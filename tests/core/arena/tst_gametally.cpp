#include "arena/GameTally.h"

#include "ArenaTestGames.h"

#include <QTest>

using namespace rostrum;
using rostrum::test::game;
using Outcome = ArenaGame::Outcome;

class TestGameTally final : public QObject
{
    Q_OBJECT

private slots:
    // The given models keep their order; a model met only in the games comes after them; bad games are skipped.
    void modelsAndSkippedGames()
    {
        const GameTally t({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("idle")},
                          {game("a", "b", Outcome::Pro), game("c", "a", Outcome::Con), game("a", "a", Outcome::Pro),
                           game("", "b", Outcome::Tie)});
        QCOMPARE(t.models(), QStringList({"b", "a", "idle", "c"}));
        QCOMPARE(t.gameCount(), 2);
        QCOMPARE(t.skippedGames(), 2);
        QCOMPARE(t.count(t.indexOf("a"), t.indexOf("b"), Outcome::Pro), 1);
        QCOMPARE(t.count(t.indexOf("c"), t.indexOf("a"), Outcome::Con), 1);
        QCOMPARE(t.overall(t.indexOf("idle")), GameTally::Record {});
        QCOMPARE(t.overall(t.indexOf("idle")).winRate(), std::nullopt);
    }

    // a-b: a wins twice as pro, loses once as pro, wins once as con, one tie with b as pro.
    void recordsAndHeadToHead()
    {
        const GameTally t({QStringLiteral("a"), QStringLiteral("b")},
                          {game("a", "b", Outcome::Pro), game("a", "b", Outcome::Pro), game("a", "b", Outcome::Con),
                           game("b", "a", Outcome::Con), game("b", "a", Outcome::Tie)});
        const GameTally::Record ab = t.headToHead(0, 1);
        QCOMPARE(ab, (GameTally::Record {3, 1, 1}));
        QCOMPARE(t.headToHead(1, 0), (GameTally::Record {1, 3, 1}));
        QCOMPARE(t.headToHead(0, 0), GameTally::Record {});
        QCOMPARE(t.asPro(0), (GameTally::Record {2, 1, 0}));
        QCOMPARE(t.asCon(0), (GameTally::Record {1, 0, 1}));
        QCOMPARE(t.asPro(0).winRate(), std::optional<double>(2.0 / 3.0));
        QCOMPARE(t.asCon(0).winRate(), std::optional<double>(0.5));
        QCOMPARE(t.overall(1), (GameTally::Record {1, 3, 1}));
        QCOMPARE(t.cells().size(), 4);
        // A tie is half a win to each side.
        const std::vector<double> wins = t.pairWins();
        QCOMPARE(wins[0 * 2 + 1], 3.5);
        QCOMPARE(wins[1 * 2 + 0], 1.5);
        QCOMPARE(wins[0], 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGameTally)
#include "tst_gametally.moc"
