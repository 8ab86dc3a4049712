#include "debate/DebateFormat.h"
#include "debate/TurnPlanner.h"

#include <QTest>

using namespace rostrum;

// Who speaks which turn, which turn is next, and what a speaker hears.
class TestTurnPlanner final : public QObject
{
    Q_OBJECT

    static DebateSpec spec()
    {
        DebateSpec s;
        s.motion = QStringLiteral("m");
        s.rounds = 1;
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("a"), {}, false},
                      Debater {{}, QStringLiteral("con"), {}, {}, {}, false},
                      Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("c"), {}, false}};
        return s;
    }
    static Speech entry(int index, int turn, Speech::Status status, const QString &text)
    {
        Speech s;
        s.index = index;
        s.turn = turn;
        s.status = status;
        s.text = text;
        return s;
    }

private slots:
    void debatersTakeTheirSidesTurnsInOrder()
    {
        const DebateSpec s = spec();
        const TurnPlanner p(s, DebateFormat::load(QStringLiteral("classic"))->turns(1));
        QCOMPARE(p.turnCount(), 6); // opening pro, opening con, rebuttal pro, rebuttal con, closing con, pro
        QCOMPARE(p.debaterFor(0), 0);
        QCOMPARE(p.debaterFor(1), 1);
        QCOMPARE(p.debaterFor(2), 2); // the second pro debater takes the side's second turn
        QCOMPARE(p.debaterFor(5), s.debaterFor(QStringLiteral("pro"), 2));
        QCOMPARE(p.modelFor(0), QStringLiteral("a"));
        QVERIFY(!p.modelFor(1).isEmpty()); // the language's default
    }

    void nextTurnIsTheFirstWithoutAFinishedSpeech()
    {
        const TurnPlanner p(spec(), DebateFormat::load(QStringLiteral("classic"))->turns(1));
        QCOMPARE(p.nextTurn({}), 0);
        const QList<Speech> speeches {entry(0, 0, Speech::Status::Finished, QStringLiteral("x")),
                                      entry(1, 1, Speech::Status::Interrupted, QStringLiteral("half"))};
        QCOMPARE(p.nextTurn(speeches), 1);
        QCOMPARE(TurnPlanner::speechOfTurn(speeches, 1), 1);
        QCOMPARE(TurnPlanner::speechOfTurn(speeches, 2), -1);
        QCOMPARE(TurnPlanner::lastDebaterSpeech(speeches), 1);
    }

    void speakersHearFinishedSpeechesAndInterjectionsBeforeThem()
    {
        Speech interjection = entry(2, -1, Speech::Status::Finished, QStringLiteral("Louder!"));
        const QList<Speech> speeches {entry(0, 0, Speech::Status::Finished, QStringLiteral("a")),
                                      entry(1, 1, Speech::Status::Failed, QStringLiteral("cut")), interjection,
                                      entry(3, 2, Speech::Status::Finished, QString())};
        const QList<Speech> all = TurnPlanner::heard(speeches);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).index, 0);
        QCOMPARE(all.at(1).index, 2);
        QCOMPARE(TurnPlanner::heard(speeches, 2).size(), 1);
    }

    void moderatorIsDueUntilItsIntroductionIsFinished()
    {
        DebateSpec s = spec();
        const TurnPlanner none(s, {});
        QVERIFY(!none.moderatorDue({}));
        s.moderatorModel = QStringLiteral("m");
        const TurnPlanner p(s, {});
        QVERIFY(p.moderatorDue({}));
        Speech intro = entry(0, -1, Speech::Status::Streaming, QStringLiteral("Wel"));
        intro.role = QStringLiteral("moderator");
        QVERIFY(p.moderatorDue({intro}));
        QCOMPARE(TurnPlanner::moderatorSpeech({intro}), 0);
        intro.status = Speech::Status::Finished;
        QVERIFY(!p.moderatorDue({intro}));
    }
};

QTEST_GUILESS_MAIN(TestTurnPlanner)
#include "tst_turnplanner.moc"
