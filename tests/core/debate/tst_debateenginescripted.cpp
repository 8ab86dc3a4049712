// DebateEngine on a ManualClock with a scripted ChatBackend: no sockets, no scheduler. Each test answers the
// engine's requests by hand and checks what it asked, what it saved and which states it went through.

#include "MemoryDebateStore.h"
#include "ScriptedChatBackend.h"

#include "clock/ManualClock.h"
#include "debate/DebateEngine.h"
#include "debate/DebatePersistence.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
using MemoryStore = MemoryDebateStore;

DebateSpec baseSpec()
{
    DebateSpec s;
    s.motion = QStringLiteral("Homework should be abolished");
    s.rounds = 0; // classic: opening pro, opening con, closing con, closing pro
    s.maxTokens = 100;
    s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                  Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
    return s;
}

bool anyMessageContains(const ChatRequest &r, const QString &text)
{
    for (const ChatMessage &m : r.messages) {
        if (m.content.contains(text))
            return true;
    }
    return false;
}

ToolCall citeCall(const QString &id, int start, int end)
{
    ToolCall t;
    t.id = id;
    t.name = QStringLiteral("cite_lines");
    t.arguments = QStringLiteral(R"({"start":%1,"end":%2})").arg(start).arg(end);
    return t;
}

const QString kValidVerdict = QStringLiteral(
    R"({"winner":"pro","scores":[{"criterion":"evidence","pro":7,"con":4}],"reasons":"Better sourced.","margin":3})");
} // namespace

