// Acceptance: prompt caching on every debate. DebateEngine over the real ChatService and MistralClient against
// the in-process mock server, which reports cached prompt tokens the way the API does (a repeated beginning
// under the same prompt_cache_key).

#include "ChatPipeline.h"
#include "MockMistralServer.h"

#include "debate/DebateEngine.h"
#include "session/AppServices.h"
#include "usage/UsageTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

class TestDebatePromptCache final : public QObject
{
    Q_OBJECT

    ChatPipeline m_pipe;

    static DebateSpec spec()
    {
        DebateSpec s;
        s.motion = QStringLiteral("Cities should ban cars from their centres");
        s.rounds = 1;
        s.maxTokens = 120;
        s.moderatorModel = QStringLiteral("mistral-small-latest");
        s.judgeModel = QStringLiteral("mistral-large-latest");
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                      Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
        return s;
    }

    // The prices of resources/models.json (2026-08-21), written out: input, cached input, output per million.
    static double byHand(const MockMistralServer::AnsweredUsage &u)
    {
        const bool large = u.model == QLatin1String("mistral-large-latest");
        const double in = large ? 0.5 : 0.15;
        const double cachedIn = large ? 0.05 : 0.015;
        const double out = large ? 1.5 : 0.6;
        return (double(u.promptTokens - u.cachedTokens) * in + double(u.cachedTokens) * cachedIn
                + double(u.completionTokens) * out)
            / 1e6;
    }

private slots:
    void init() { QVERIFY(m_pipe.start()); }
    void cleanup() { m_pipe.stop(); }

    void aDebatesCostPricesItsCachedTokensAndEveryRequestCarriesItsKey()
    {
        DebateEngine engine({m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get()});
        QSignalSpy done(&engine, &DebateEngine::finished);
        QVERIFY(engine.start(spec()));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        const DebateRecord &record = engine.record();
        QCOMPARE(record.status, DebateRecord::Status::Finished);
        QVERIFY(record.verdict && record.verdict->valid);

        // The moderator, every speech, the judge (and its repair, if one was needed): all under the debate's id.
        const QList<RecordedRequest> chats = m_pipe.chats();
        QVERIFY(chats.size() >= engine.totalTurns() + 2);
        QVERIFY(!record.id.isEmpty());
        int judged = 0;
        for (const RecordedRequest &r : chats) {
            QCOMPARE(r.promptCacheKey(), record.id);
            judged += r.json.contains(QLatin1String("response_format")) ? 1 : 0;
        }
        QVERIFY(judged >= 1);

        const QList<MockMistralServer::AnsweredUsage> answered = m_pipe.server->answeredUsage();
        QCOMPARE(answered.size(), chats.size());
        double expected = 0;
        double atFullPrice = 0;
        qint64 cached = 0;
        for (const MockMistralServer::AnsweredUsage &u : answered) {
            expected += byHand(u);
            MockMistralServer::AnsweredUsage uncached = u;
            uncached.cachedTokens = 0;
            atFullPrice += byHand(uncached);
            cached += u.cachedTokens;
        }
        // Each debater's later speeches begin with its earlier prompt: the cache had something to serve.
        QVERIFY2(cached > 0, "the mock reported no cached tokens: nothing here would be tested");
        QVERIFY(atFullPrice - expected > 1e-7);
        QVERIFY2(qAbs(record.costUsd - expected) < 1e-12,
                 qPrintable(QStringLiteral("record %1, by hand %2, at full price %3")
                                .arg(record.costUsd, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)
                                .arg(atFullPrice, 0, 'g', 17)));
        double speeches = 0;
        for (const Speech &s : record.speeches)
            speeches += s.costUsd;
        QVERIFY(speeches < record.costUsd); // the judge's share is in the debate's cost, not in a speech

        // The live usage figures agree: billed, cached tokens and what they saved.
        UsageTracker *tracker = m_pipe.services->tracker();
        QTRY_COMPARE_WITH_TIMEOUT(tracker->recordCount(), qint64(chats.size()), 5000);
        QVERIFY(qAbs(tracker->debateCostUsd(record.id) - expected) < 1e-12);
        const UsageStats total = tracker->total();
        QCOMPARE(total.cachedPromptTokens, cached);
        QVERIFY(qAbs(total.promptCacheSavingsUsd - (atFullPrice - expected)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestDebatePromptCache)
#include "tst_debatepromptcache.moc"
