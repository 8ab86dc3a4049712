#include "arena/BradleyTerry.h"
#include "arena/JudgeStats.h"
#include "arena/RatingsJson.h"

#include "ArenaTestGames.h"
#include <QJsonArray>

#include <QTest>

using namespace rostrum;
using rostrum::test::game;
using Outcome = ArenaGame::Outcome;

namespace {

ArenaGame::JudgeVote vote(const char *judge, Outcome winner)
{
    return ArenaGame::JudgeVote {QString::fromLatin1(judge), ArenaGame::Reading {winner, true, ArenaGame::Side::Pro},
                                 std::nullopt};
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestRatingsJson final : public QObject
{
    Q_OBJECT

private slots:
    // The contract's keys, models best first with their record, judges with their rates, kappa a number.
    void shape()
    {
        const QList<ArenaGame> games = {
            game("weak", "strong", Outcome::Con, {vote("J1", Outcome::Con), vote("J2", Outcome::Con)}),
            game("strong", "weak", Outcome::Pro, {vote("J1", Outcome::Pro), vote("J2", Outcome::Con)}),
            game("strong", "weak", Outcome::Tie, {vote("J1", Outcome::Tie), vote("J2", Outcome::Tie)}),
        };
        RatingOptions options;
        options.resamples = 20;
        const Leaderboard board =
            BradleyTerry::rate({QStringLiteral("weak"), QStringLiteral("strong")}, games, options);
        const QJsonObject o = RatingsJson::build(QStringLiteral("t-1"), 3, board, JudgeStats::compute(games));
        QCOMPARE(keys(o), QStringList({"debates", "fleiss_kappa", "judges", "models", "tournament"}));
        QCOMPARE(o.value("tournament").toString(), QStringLiteral("t-1"));
        QCOMPARE(o.value("debates").toInt(), 3);
        const QJsonArray models = o.value("models").toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject best = models.at(0).toObject();
        QCOMPARE(keys(best),
                 QStringList({"ci_high", "ci_low", "losses", "model", "rating", "ties", "win_rate_as_con",
                              "win_rate_as_pro", "wins"}));
        QCOMPARE(best.value("model").toString(), QStringLiteral("strong"));
        QVERIFY(best.value("rating").toDouble() > models.at(1).toObject().value("rating").toDouble());
        QCOMPARE(best.value("rating").toDouble(), board.entries.at(0).rating);
        QCOMPARE(best.value("ci_low").toDouble(), board.entries.at(0).ciLow);
        QCOMPARE(best.value("wins").toInt(), 2);
        QCOMPARE(best.value("losses").toInt(), 0);
        QCOMPARE(best.value("ties").toInt(), 1);
        QCOMPARE(best.value("win_rate_as_pro").toDouble(), 0.5); // one win, one tie as pro
        QCOMPARE(best.value("win_rate_as_con").toDouble(), 1.0);
        const QJsonArray judges = o.value("judges").toArray();
        QCOMPARE(judges.size(), 2);
        const QJsonObject j2 = judges.at(1).toObject();
        QCOMPARE(keys(j2), QStringList({"agreement_with_majority", "first_position_win_rate", "flip_rate", "model"}));
        QCOMPARE(j2.value("model").toString(), QStringLiteral("J2"));
        QCOMPARE(j2.value("agreement_with_majority").toDouble(), 2.0 / 3.0);
        QCOMPARE(j2.value("first_position_win_rate").toDouble(), 0.0); // shown pro first; named con or tie
        QVERIFY(j2.value("flip_rate").isNull()); // never asked twice
        QVERIFY(o.value("fleiss_kappa").isDouble());
    }

    // Undefined figures are null: kappa with one judge, a side a model never argued.
    void nulls()
    {
        const QList<ArenaGame> games = {game("a", "b", Outcome::Pro, {vote("J", Outcome::Pro)})};
        RatingOptions options;
        options.resamples = 0;
        const QJsonObject o = RatingsJson::build(QStringLiteral("t"), 1, BradleyTerry::rate({}, games, options),
                                                 JudgeStats::compute(games));
        QVERIFY(o.value("fleiss_kappa").isNull());
        QVERIFY(o.contains("fleiss_kappa"));
        const QJsonObject a = o.value("models").toArray().at(0).toObject();
        QCOMPARE(a.value("model").toString(), QStringLiteral("a"));
        QCOMPARE(a.value("win_rate_as_pro").toDouble(), 1.0);
        QVERIFY(a.value("win_rate_as_con").isNull());
    }
};

QTEST_GUILESS_MAIN(TestRatingsJson)
#include "tst_ratingsjson.moc"