class TestDebateEngineScripted final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedChatBackend> m_chat;
    std::unique_ptr<MemoryStore> m_store;
    std::unique_ptr<DebateEngine> m_engine;

    DebateEngine &engine()
    {
        if (!m_engine)
            m_engine = std::make_unique<DebateEngine>(
                DebateEngine::Services {m_chat.get(), m_clock.get(), nullptr, nullptr, m_store.get()});
        return *m_engine;
    }
    // Runs what the engine queued on the clock (its next step).
    void turn() { m_clock->advance(0); }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_chat = std::make_unique<ScriptedChatBackend>();
        m_store = std::make_unique<MemoryStore>();
    }
    void cleanup()
    {
        m_engine.reset();
        m_chat.reset();
        m_store.reset();
        m_clock.reset();
    }

    // A human debater's turn waits for their words; they are kept as typed, saved, heard by the next speaker.
    void humanTurnWaitsForTheSpeechAndTheNextSpeakerHearsIt()
    {
        DebateSpec s = baseSpec();
        s.debaters[0].human = true;
        s.debaters[0].model.clear();
        QSignalSpy human(&engine(), &DebateEngine::humanTurn);
        QVERIFY(!engine().submitHumanSpeech(QStringLiteral("too early"))); // not started
        QVERIFY(engine().start(s));
        turn();
        QCOMPARE(engine().state(), DebateEngine::State::WaitingForHuman);
        QCOMPARE(human.count(), 1);
        QCOMPARE(human.first().at(0).toInt(), 0);
        QCOMPARE(human.first().at(1).toString(), QStringLiteral("pro"));
        QCOMPARE(m_chat->count(), 0); // nothing is asked of a model for a human turn
        QVERIFY(!engine().submitHumanSpeech(QStringLiteral("   ")));

        QVERIFY(engine().submitHumanSpeech(QStringLiteral("  Homework steals childhood.  ")));
        QCOMPARE(engine().state(), DebateEngine::State::Running);
        const Speech &first = engine().record().speeches.first();
        QVERIFY(first.human);
        QCOMPARE(first.text, QStringLiteral("Homework steals childhood."));
        QCOMPARE(first.status, Speech::Status::Finished);
        QCOMPARE(m_store->speeches.value(0).text, first.text);

        turn();
        QCOMPARE(m_chat->count(), 1);
        QCOMPARE(m_chat->call(0).request.model, QStringLiteral("mistral-small-latest"));
        QVERIFY(anyMessageContains(m_chat->call(0).request, QStringLiteral("Homework steals childhood.")));
        QCOMPARE(engine().record().speeches.at(1).side, QStringLiteral("con"));
    }

    // The moderator introduces the debate first (its own short request, high priority); debaters hear it.
    void moderatorSpeaksFirstAndIsHeard()
    {
        DebateSpec s = baseSpec();
        s.moderatorModel = QStringLiteral("mistral-medium-latest");
        QSignalSpy deltas(&engine(), &DebateEngine::speechDelta);
        QVERIFY(engine().start(s));
        turn();
        QCOMPARE(m_chat->count(), 1);
        const ScriptedChatBackend::Call &intro = m_chat->call(0);
        QCOMPARE(intro.request.model, QStringLiteral("mistral-medium-latest"));
        QCOMPARE(intro.request.maxTokens.value_or(0), 300);
        QCOMPARE(intro.options.priority, RequestScheduler::Priority::High);
        QCOMPARE(engine().record().speeches.first().role, QStringLiteral("moderator"));
        QCOMPARE(engine().record().speeches.first().status, Speech::Status::Streaming);

        m_chat->stream(0, QStringLiteral("Welcome, "));
        QCOMPARE(deltas.count(), 1);
        QCOMPARE(engine().record().speeches.first().text, QStringLiteral("Welcome, "));
        m_chat->answer(0, QStringLiteral("Welcome, everyone, to tonight's debate."));
        QCOMPARE(engine().record().speeches.first().status, Speech::Status::Finished);
        QCOMPARE(m_store->speeches.value(0).text, QStringLiteral("Welcome, everyone, to tonight's debate."));

        turn();
        QCOMPARE(m_chat->count(), 2);
        QCOMPARE(m_chat->call(1).request.model, QStringLiteral("mistral-small-latest"));
        QCOMPARE(m_chat->call(1).options.priority, RequestScheduler::Priority::Normal);
        QVERIFY(anyMessageContains(m_chat->call(1).request, QStringLiteral("tonight's debate")));
        QCOMPARE(engine().record().speeches.at(1).side, QStringLiteral("pro"));
    }

    // Resume: finished speeches are never asked again; a speech cut mid-stream is continued with a prefix
    // request and the answer's repeat of the prefix is not doubled.
    void resumeContinuesACutSpeechWithAPrefixRequest()
    {
        DebateRecord saved;
        saved.id = QStringLiteral("saved-1");
        saved.spec = baseSpec();
        saved.status = DebateRecord::Status::Interrupted;
        Speech opening;
        opening.index = 0;
        opening.turn = 0;
        opening.debater = 0;
        opening.side = QStringLiteral("pro");
        opening.role = QStringLiteral("opening");
        opening.text = QStringLiteral("Homework is busywork.");
        opening.status = Speech::Status::Finished;
        Speech cut = opening;
        cut.index = 1;
        cut.turn = 1;
        cut.debater = 1;
        cut.side = QStringLiteral("con");
        cut.text = QStringLiteral("Practice is how skills");
        cut.status = Speech::Status::Streaming; // the process died while it streamed
        saved.speeches = {opening, cut};

        QSignalSpy states(&engine(), &DebateEngine::stateChanged);
        QVERIFY(engine().resume(saved));
        QCOMPARE(engine().nextTurn(), 1);
        QCOMPARE(engine().record().speeches.at(1).status, Speech::Status::Interrupted);
        turn();
        QCOMPARE(m_chat->count(), 1);
        const ChatRequest &r = m_chat->call(0).request;
        QVERIFY(r.messages.last().prefix);
        QCOMPARE(r.messages.last().content, QStringLiteral("Practice is how skills"));
        QVERIFY(anyMessageContains(r, QStringLiteral("Homework is busywork.")));
        QCOMPARE(engine().record().speeches.at(1).status, Speech::Status::Streaming);

        // The API answers with the prefix repeated, then the rest; deltas repeating it are held back.
        m_chat->stream(0, QStringLiteral("Practice is how skills"));
        QCOMPARE(engine().record().speeches.at(1).text, QStringLiteral("Practice is how skills"));
        m_chat->answer(0, QStringLiteral("Practice is how skills grow."));
        QCOMPARE(engine().record().speeches.size(), 2);
        QCOMPARE(engine().record().speeches.at(1).text, QStringLiteral("Practice is how skills grow."));
        QCOMPARE(engine().record().speeches.at(1).status, Speech::Status::Finished);
        QCOMPARE(m_store->speeches.value(1).text, QStringLiteral("Practice is how skills grow."));

        turn();
        QCOMPARE(m_chat->count(), 2); // on to turn 2: no request repeated the finished opening
        QVERIFY(!m_chat->call(1).request.messages.last().prefix);
        QCOMPARE(engine().record().speeches.at(2).turn, 2);
        QCOMPARE(states.first().at(0).value<DebateEngine::State>(), DebateEngine::State::Running);
    }

    // An invalid verdict gets exactly one repair request showing the bad answer and what was wrong.
    void invalidVerdictGetsOneRepairRequest()
    {
        DebateSpec s = baseSpec();
        s.judgeModel = QStringLiteral("mistral-large-latest");
        QSignalSpy verdicts(&engine(), &DebateEngine::verdictReady);
        QVERIFY(engine().start(s));
        for (int i = 0; i < 4; ++i) {
            turn();
            QCOMPARE(m_chat->count(), i + 1);
            m_chat->answer(i, QStringLiteral("Speech %1.").arg(i));
        }
        turn();
        QCOMPARE(engine().state(), DebateEngine::State::Judging);
        QCOMPARE(m_chat->count(), 5);
        QCOMPARE(m_chat->call(4).request.model, QStringLiteral("mistral-large-latest"));
        QCOMPARE(m_chat->call(4).request.temperature.value_or(-1), 0.0);
        QCOMPARE(m_chat->call(4).options.purpose, QStringLiteral("judge"));
        m_chat->answer(4, QStringLiteral("Pro wins, obviously."));
        QCOMPARE(verdicts.count(), 0);
        QCOMPARE(m_chat->count(), 6); // the repair goes at once
        QCOMPARE(m_chat->messageText(5, -2), QStringLiteral("Pro wins, obviously."));
        QCOMPARE(m_chat->call(5).request.messages.last().role, ChatMessage::Role::User);
        QVERIFY(m_chat->messageText(5, -1).contains(QStringLiteral("not valid")));
        QVERIFY(!m_chat->call(5).options.allowCache);

        m_chat->answer(5, kValidVerdict);
        QCOMPARE(verdicts.count(), 1);
        QVERIFY(engine().record().verdict->valid);
        QVERIFY(engine().record().verdict->repaired);
        QCOMPARE(engine().record().verdict->winner, QStringLiteral("pro"));
        QCOMPARE(engine().state(), DebateEngine::State::Finished);
        QCOMPARE(m_store->debate.status, DebateRecord::Status::Finished);
        turn();
        QCOMPARE(m_chat->count(), 6);
    }

    // cite_lines: each call is checked and answered, the speech goes on after it, at most two rounds.
    void citeLinesCallsAreAnsweredForAtMostTwoRounds()
    {
        DebateSpec s = baseSpec();
        s.format = QStringLiteral("code-review");
        s.code.text = QStringLiteral("int main() {\n  return 0;\n}\n");
        s.code.fileName = QStringLiteral("a.cpp");
        QVERIFY(engine().start(s));
        turn();
        QCOMPARE(m_chat->count(), 1);
        QCOMPARE(m_chat->call(0).request.tools.size(), 1);
        QCOMPARE(m_chat->call(0).request.tools.first().name, QStringLiteral("cite_lines"));

        m_chat->answer(0, QStringLiteral("Look at the return."),
                       {citeCall(QStringLiteral("c1"), 2, 2), citeCall(QStringLiteral("c2"), 40, 42)});
        QCOMPARE(m_chat->count(), 2); // the follow-up goes at once, within the same speech
        const QList<ChatMessage> &follow = m_chat->call(1).request.messages;
        QCOMPARE(follow.at(follow.size() - 3).role, ChatMessage::Role::Assistant);
        QCOMPARE(follow.at(follow.size() - 3).toolCalls.size(), 2);
        QCOMPARE(follow.at(follow.size() - 2).role, ChatMessage::Role::Tool);
        QVERIFY(follow.at(follow.size() - 2).content.contains(QStringLiteral("\"verified\":true")));
        QVERIFY(follow.last().content.contains(QStringLiteral("\"verified\":false")));
        QVERIFY(!m_chat->call(1).options.allowCache);
        QCOMPARE(engine().record().speeches.first().status, Speech::Status::Streaming);

        m_chat->answer(1, QStringLiteral("And again."), {citeCall(QStringLiteral("c3"), 1, 1)});
        QCOMPARE(m_chat->count(), 3);
        // A third round is not granted: the answer ends the speech as it is.
        m_chat->answer(2, QStringLiteral("L3 closes it."), {citeCall(QStringLiteral("c4"), 3, 3)});
        const Speech &first = engine().record().speeches.first();
        QCOMPARE(first.status, Speech::Status::Finished);
        QCOMPARE(first.text, QStringLiteral("Look at the return.\nAnd again.\nL3 closes it."));
        QCOMPARE(first.citations.size(), 4); // L2, L40-L42, L1 from the tool; L3 from the text
        QVERIFY(first.citations.at(0).verified);
        QVERIFY(!first.citations.at(1).verified);
        QCOMPARE(first.citations.at(3).source, QStringLiteral("text"));
        QCOMPARE(m_store->speeches.value(0).citations.size(), 4);
        turn();
        QCOMPARE(m_chat->count(), 4);
        QCOMPARE(engine().record().speeches.at(1).turn, 1);
    }
};

QTEST_GUILESS_MAIN(TestDebateEngineScripted)
#include "tst_debateenginescripted.moc"
