// DebateEngine with a panel of judges, on a ManualClock with a scripted ChatBackend: each judge asked in turn in
// the order of sides the debate gives it, the order swap, the majority, a debate stopped mid-panel resumed without
// asking a judge twice, and judging a saved debate again.

#include "MemoryDebateStore.h"
#include "ScriptedChatBackend.h"

#include "clock/ManualClock.h"
#include "debate/DebateEngine.h"
#include "models/ModelCatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
DebateSpec panelSpec(const QStringList &judges, bool swap = false)
{
    DebateSpec s;
    s.motion = QStringLiteral("Homework should be abolished");
    s.rounds = 0; // classic: opening pro, opening con, closing con, closing pro
    s.maxTokens = 100;
    s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                  Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
    s.setJudges(judges);
    s.judgeSwap = swap;
    return s;
}

QString verdictFor(const QString &winner)
{
    return QStringLiteral(R"({"winner":"%1","scores":[{"criterion":"evidence","pro":6,"con":5}],)"
                          R"("reasons":"%1 argued better.","margin":2})")
        .arg(winner);
}

// The speeches as the judge of call i read them: "pro" when the pro opening comes before the con opening.
QString sideReadFirst(const ScriptedChatBackend &chat, int i)
{
    const QString user = chat.messageText(i, -1);
    const qsizetype pro = user.indexOf(QStringLiteral("Speech 0.")); // pro's opening
    const qsizetype con = user.indexOf(QStringLiteral("Speech 2.")); // con's closing, spoken after pro's opening
    if (pro < 0 || con < 0)
        return {};
    return pro < con ? QStringLiteral("pro") : QStringLiteral("con");
}

// Judges the catalog prices, so that every judge pass costs something.
const QStringList kPricedJudges = {QStringLiteral("mistral-large-latest"), QStringLiteral("mistral-medium-latest"),
                                   QStringLiteral("magistral-small-latest")};

// What a judge request asked: its model and the side it presented first.
using Pass = std::pair<QString, QString>;
} // namespace

