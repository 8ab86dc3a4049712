// DebateEngine with a panel of judges, on a ManualClock with a scripted ChatBackend: each judge asked in turn in
// the order of sides the debate gives it, the order swap, the majority, and judging a saved debate again.

#include "MemoryDebateStore.h"
#include "ScriptedChatBackend.h"

#include "clock/ManualClock.h"
#include "debate/DebateEngine.h"

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
} // namespace

class TestJudgePanelEngine final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedChatBackend> m_chat;
    std::unique_ptr<MemoryDebateStore> m_store;
    std::unique_ptr<DebateEngine> m_engine;

    DebateEngine &engine()
    {
        if (!m_engine)
            m_engine = std::make_unique<DebateEngine>(
                DebateEngine::Services {m_chat.get(), m_clock.get(), nullptr, nullptr, m_store.get()});
        return *m_engine;
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
