#include "models/ModelCatalog.h"
#include "usage/UsageTracker.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace rostrum;

class TestUsageTracker final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

    static UsageRecord ok(const QString &model, int in, int out, qint64 latency, qint64 ttft = -1)
    {
        UsageRecord r;
        r.model = model;
        r.promptTokens = in;
        r.completionTokens = out;
        r.latencyMs = latency;
        r.ttftMs = ttft;
        r.attempts = 1;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_catalog.loadShipped());
        QVERIFY(m_catalog.mergeJson(R"({"models":[{"id":"unpriced","capabilities":["chat"]}]})", QStringLiteral("t")));
    }

    void percentilesAreNearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("p50");
        QTest::addColumn<qint64>("p95");
        QTest::addColumn<qint64>("p99");
        QTest::newRow("one") << QList<qint64> {7} << qint64(7) << qint64(7) << qint64(7);
        QTest::newRow("two") << QList<qint64> {10, 20} << qint64(10) << qint64(20) << qint64(20);
        QList<qint64> hundred;
        for (int i = 100; i >= 1; --i)
            hundred << i;
        QTest::newRow("1..100 reversed") << hundred << qint64(50) << qint64(95) << qint64(99);
        QTest::newRow("outlier") << QList<qint64> {100, 100, 100, 100, 100, 100, 100, 100, 100, 5000} << qint64(100)
                                 << qint64(5000) << qint64(5000);
    }
    void percentilesAreNearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(qint64, p50);
        QFETCH(qint64, p95);
        QFETCH(qint64, p99);
        UsageTracker t(&m_catalog);
        for (qint64 v : values)
            t.record(ok(QStringLiteral("mistral-small-latest"), 10, 10, v, v / 2));
        const UsageStats s = t.forModel(QStringLiteral("mistral-small-latest"));
        QCOMPARE(s.latency.count, values.size());
        QCOMPARE(s.latency.p50, p50);
        QCOMPARE(s.latency.p95, p95);
        QCOMPARE(s.latency.p99, p99);
        double sum = 0;
        for (qint64 v : values)
            sum += double(v);
        QCOMPARE(s.latency.avg, sum / double(values.size()));
        QCOMPARE(s.ttft.p50, p50 / 2);
    }

    void pricesEachRecordAndSumsPerModelAndDebate()
    {
        UsageTracker t(&m_catalog);
        QSignalSpy cost(&t, &UsageTracker::costChanged);
        QSignalSpy debate(&t, &UsageTracker::debateCostChanged);
        UsageRecord a = ok(QStringLiteral("mistral-large-latest"), 1000, 500, 800);
        a.debateId = QStringLiteral("d1");
        t.record(a);
        t.record(ok(QStringLiteral("mistral-large-2512"), 2000, 0, 900));
        t.record(ok(QStringLiteral("codestral-latest"), 100, 100, 300));
        // The alias and the id are reported apart: `model` is the name the request used.
        QCOMPARE(t.models(),
                 (QStringList {QStringLiteral("codestral-latest"), QStringLiteral("mistral-large-2512"),
                               QStringLiteral("mistral-large-latest")}));
        QVERIFY(
            qFuzzyCompare(t.forModel(QStringLiteral("mistral-large-latest")).costUsd, (1000 * 0.5 + 500 * 1.5) / 1e6));
        QVERIFY(qFuzzyCompare(t.total().costUsd, (1000 * 0.5 + 500 * 1.5 + 2000 * 0.5 + 100 * 0.3 + 100 * 0.9) / 1e6));
        QCOMPARE(t.total().promptTokens, 3100);
        QCOMPARE(cost.size(), 3);
        QVERIFY(qFuzzyCompare(cost.last().first().toDouble(), t.total().costUsd));
        QCOMPARE(debate.size(), 1);
        QVERIFY(qFuzzyCompare(t.debateCostUsd(QStringLiteral("d1")), (1000 * 0.5 + 500 * 1.5) / 1e6));
    }

    void unknownPriceIsUnknownNotFree()
    {
        UsageTracker t(&m_catalog);
        t.record(ok(QStringLiteral("unpriced"), 1000, 1000, 100));
        const UsageStats s = t.forModel(QStringLiteral("unpriced"));
        QCOMPARE(s.unpricedRequests, 1);
        QVERIFY(!s.costKnown());
        QVERIFY(s.toJson().value(QStringLiteral("cost_usd")).isNull());
        t.record(ok(QStringLiteral("mistral-small-latest"), 1000, 0, 100));
        QVERIFY(t.total().costKnown()); // partly known: the known part, and unpriced_requests says the rest
        QCOMPARE(t.total().toJson().value(QStringLiteral("unpriced_requests")).toInt(), 1);
    }

    void everyFailedAttemptCountsByClass()
    {
        UsageTracker t(&m_catalog);
        QSignalSpy errors(&t, &UsageTracker::errorCounted);
        UsageRecord retried = ok(QStringLiteral("mistral-small-latest"), 10, 10, 100);
        retried.attempts = 4;
        retried.waitedMs = 3500;
        retried.attemptErrors = {ErrorClass::RateLimited, ErrorClass::RateLimited, ErrorClass::Server};
        t.record(retried);
        UsageRecord failed;
        failed.model = QStringLiteral("mistral-small-latest");
        failed.attempts = 1;
        failed.finalError = ErrorClass::Auth; // no per-attempt list: the final error counts once
        t.record(failed);
        UsageRecord gaveUp;
        gaveUp.model = QStringLiteral("mistral-small-latest");
        gaveUp.attempts = 2;
        gaveUp.attemptErrors = {ErrorClass::Timeout, ErrorClass::Capacity};
        gaveUp.finalError = ErrorClass::Capacity;
        t.record(gaveUp);

        const UsageStats s = t.forModel(QStringLiteral("mistral-small-latest"));
        QCOMPARE(s.errors.value(QStringLiteral("rate_limited")), 2);
        QCOMPARE(s.errors.value(QStringLiteral("server")), 1);
        QCOMPARE(s.errors.value(QStringLiteral("auth")), 1);
        QCOMPARE(s.errors.value(QStringLiteral("timeout")), 1);
        QCOMPARE(s.errors.value(QStringLiteral("capacity")), 1);
        QCOMPARE(s.errorCount(), 6);
        QCOMPARE(errors.size(), 6);
        QCOMPARE(s.requests, 3);
        QCOMPARE(s.retries, 3 + 0 + 1);
        QCOMPARE(s.waitedMs, 3500);
        // Failed requests have no latency: only the successful one is measured.
        QCOMPARE(s.latency.count, 1);
    }

    void cacheHitsAddToCacheNotToTokensOrCost()
    {
        UsageTracker t(&m_catalog);
        QSignalSpy hits(&t, &UsageTracker::cacheHit);
        UsageRecord miss = ok(QStringLiteral("mistral-small-latest"), 1000, 1000, 100);
        miss.cacheChecked = true;
        t.record(miss);
        UsageRecord hit;
        hit.model = QStringLiteral("mistral-small-latest");
        hit.cached = true;
        hit.cacheChecked = true;
        hit.savedUsd = 0.00075;
        hit.promptTokens = 1000; // even if a caller fills tokens, a hit bills none
        t.record(hit);
        const UsageStats s = t.forModel(QStringLiteral("mistral-small-latest"));
        QCOMPARE(s.requests, 1);
        QCOMPARE(s.promptTokens, 1000);
        QCOMPARE(s.cacheHits, 1);
        QCOMPARE(s.cacheMisses, 1);
        QCOMPARE(s.savingsUsd, 0.00075);
        QVERIFY(qFuzzyCompare(s.costUsd, (1000 * 0.15 + 1000 * 0.6) / 1e6));
        QCOMPARE(hits.size(), 1);
    }

    // The API's prompt cache: cached prompt tokens are billed at the cached-input price (Small 4: 0.15 -> 0.015),
    // their savings are kept, and a response-cache hit neither costs nor saves anything of the kind.
    void cachedPromptTokensArePricedAndTheirSavingsCounted()
    {
        UsageTracker t(&m_catalog);
        QSignalSpy debateCost(&t, &UsageTracker::debateCostChanged);
        UsageRecord a = ok(QStringLiteral("mistral-small-latest"), 10'000, 1'000, 100);
        a.cachedPromptTokens = 8'000;
        a.debateId = QStringLiteral("d1");
        t.record(a);
        UsageRecord hit = ok(QStringLiteral("mistral-small-latest"), 0, 0, 100);
        hit.cached = true;
        hit.cachedPromptTokens = 5'000;
        t.record(hit);
        const double billed = (2'000 * 0.15 + 8'000 * 0.015 + 1'000 * 0.6) / 1e6;
        const UsageStats s = t.forModel(QStringLiteral("mistral-small-latest"));
        QVERIFY(qAbs(s.costUsd - billed) < 1e-15);
        QCOMPARE(s.cachedPromptTokens, 8'000);
        QVERIFY(qAbs(s.promptCacheSavingsUsd - 8'000 * (0.15 - 0.015) / 1e6) < 1e-15);
        QVERIFY(qAbs(t.debateCostUsd(QStringLiteral("d1")) - billed) < 1e-15);
        QCOMPARE(debateCost.size(), 1);
        const QJsonObject json = t.report().toJson();
        const QJsonObject model = json.value(QStringLiteral("models")).toArray().first().toObject();
        QCOMPARE(model.value(QStringLiteral("cached_prompt_tokens")).toInteger(), 8'000);
        QVERIFY(qAbs(model.value(QStringLiteral("prompt_cache_savings_usd")).toDouble() - 8'000 * 0.135 / 1e6) < 1e-15);
        QVERIFY(qAbs(model.value(QStringLiteral("cost_usd")).toDouble() - billed) < 1e-15);
    }

    void batchAnswersArePricedAtTheBatchPrice()
    {
        UsageTracker t(&m_catalog);
        UsageRecord live = ok(QStringLiteral("mistral-small-latest"), 10'000, 1'000, 100);
        UsageRecord batch = live;
        batch.batch = true;
        batch.debateId = QStringLiteral("b");
        live.debateId = QStringLiteral("l");
        t.record(live);
        t.record(batch);
        const double liveUsd = (10'000 * 0.15 + 1'000 * 0.6) / 1e6;
        QVERIFY(qAbs(t.debateCostUsd(QStringLiteral("l")) - liveUsd) < 1e-15);
        QVERIFY(qAbs(t.debateCostUsd(QStringLiteral("b")) - liveUsd / 2) < 1e-15);
    }

    void functionCallsAndThroughput()
    {
        UsageTracker t(&m_catalog);
        UsageRecord a = ok(QStringLiteral("mistral-large-latest"), 10, 10, 100);
        a.functionCallsMade = 3;
        a.functionCallsSucceeded = 2;
        a.tokensPerSecond = 40.0;
        UsageRecord b = ok(QStringLiteral("mistral-large-latest"), 10, 10, 100);
        b.tokensPerSecond = 60.0;
        t.record(a);
        t.record(b);
        const QJsonObject j = t.forModel(QStringLiteral("mistral-large-latest")).toJson();
        QCOMPARE(j.value(QStringLiteral("function_calls")).toObject().value(QStringLiteral("called")).toInt(), 3);
        QCOMPARE(j.value(QStringLiteral("function_calls")).toObject().value(QStringLiteral("succeeded")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("tokens_per_second")).toDouble(), 50.0);
        for (const char *key : {"model", "requests", "prompt_tokens", "completion_tokens", "cost_usd", "latency_ms",
                                "ttft_ms", "errors", "retries", "waited_ms", "cache", "function_calls"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QVERIFY(j.value(QStringLiteral("latency_ms")).toObject().contains(QStringLiteral("p99")));
        t.reset();
        QCOMPARE(t.recordCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsageTracker)
#include "tst_usagetracker.moc"
