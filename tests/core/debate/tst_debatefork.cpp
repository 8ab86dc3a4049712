// DebateFork and DebateEngine::startFork on a ManualClock with a scripted ChatBackend: what a fork shares, what
// its first request hears, which model it asks, and what it costs.

#include "ScriptedChatBackend.h"

#include "clock/ManualClock.h"
#include "debate/DebateEngine.h"
#include "debate/DebateFork.h"
#include "debate/DebatePersistence.h"
#include "models/ModelCatalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
class MemoryStore final : public DebatePersistence
{
public:
    void saveDebate(const DebateRecord &d) override { debate = d; }
    void saveSpeech(const QString &, const Speech &s) override { speeches[s.index] = s; }
    DebateRecord debate;
    QHash<int, Speech> speeches;
};

Speech entry(int index, int turn, int debater, const QString &side, const QString &text)
{
    Speech s;
    s.index = index;
    s.turn = turn;
    s.debater = debater;
    s.side = side;
    s.role = turn < 0 ? QStringLiteral("interjection")
        : turn < 2    ? QStringLiteral("opening")
                      : QStringLiteral("closing");
    s.model = turn < 0 ? QString() : QStringLiteral("mistral-small-latest");
    s.text = text;
    s.status = Speech::Status::Finished;
    s.costUsd = turn < 0 ? 0 : 0.25;
    return s;
}

// A finished classic debate (no rebuttal rounds): pro opens, con opens, an audience question, con closes, pro
// closes. 1.00 USD spent.
DebateRecord parentDebate()
{
    DebateRecord r;
    r.id = QStringLiteral("parent-1");
    r.spec.motion = QStringLiteral("Homework should be abolished");
    r.spec.rounds = 0;
    r.spec.maxTokens = 100;
    r.spec.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                       Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
    r.status = DebateRecord::Status::Finished;
    r.costUsd = 1.0;
    r.voteBefore = AudienceVote {10, 20, 5};
    r.voteAfter = AudienceVote {15, 15, 5};
    r.speeches = {entry(0, 0, 0, QStringLiteral("pro"), QStringLiteral("Homework is busywork.")),
                  entry(1, 1, 1, QStringLiteral("con"), QStringLiteral("Practice is how skills grow.")),
                  entry(2, -1, -1, QStringLiteral("audience"), QStringLiteral("What about exam weeks?")),
                  entry(3, 2, 1, QStringLiteral("con"), QStringLiteral("Exam weeks prove my point.")),
                  entry(4, 3, 0, QStringLiteral("pro"), QStringLiteral("Rest beats cramming."))};
    return r;
}
} // namespace