class TestJudgePanelEngine final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedChatBackend> m_chat;
    std::unique_ptr<MemoryDebateStore> m_store;
    std::unique_ptr<DebateEngine> m_engine;
    ModelCatalog m_catalog;

    DebateEngine &engine()
    {
        if (!m_engine)
            m_engine = std::make_unique<DebateEngine>(
                DebateEngine::Services {m_chat.get(), m_clock.get(), &m_catalog, nullptr, m_store.get()});
        return *m_engine;
    }
    // A new engine, backend and store, as a new process would have.
    void restart()
    {
        m_engine.reset();
        m_chat = std::make_unique<ScriptedChatBackend>();
        m_store = std::make_unique<MemoryDebateStore>();
    }
    Pass pass(int call) const { return {m_chat->call(call).request.model, sideReadFirst(*m_chat, call)}; }
    // Answers the judge requests from call `first` on with `winners`, one per request, each sent as the one before
    // is answered; returns what each request asked.
    QList<Pass> answerJudges(int first, const QStringList &winners)
    {
        QList<Pass> asked;
        for (int i = 0; i < winners.size(); ++i) {
            if (m_chat->count() != first + i + 1)
                return asked;
            asked << pass(first + i);
            m_chat->answer(first + i, verdictFor(winners.at(i)));
        }
        return asked;
    }
    void turn() { m_clock->advance(0); }
    // Starts the debate and answers its four speeches; the first judge's request is then in flight.
    void speakAll(const DebateSpec &spec)
    {
        QVERIFY(engine().start(spec, nullptr, QStringLiteral("debate-1")));
        for (int i = 0; i < 4; ++i) {
            turn();
            QCOMPARE(m_chat->count(), i + 1);
            m_chat->answer(i, QStringLiteral("Speech %1.").arg(i));
        }
        turn();
        QCOMPARE(engine().state(), DebateEngine::State::Judging);
        QCOMPARE(m_chat->count(), 5);
    }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_chat = std::make_unique<ScriptedChatBackend>();
        m_store = std::make_unique<MemoryDebateStore>();
    }
    void cleanup()
    {
        m_engine.reset();
        m_chat.reset();
        m_store.reset();
        m_clock.reset();
    }

    // Three judges, one after the other, each reading the sides in its own order; the majority wins, the agreement
    // is the majority's share; one verdictReady at the end, the panel saved with the debate.
    void threeJudgesDecideByMajority()
    {
        QSignalSpy verdicts(&engine(), &DebateEngine::verdictReady);
        QSignalSpy panels(&engine(), &DebateEngine::panelReady);
        speakAll(panelSpec({QStringLiteral("judge-a"), QStringLiteral("judge-b"), QStringLiteral("judge-c")}));
        QCOMPARE(m_chat->call(4).request.model, QStringLiteral("judge-a"));
        m_chat->answer(4, verdictFor(QStringLiteral("pro")));
        QCOMPARE(verdicts.count(), 0);
        QCOMPARE(m_chat->count(), 6);
        QCOMPARE(m_chat->call(5).request.model, QStringLiteral("judge-b"));
        m_chat->answer(5, verdictFor(QStringLiteral("con")));
        QCOMPARE(m_chat->count(), 7);
        QCOMPARE(m_chat->call(6).request.model, QStringLiteral("judge-c"));
        QCOMPARE(m_chat->call(6).options.purpose, QStringLiteral("judge"));
        m_chat->answer(6, verdictFor(QStringLiteral("pro")));

        QCOMPARE(panels.count(), 1);
        QCOMPARE(verdicts.count(), 1);
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
        const DebateRecord &r = engine().record();
        QVERIFY(r.panel);
        QCOMPARE(r.panel->judges.size(), 3);
        QCOMPARE(r.panel->winner, QStringLiteral("pro"));
        QCOMPARE(r.panel->proVotes, 2);
        QCOMPARE(r.panel->conVotes, 1);
        QCOMPARE(r.panel->agreement, 2.0 / 3);
        QCOMPARE(r.panel->judges.at(1).model, QStringLiteral("judge-b"));
        QCOMPARE(r.panel->judges.at(1).winner, QStringLiteral("con"));
        QVERIFY(!r.panel->judges.at(0).consistent.has_value());
        QCOMPARE(r.verdict->winner, QStringLiteral("pro"));
        QCOMPARE(verdicts.first().first().value<Verdict>().winner, QStringLiteral("pro"));
        QCOMPARE(r.verdict->model, QStringLiteral("judge-a, judge-b, judge-c"));
        QVERIFY(m_store->debate.panel);
        QCOMPARE(*m_store->debate.panel, *r.panel);
        QCOMPARE(m_store->debate.status, DebateRecord::Status::Finished);
        turn();
        QCOMPARE(m_chat->count(), 7);
    }

    // The order each judge reads the sides in comes from the debate and alternates from judge to judge; the
    // request really presents that side's speeches first, and the verdict records it.
    void eachJudgeReadsTheSidesInItsRecordedOrder()
    {
        speakAll(panelSpec({QStringLiteral("judge-a"), QStringLiteral("judge-b")}));
        m_chat->answer(4, verdictFor(QStringLiteral("pro")));
        m_chat->answer(5, verdictFor(QStringLiteral("pro")));
        const JudgePanel &p = *engine().record().panel;
        QCOMPARE(p.judges.at(0).firstSide, JudgePanelRound::firstSideFor(QStringLiteral("debate-1"), 0));
        QCOMPARE(p.judges.at(1).firstSide, JudgePanelRound::firstSideFor(QStringLiteral("debate-1"), 1));
        QVERIFY(p.judges.at(0).firstSide != p.judges.at(1).firstSide);
        QCOMPARE(sideReadFirst(*m_chat, 4), p.judges.at(0).firstSide);
        QCOMPARE(sideReadFirst(*m_chat, 5), p.judges.at(1).firstSide);
        QVERIFY(m_chat->messageText(4, -1).contains(QStringLiteral("grouped by side")));
    }

    // Two judges who disagree: a tie, stated as such.
    void splitPanelIsATie()
    {
        speakAll(panelSpec({QStringLiteral("judge-a"), QStringLiteral("judge-b")}));
        m_chat->answer(4, verdictFor(QStringLiteral("pro")));
        m_chat->answer(5, verdictFor(QStringLiteral("con")));
        const DebateRecord &r = engine().record();
        QCOMPARE(r.panel->winner, QStringLiteral("tie"));
        QCOMPARE(r.verdict->winner, QStringLiteral("tie"));
        QVERIFY(r.verdict->valid);
        QCOMPARE(r.panel->agreement, 0.0);
    }

    // A judge whose answer stays invalid after its one repair, and one whose request fails, do not vote; the
    // others still judge.
    void invalidAndFailedJudgesDoNotVote()
    {
        QSignalSpy failures(&engine(), &DebateEngine::failed);
        speakAll(panelSpec({QStringLiteral("judge-a"), QStringLiteral("judge-b"), QStringLiteral("judge-c")}));
        m_chat->answer(4, QStringLiteral("not json"));
        QCOMPARE(m_chat->call(5).request.model, QStringLiteral("judge-a")); // its repair
        m_chat->answer(5, QStringLiteral("still not json"));
        QCOMPARE(m_chat->call(6).request.model, QStringLiteral("judge-b"));
        m_chat->fail(6, ApiError::make(ErrorClass::Server, QStringLiteral("boom")));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(m_chat->call(7).request.model, QStringLiteral("judge-c"));
        m_chat->answer(7, verdictFor(QStringLiteral("con")));
        const DebateRecord &r = engine().record();
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
        QCOMPARE(r.panel->invalidVotes, 2);
        QCOMPARE(r.panel->conVotes, 1);
        QCOMPARE(r.panel->winner, QStringLiteral("con"));
        QCOMPARE(r.panel->agreement, 1.0);
        QVERIFY(!r.panel->judges.at(0).valid);
        QVERIFY(r.panel->judges.at(0).error.contains(QStringLiteral("even after one repair")));
        QVERIFY(r.panel->judges.at(1).error.contains(QStringLiteral("could not answer")));
    }

    // The swap asks each judge a second time with the sides the other way round; a judge whose winner flips is
    // inconsistent and its vote is a tie.
    void swapMarksAFlippingJudgeInconsistent()
    {
        speakAll(panelSpec({QStringLiteral("judge-a"), QStringLiteral("judge-b")}, true));
        QCOMPARE(m_chat->call(4).request.model, QStringLiteral("judge-a"));
        m_chat->answer(4, verdictFor(QStringLiteral("pro")));
        QCOMPARE(m_chat->call(5).request.model, QStringLiteral("judge-a")); // the other order
        QVERIFY(sideReadFirst(*m_chat, 4) != sideReadFirst(*m_chat, 5));
        m_chat->answer(5, verdictFor(QStringLiteral("pro")));
        QCOMPARE(m_chat->call(6).request.model, QStringLiteral("judge-b"));
        m_chat->answer(6, verdictFor(QStringLiteral("pro")));
        QCOMPARE(m_chat->call(7).request.model, QStringLiteral("judge-b"));
        QVERIFY(sideReadFirst(*m_chat, 6) != sideReadFirst(*m_chat, 7));
        m_chat->answer(7, verdictFor(QStringLiteral("con")));
        QCOMPARE(m_chat->count(), 8);

        const JudgePanel &p = *engine().record().panel;
        QVERIFY(p.swapped);
        QCOMPARE(p.judges.at(0).consistent, std::optional<bool>(true));
        QCOMPARE(p.judges.at(1).consistent, std::optional<bool>(false));
        QCOMPARE(p.otherOrder.size(), 2);
        QCOMPARE(p.otherOrder.at(1).winner, QStringLiteral("con"));
        QCOMPARE(p.proVotes, 1);
        QCOMPARE(p.tieVotes, 1);
        QCOMPARE(p.winner, QStringLiteral("tie"));
    }

    // One judge and no swap: no panel, and the transcript in speaking order as before.
    void oneJudgeKeepsTheSpeakingOrder()
    {
        speakAll(panelSpec({QStringLiteral("judge-a")}));
        QVERIFY(!m_chat->messageText(4, -1).contains(QStringLiteral("grouped by side")));
        m_chat->answer(4, verdictFor(QStringLiteral("con")));
        QVERIFY(!engine().record().panel);
        QVERIFY(engine().record().verdict->firstSide.isEmpty());
        QCOMPARE(engine().record().verdict->model, QStringLiteral("judge-a"));
    }

    // Killed after some judge passes had answered (judge 1, or judge 1's first order with the swap): each pass was
    // saved as it ended, and the resumed debate asks exactly the passes still missing, in order. The panel, the
    // verdict and the cost are those of a run never interrupted; the saved passes are paid once.
    void resumeAsksOnlyTheJudgePassesNotAnswered_data()
    {
        QTest::addColumn<bool>("swap");
        QTest::addColumn<int>("answeredBeforeKill");
        QTest::addColumn<QStringList>("winners"); // per judge pass, in the order they are asked
        const QString pro = QStringLiteral("pro"), con = QStringLiteral("con");
        QTest::newRow("three judges, killed after judge 1") << false << 1 << QStringList {pro, con, con};
        QTest::newRow("swap, killed after judge 1's first order")
            << true << 1 << QStringList {pro, con, pro, pro, con, con};
        QTest::newRow("swap, killed after judge 1") << true << 2 << QStringList {con, con, pro, con, pro, pro};
        QTest::newRow("swap, killed after judge 2's first order")
            << true << 3 << QStringList {con, con, pro, con, pro, pro};
    }
    void resumeAsksOnlyTheJudgePassesNotAnswered()
    {
        QFETCH(bool, swap);
        QFETCH(int, answeredBeforeKill);
        QFETCH(QStringList, winners);
        const DebateSpec spec = panelSpec(kPricedJudges, swap);

        speakAll(spec); // the run never interrupted
        const QList<Pass> allPasses = answerJudges(4, winners);
        QCOMPARE(allPasses.size(), winners.size());
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
        const DebateRecord whole = engine().record();
        QVERIFY(whole.panel && whole.judged.isEmpty());
        QVERIFY(whole.panel->judges.at(0).costUsd > 0);

        restart();
        speakAll(spec);
        QCOMPARE(answerJudges(4, winners.mid(0, answeredBeforeKill)).size(), answeredBeforeKill);
        // kill -9 with the next judge request in flight: what the store holds is all that is left.
        QCOMPARE(m_chat->count(), 5 + answeredBeforeKill);
        DebateRecord saved = m_store->debate;
        saved.status = DebateRecord::Status::Interrupted;
        QVERIFY(!saved.verdict && !saved.panel);
        QCOMPARE(saved.judged.ownOrder.size() + saved.judged.otherOrder.size(), answeredBeforeKill);
        QVERIFY(saved.costUsd > 0);

        restart();
        QSignalSpy verdicts(&engine(), &DebateEngine::verdictReady);
        QString error;
        QVERIFY2(engine().resume(saved, &error), qPrintable(error));
        turn();
        const QList<Pass> resumed = answerJudges(0, winners.mid(answeredBeforeKill));
        QCOMPARE(resumed, allPasses.mid(answeredBeforeKill));
        QCOMPARE(m_chat->count(), winners.size() - answeredBeforeKill);
        turn();
        QCOMPARE(m_chat->count(), winners.size() - answeredBeforeKill);

        QCOMPARE(verdicts.count(), 1);
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
        const DebateRecord &r = engine().record();
        QCOMPARE(*r.panel, *whole.panel);
        QCOMPARE(*r.verdict, *whole.verdict);
        QCOMPARE(r.costUsd, whole.costUsd);
        QCOMPARE(m_store->debate.status, DebateRecord::Status::Finished);
        QVERIFY(m_store->debate.judged.isEmpty());
        QCOMPARE(m_store->debate.panel->toJson(), whole.panel->toJson());
    }

    // Saved passes that are not this panel's (its judges changed since) are not taken for its answers.
    void savedPassesOfOtherJudgesAreAskedAgain()
    {
        speakAll(panelSpec(kPricedJudges));
        answerJudges(4, {QStringLiteral("pro")});
        DebateRecord saved = m_store->debate;
        QCOMPARE(saved.judged.ownOrder.size(), 1);
        saved.spec.setJudges({kPricedJudges.at(1), kPricedJudges.at(0)});
        restart();
        QVERIFY(engine().resume(saved));
        turn();
        QCOMPARE(m_chat->count(), 1);
        QCOMPARE(m_chat->call(0).request.model, kPricedJudges.at(1));
        answerJudges(0, {QStringLiteral("con"), QStringLiteral("con")});
        QCOMPARE(engine().record().panel->judges.size(), 2);
        QCOMPARE(engine().record().panel->winner, QStringLiteral("con"));
    }

    // "Ask the judge again" on a debate stopped mid-panel: every judge is asked, the saved passes are forgotten.
    void rejudgeAsksEveryJudgeOfAStoppedPanel()
    {
        speakAll(panelSpec(kPricedJudges));
        answerJudges(4, {QStringLiteral("pro")});
        engine().stop();
        QCOMPARE(engine().state(), DebateEngine::State::Stopped);
        const DebateRecord saved = m_store->debate;
        QCOMPARE(saved.judged.ownOrder.size(), 1);
        restart();
        QVERIFY(engine().rejudge(saved));
        turn();
        const QList<Pass> asked =
            answerJudges(0, {QStringLiteral("con"), QStringLiteral("con"), QStringLiteral("con")});
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(0).first, kPricedJudges.at(0));
        QCOMPARE(m_chat->count(), 3);
        QCOMPARE(engine().record().panel->conVotes, 3);
        QVERIFY(m_store->debate.judged.isEmpty());
    }

    // "Ask the judge again": only the judges' requests, anew (no cache), and the new verdict replaces the old.
    void rejudgeAsksOnlyTheJudgesAgain()
    {
        speakAll(panelSpec({QStringLiteral("judge-a")}));
        m_chat->answer(4, QStringLiteral("nope"));
        m_chat->answer(5, QStringLiteral("nope again"));
        const DebateRecord saved = engine().record();
        QVERIFY(!saved.verdict->valid);
        m_engine.reset();

        QSignalSpy verdicts(&engine(), &DebateEngine::verdictReady);
        QString error;
        QVERIFY2(engine().rejudge(saved, &error), qPrintable(error));
        turn();
        QCOMPARE(m_chat->count(), 7); // the judge alone
        QCOMPARE(m_chat->call(6).request.model, QStringLiteral("judge-a"));
        QVERIFY(!m_chat->call(6).options.allowCache);
        QVERIFY(m_chat->messageText(6, -1).contains(QStringLiteral("Speech 3.")));
        m_chat->answer(6, verdictFor(QStringLiteral("pro")));
        QCOMPARE(verdicts.count(), 1);
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
        QCOMPARE(engine().record().speeches, saved.speeches);
        QVERIFY(engine().record().verdict->valid);
        QCOMPARE(m_store->debate.id, saved.id);
        QCOMPARE(m_store->debate.verdict->winner, QStringLiteral("pro"));
        QCOMPARE(m_store->debate.status, DebateRecord::Status::Finished);

        // The same engine may judge its finished debate again.
        QVERIFY2(engine().rejudge(engine().record(), &error), qPrintable(error));
        turn();
        QCOMPARE(m_chat->count(), 8);
        m_chat->answer(7, verdictFor(QStringLiteral("con")));
        QCOMPARE(verdicts.count(), 2);
        QCOMPARE(engine().record().verdict->winner, QStringLiteral("con"));
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
    }

    void rejudgeRefusesADebateNotOver()
    {
        QVERIFY(engine().start(panelSpec({QStringLiteral("judge-a")}), nullptr, QStringLiteral("debate-1")));
        turn();
        m_chat->answer(0, QStringLiteral("Speech 0."));
        engine().stop();
        DebateRecord saved = engine().record();
        m_engine.reset();
        QString error;
        QVERIFY(!engine().rejudge(saved, &error));
        QVERIFY(error.contains(QStringLiteral("not over")));
        saved.spec.setJudges({});
        m_engine.reset();
        QVERIFY(!engine().rejudge(saved, &error));
        QVERIFY(error.contains(QStringLiteral("no judge")));
        QCOMPARE(m_chat->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJudgePanelEngine)
#include "tst_judgepanelengine.moc"
