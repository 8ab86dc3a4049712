#include "arena/TournamentRatings.h"

#include <QJsonArray>
#include <QTest>

using namespace rostrum;

class TestTournamentRatings final : public QObject
{
    Q_OBJECT

    static DebateRecord debate(const QString &pro, const QString &con, const QString &winner, bool valid = true)
    {
        DebateRecord d;
        d.status = DebateRecord::Status::Finished;
        d.spec.debaters = {Debater {{}, QStringLiteral("pro"), {}, pro, {}, false},
                           Debater {{}, QStringLiteral("con"), {}, con, {}, false}};
        d.spec.judgeModel = QStringLiteral("judge-1");
        Verdict v;
        v.winner = winner;
        v.valid = valid;
        d.verdict = v;
        return d;
    }

private slots:
    void aFinishedDebateWithAValidVerdictIsAGame()
    {
        const std::optional<ArenaGame> g =
            TournamentRatings::game(debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("con")));
        QVERIFY(g);
        QCOMPARE(g->pro, QStringLiteral("a"));
        QCOMPARE(g->con, QStringLiteral("b"));
        QCOMPARE(g->winner, ArenaGame::Outcome::Con);
        QCOMPARE(g->judges.size(), 1);
        QCOMPARE(g->judges.first().judge, QStringLiteral("judge-1"));
        QCOMPARE(g->judges.first().reading.winner, ArenaGame::Outcome::Con);
        QVERIFY(g->judges.first().reading.valid);
    }

    void aPanelGivesEachJudgesReadingsInTheOrderItReadTheSides()
    {
        DebateRecord d = debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pro"));
        Verdict j1, j2, j1Swapped, j2Swapped;
        j1.model = QStringLiteral("judge-1");
        j1.winner = QStringLiteral("pro");
        j1.valid = true;
        j1.firstSide = QStringLiteral("con");
        j2.model = QStringLiteral("judge-2");
        j2.valid = false;
        j2.firstSide = QStringLiteral("pro");
        j1Swapped = j1;
        j1Swapped.firstSide = QStringLiteral("pro");
        j1Swapped.winner = QStringLiteral("con");
        j2Swapped = j2;
        j2Swapped.firstSide = QStringLiteral("con");
        JudgePanel panel = JudgePanel::decide({j1, j2}, true);
        panel.otherOrder = {j1Swapped, j2Swapped};
        d.panel = panel;
        const std::optional<ArenaGame> g = TournamentRatings::game(d);
        QVERIFY(g);
        QCOMPARE(g->winner, ArenaGame::Outcome::Pro); // the record's decision
        QCOMPARE(g->judges.size(), 2);
        const ArenaGame::JudgeVote &first = g->judges.at(0);
        QCOMPARE(first.judge, QStringLiteral("judge-1"));
        QCOMPARE(first.reading, (ArenaGame::Reading {ArenaGame::Outcome::Pro, true, ArenaGame::Side::Con}));
        QVERIFY(first.swapped);
        QCOMPARE(*first.swapped, (ArenaGame::Reading {ArenaGame::Outcome::Con, true, ArenaGame::Side::Pro}));
        QCOMPARE(g->judges.at(1).reading.valid, false);
        QCOMPARE(g->judges.at(1).swapped->shownFirst, ArenaGame::Side::Con);
    }

    void debatesWithoutADecisionAreNotRated()
    {
        DebateRecord running = debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pro"));
        running.status = DebateRecord::Status::Interrupted;
        DebateRecord noVerdict = debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pro"));
        noVerdict.verdict.reset();
        const QList<DebateRecord> all = {running, noVerdict,
                                         debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pro"), false),
                                         debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("maybe")),
                                         debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("tie"))};
        const QList<ArenaGame> games = TournamentRatings::games(all);
        QCOMPARE(games.size(), 1);
        QCOMPARE(games.first().winner, ArenaGame::Outcome::Tie);
    }

    void jsonRanksTheModelsOfTheTournament()
    {
        TournamentRecord t;
        t.id = QStringLiteral("t1");
        t.spec.models = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        // a beats everyone on both sides, b beats c, c never wins.
        QList<DebateRecord> debates;
        for (int i = 0; i < 2; ++i) {
            debates << debate(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pro"))
                    << debate(QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("con"))
                    << debate(QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("pro"))
                    << debate(QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("con"))
                    << debate(QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("pro"))
                    << debate(QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("con"));
        }
        RatingOptions options;
        options.resamples = 50;
        const QJsonObject doc = TournamentRatings::json(t, TournamentRatings::rate(t, debates, options));
        QCOMPARE(doc.value(QLatin1String("tournament")).toString(), QStringLiteral("t1"));
        QCOMPARE(doc.value(QLatin1String("debates")).toInt(), 12);
        const QJsonArray models = doc.value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 3);
        QStringList order;
        for (const QJsonValue &m : models)
            order << m.toObject().value(QLatin1String("model")).toString();
        QCOMPARE(order, (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const QJsonObject a = models.first().toObject();
        QCOMPARE(a.value(QLatin1String("wins")).toInt(), 8);
        QCOMPARE(a.value(QLatin1String("losses")).toInt(), 0);
        QVERIFY(a.value(QLatin1String("rating")).toDouble() > 1500);
        QVERIFY(a.value(QLatin1String("ci_low")).toDouble() <= a.value(QLatin1String("rating")).toDouble());
        QCOMPARE(doc.value(QLatin1String("judges")).toArray().first().toObject().value(QLatin1String("model")),
                 QJsonValue(QStringLiteral("judge-1")));
    }
};

QTEST_GUILESS_MAIN(TestTournamentRatings)
#include "tst_tournamentratings.moc"