class TestDebateFork final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedChatBackend> m_chat;
    std::unique_ptr<MemoryStore> m_store;
    std::unique_ptr<DebateEngine> m_engine;

    DebateEngine &engine()
    {
        if (!m_engine)
            m_engine = std::make_unique<DebateEngine>(
                DebateEngine::Services {m_chat.get(), m_clock.get(), &m_catalog, nullptr, m_store.get()});
        return *m_engine;
    }
    void turn() { m_clock->advance(0); }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }
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

    // "Up to that point" includes the entry chosen, and the interjection before the next speech does not come
    // along when the fork point is before it.
    void sharesTheEntriesUpToAndIncludingTheOneChosen()
    {
        const DebateRecord parent = parentDebate();
        QCOMPARE(DebateFork::sharedCount(parent, 1), 2);
        QCOMPARE(DebateFork::sharedCount(parent, 2), 3); // an interjection is a fork point too
        QCOMPARE(DebateFork::sharedCount(parent, 5), -1);
        QCOMPARE(DebateFork::sharedCount(parent, -1), -1);
        DebateRecord cut = parent;
        cut.speeches[3].status = Speech::Status::Interrupted;
        QCOMPARE(DebateFork::sharedCount(cut, 3), -1);

        QCOMPARE(DebateFork::nextSpeakers(parent, 0), (QList<int> {1, 0})); // con opens next, then pro
        QCOMPARE(DebateFork::nextSpeakers(parent, 2), (QList<int> {1, 0}));
        QCOMPARE(DebateFork::nextSpeakers(parent, 3), (QList<int> {0}));
        QCOMPARE(DebateFork::nextSpeakers(parent, 4), QList<int> {});

        QString error;
        QList<Debater> swapped = parent.spec.debaters;
        swapped[0].side = QStringLiteral("con");
        QVERIFY(!DebateFork::make(parent, 1, swapped, &error));
        QVERIFY(error.contains(QStringLiteral("sides")));
        QVERIFY(!DebateFork::make(parent, 9, parent.spec.debaters, &error));
        QVERIFY(error.contains(QStringLiteral("10")));
    }

    // The fork's first request hears exactly the parent's entries [0, 2] — the same messages a debate cut there
    // would send — and goes to the changed model with the changed persona; the parent's later speeches are not in
    // it, and the shared ones are not asked again.
    void firstRequestHearsTheSharedSpeechesAndUsesTheChangedModel()
    {
        const DebateRecord parent = parentDebate();
        QList<Debater> changed = parent.spec.debaters;
        changed[1].model = QStringLiteral("mistral-large-latest");
        changed[1].persona = QStringLiteral("a retired teacher");
        QString error;
        QVERIFY2(engine().startFork(parent, 2, changed, &error, QStringLiteral("fork-1")), qPrintable(error));
        QCOMPARE(engine().record().forkOf, parent.id);
        QCOMPARE(engine().record().forkAt, 3);
        QCOMPARE(engine().record().speeches, parent.speeches.first(3));
        QCOMPARE(engine().nextTurn(), 2);
        turn();
        QCOMPARE(m_chat->count(), 1);
        const ChatRequest &forked = m_chat->call(0).request;
        QCOMPARE(forked.model, QStringLiteral("mistral-large-latest"));
        QString all;
        for (const ChatMessage &m : forked.messages)
            all += m.content + QLatin1Char('\n');
        for (int i = 0; i < 3; ++i)
            QVERIFY2(all.contains(parent.speeches.at(i).text), qPrintable(parent.speeches.at(i).text));
        QVERIFY(all.contains(QStringLiteral("a retired teacher")));
        QVERIFY(!all.contains(parent.speeches.at(3).text));
        QVERIFY(!all.contains(parent.speeches.at(4).text));

        // The same messages as the parent cut after entry 2 and resumed with the same debaters.
        DebateRecord cut = parent;
        cut.id = QStringLiteral("cut");
        cut.spec.debaters = changed;
        cut.speeches = parent.speeches.first(3);
        cut.status = DebateRecord::Status::Interrupted;
        ManualClock clock;
        ScriptedChatBackend chat;
        DebateEngine reference(DebateEngine::Services {&chat, &clock, &m_catalog, nullptr, nullptr});
        QVERIFY(reference.resume(cut));
        clock.advance(0);
        QCOMPARE(chat.count(), 1);
        QCOMPARE(forked.messages.size(), chat.call(0).request.messages.size());
        for (int i = 0; i < forked.messages.size(); ++i) {
            QCOMPARE(forked.messages.at(i).role, chat.call(0).request.messages.at(i).role);
            QCOMPARE(forked.messages.at(i).content, chat.call(0).request.messages.at(i).content);
        }
    }

    // The fork pays only for what it asks: the shared speeches keep their cost, the fork's total starts at 0, and
    // the parent's total is untouched. The shared entries are saved with the fork, and its closing vote is its own.
    void forkCostExcludesTheSharedSpeeches()
    {
        const DebateRecord parent = parentDebate();
        QVERIFY(engine().startFork(parent, 1, parent.spec.debaters));
        QCOMPARE(engine().record().costUsd, 0.0);
        QCOMPARE(m_store->speeches.size(), 2);
        QCOMPARE(m_store->speeches.value(1).text, parent.speeches.at(1).text);
        QCOMPARE(m_store->speeches.value(1).costUsd, 0.25);
        QCOMPARE(engine().record().voteBefore, parent.voteBefore);
        QVERIFY(!engine().record().voteAfter);
        turn();
        QCOMPARE(m_chat->count(), 1);
        m_chat->answer(0, QStringLiteral("Exams need practice."));
        const Speech &own = engine().record().speeches.at(2);
        QCOMPARE(own.status, Speech::Status::Finished);
        QVERIFY(own.costUsd > 0);
        QCOMPARE(engine().record().costUsd, own.costUsd);
        QCOMPARE(m_store->debate.costUsd, own.costUsd);
        QCOMPARE(m_store->debate.forkOf, parent.id);
        QCOMPARE(parent.costUsd, 1.0);
    }

    void jsonRoundTripKeepsTheForkLink()
    {
        DebateRecord fork = parentDebate();
        fork.id = QStringLiteral("fork-2");
        fork.forkOf = QStringLiteral("parent-1");
        fork.forkAt = 3;
        const QJsonObject o = fork.toJson();
        QCOMPARE(o.value(QLatin1String("fork_of")).toString(), QStringLiteral("parent-1"));
        QCOMPARE(o.value(QLatin1String("fork_at")).toInt(), 3);
        const DebateRecord back = DebateRecord::fromJson(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
        QCOMPARE(back.forkOf, fork.forkOf);
        QCOMPARE(back.forkAt, 3);
        QCOMPARE(back.speeches, fork.speeches);

        // A debate of its own says nothing about forks.
        const QJsonObject plain = parentDebate().toJson();
        QVERIFY(!plain.contains(QLatin1String("fork_of")));
        QVERIFY(!plain.contains(QLatin1String("fork_at")));
        QCOMPARE(DebateRecord::fromJson(plain).forkAt, 0);
    }
};

QTEST_GUILESS_MAIN(TestDebateFork)
#include "tst_debatefork.moc"
