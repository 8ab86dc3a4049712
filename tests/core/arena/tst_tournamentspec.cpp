#include "arena/TournamentSpec.h"

#include <QSet>
#include <QTest>

using namespace rostrum;

class TestTournamentSpec final : public QObject
{
    Q_OBJECT

    static TournamentSpec spec(int models, int motions)
    {
        TournamentSpec s;
        for (int i = 0; i < models; ++i)
            s.models << QStringLiteral("model-%1").arg(i);
        for (int i = 0; i < motions; ++i)
            s.motions << TournamentMotion {QStringLiteral("Motion %1").arg(i), {}};
        s.judges = {QStringLiteral("judge-a")};
        return s;
    }

private slots:
    void scheduleIsEveryPairOnEveryMotionTwiceWithSidesSwapped_data()
    {
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("motions");
        QTest::newRow("2x1") << 2 << 1;
        QTest::newRow("3x2") << 3 << 2;
        QTest::newRow("5x3") << 5 << 3;
    }

    void scheduleIsEveryPairOnEveryMotionTwiceWithSidesSwapped()
    {
        QFETCH(int, models);
        QFETCH(int, motions);
        const TournamentSpec s = spec(models, motions);
        const QList<ScheduledDebate> schedule = s.schedule();
        QCOMPARE(schedule.size(), models * (models - 1) / 2 * motions * 2);
        QSet<QString> seen;
        QHash<QString, int> proCount;
        for (int i = 0; i < schedule.size(); ++i) {
            const ScheduledDebate &d = schedule.at(i);
            QCOMPARE(d.index, i);
            QVERIFY(d.pro != d.con);
            const QString key = QStringLiteral("%1|%2|%3").arg(d.motion).arg(d.pro, d.con);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            ++proCount[d.pro];
        }
        // Each ordered pair once per motion: the swapped debate exists for every debate.
        for (const ScheduledDebate &d : schedule)
            QVERIFY(seen.contains(QStringLiteral("%1|%2|%3").arg(d.motion).arg(d.con, d.pro)));
        // Every model argues pro as often as con: (models - 1) × motions times each.
        for (const QString &m : s.models)
            QCOMPARE(proCount.value(m), (models - 1) * motions);
        // A debate and its swap are neighbours, so a tournament stopped early is still balanced.
        QCOMPARE(schedule.at(1).pro, schedule.at(0).con);
        QCOMPARE(schedule.at(1).con, schedule.at(0).pro);
    }

    void debateSpecUsesTheMotionsLanguageAndTheFirstJudge()
    {
        TournamentSpec s = spec(2, 2);
        s.motions[1].language = QStringLiteral("fr");
        s.judges = {QStringLiteral("j1"), QStringLiteral("j2")};
        s.rounds = 2;
        const DebateSpec d0 = s.debateSpec(s.schedule().at(0));
        QCOMPARE(d0.motion, QStringLiteral("Motion 0"));
        QCOMPARE(d0.language, QStringLiteral("en"));
        QCOMPARE(d0.debaters.at(0).model, QStringLiteral("model-0"));
        QCOMPARE(d0.debaters.at(0).side, QStringLiteral("pro"));
        QCOMPARE(d0.debaters.at(1).model, QStringLiteral("model-1"));
        QCOMPARE(d0.rounds, 2);
        QCOMPARE(d0.judgeModels(), s.judges); // the whole panel judges every debate
        QVERIFY(d0.hasPanel());
        QVERIFY(!d0.judgeSwap);
        s.judgeSwap = true;
        QVERIFY(s.debateSpec(s.schedule().at(1)).judgeSwap);
        QVERIFY(!d0.budgetUsd);
        const DebateSpec d2 = s.debateSpec(s.schedule().at(2));
        QCOMPARE(d2.motion, QStringLiteral("Motion 1"));
        QCOMPARE(d2.language, QStringLiteral("fr"));
        QVERIFY(d0.isValid());
        QVERIFY(d2.isValid());
    }

    void validateNamesEachProblem_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one model") << "models"
                                   << "at least two models";
        QTest::newRow("duplicate model") << "duplicate"
                                         << "only once";
        QTest::newRow("no motion") << "motions"
                                   << "at least one motion";
        QTest::newRow("no judge") << "judges"
                                  << "one to 5 judges";
        QTest::newRow("six judges") << "sixjudges"
                                    << "one to 5 judges";
        QTest::newRow("rounds") << "rounds"
                                << "Rounds must be";
        QTest::newRow("budget") << "budget"
                                << "positive amount";
        QTest::newRow("language") << "language"
                                  << "not supported";
    }

    void validateNamesEachProblem()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        TournamentSpec s = spec(3, 1);
        QVERIFY(s.validate().isEmpty());
        if (what == QLatin1String("models"))
            s.models = {QStringLiteral("a")};
        else if (what == QLatin1String("duplicate"))
            s.models = {QStringLiteral("a"), QStringLiteral("a")};
        else if (what == QLatin1String("motions"))
            s.motions.clear();
        else if (what == QLatin1String("judges"))
            s.judges.clear();
        else if (what == QLatin1String("sixjudges"))
            s.judges = QStringList(6, QStringLiteral("j"));
        else if (what == QLatin1String("rounds"))
            s.rounds = 0;
        else if (what == QLatin1String("budget"))
            s.budgetUsd = 0;
        else if (what == QLatin1String("language"))
            s.language = QStringLiteral("xx");
        const QStringList problems = s.validate();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(expected), qPrintable(problems.join(QLatin1Char(' '))));
    }

    void jsonRoundTrips()
    {
        TournamentSpec s = spec(3, 2);
        s.motions[0].language = QStringLiteral("de");
        s.judges = {QStringLiteral("j1"), QStringLiteral("j2")};
        s.judgeSwap = true;
        s.rounds = 3;
        s.budgetUsd = 1.25;
        s.batch = true;
        s.maxTokens = 321;
        QCOMPARE(TournamentSpec::fromJson(s.toJson()), s);
        s.budgetUsd.reset();
        QCOMPARE(TournamentSpec::fromJson(s.toJson()), s);
    }
};

QTEST_GUILESS_MAIN(TestTournamentSpec)
#include "tst_tournamentspec.moc"
