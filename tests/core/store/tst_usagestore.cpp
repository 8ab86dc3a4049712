#include "models/ModelCatalog.h"
#include "store/Database.h"
#include "store/UsageStore.h"
#include "usage/UsageTracker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;

class TestUsageStore final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

    QList<UsageRecord> sample(int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QStringList models = {QStringLiteral("mistral-small-latest"), QStringLiteral("mistral-large-latest"),
                                    QStringLiteral("codestral-latest"), QStringLiteral("mistral-large-2512")};
        const QList<ErrorClass> classes = {ErrorClass::RateLimited, ErrorClass::Capacity, ErrorClass::Server,
                                           ErrorClass::Network, ErrorClass::Timeout};
        QList<UsageRecord> out;
        UsageTracker pricer(&m_catalog);
        for (int i = 0; i < n; ++i) {
            UsageRecord r;
            r.requestId = QStringLiteral("r%1").arg(i);
            r.model = models.at(int(rng.bounded(models.size())));
            r.startedAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            r.cacheChecked = rng.bounded(2) == 0;
            r.cached = r.cacheChecked && rng.bounded(4) == 0;
            if (r.cached) {
                r.savedUsd = 0.001;
            } else {
                r.attempts = 1 + int(rng.bounded(3));
                for (int a = 1; a < r.attempts; ++a)
                    r.attemptErrors << classes.at(int(rng.bounded(classes.size())));
                r.waitedMs = (r.attempts - 1) * 1000;
                if (rng.bounded(10) == 0) {
                    r.finalError = ErrorClass::Server;
                    r.attemptErrors << ErrorClass::Server;
                } else {
                    r.promptTokens = int(rng.bounded(5000));
                    r.completionTokens = int(rng.bounded(2000));
                    // Half the requests found part of their prompt in the API's prompt cache.
                    r.cachedPromptTokens = rng.bounded(2) == 0 ? int(rng.bounded(quint32(r.promptTokens + 1))) : 0;
                    r.latencyMs = 100 + rng.bounded(3000);
                    r.ttftMs = 50 + rng.bounded(500);
                    r.tokensPerSecond = 20 + rng.bounded(60);
                }
                r.functionCallsMade = int(rng.bounded(3));
                r.functionCallsSucceeded = r.functionCallsMade > 0 ? r.functionCallsMade - 1 : 0;
            }
            pricer.price(r);
            out << r;
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void sqlAggregationMatchesTheLiveTracker()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        UsageStore store(&db);
        UsageTracker live(&m_catalog);
        const QList<UsageRecord> records = sample(2000, 7);
        for (const UsageRecord &r : records) {
            store.record(r);
            live.record(r);
        }
        db.flush();
        const UsageReport fromSql = UsageStore::aggregate(db.connection());
        const UsageReport fromLive = live.report();
        QCOMPARE(fromSql.models.size(), fromLive.models.size());
        for (int i = 0; i < fromSql.models.size(); ++i) {
            const UsageStats &a = fromSql.models.at(i);
            const UsageStats &b = fromLive.models.at(i);
            QCOMPARE(a.model, b.model);
            QCOMPARE(a.requests, b.requests);
            QCOMPARE(a.promptTokens, b.promptTokens);
            QCOMPARE(a.completionTokens, b.completionTokens);
            QVERIFY(qAbs(a.costUsd - b.costUsd) < 1e-9);
            QCOMPARE(a.errors, b.errors);
            QCOMPARE(a.retries, b.retries);
            QCOMPARE(a.waitedMs, b.waitedMs);
            QCOMPARE(a.cacheHits, b.cacheHits);
            QCOMPARE(a.cacheMisses, b.cacheMisses);
            QVERIFY(qAbs(a.savingsUsd - b.savingsUsd) < 1e-9);
            QCOMPARE(a.cachedPromptTokens, b.cachedPromptTokens);
            QVERIFY(a.cachedPromptTokens > 0);
            QVERIFY(qAbs(a.promptCacheSavingsUsd - b.promptCacheSavingsUsd) < 1e-9);
            QVERIFY(a.promptCacheSavingsUsd > 0);
            QCOMPARE(a.functionCalls, b.functionCalls);
            QCOMPARE(a.functionCallsSucceeded, b.functionCallsSucceeded);
            QCOMPARE(a.latency.count, b.latency.count);
            QCOMPARE(a.latency.p50, b.latency.p50);
            QCOMPARE(a.latency.p95, b.latency.p95);
            QCOMPARE(a.latency.p99, b.latency.p99);
            QVERIFY(qAbs(a.latency.avg - b.latency.avg) < 1e-6);
            QCOMPARE(a.ttft.p95, b.ttft.p95);
            QVERIFY(qAbs(a.tokensPerSecond - b.tokensPerSecond) < 1e-6);
        }
        QCOMPARE(fromSql.total.requests, fromLive.total.requests);
        QCOMPARE(fromSql.total.latency.p95, fromLive.total.latency.p95);
        QCOMPARE(fromSql.total.errors, fromLive.total.errors);
        QCOMPARE(fromSql.total.cachedPromptTokens, fromLive.total.cachedPromptTokens);
        QVERIFY(qAbs(fromSql.total.promptCacheSavingsUsd - fromLive.total.promptCacheSavingsUsd) < 1e-9);
        const QJsonObject json = fromSql.models.first().toJson();
        QCOMPARE(json.value(QStringLiteral("cached_prompt_tokens")).toInteger(), fromSql.models.first().cachedPromptTokens);
        QCOMPARE(json.value(QStringLiteral("prompt_cache_savings_usd")).toDouble(),
                 fromSql.models.first().promptCacheSavingsUsd);
    }

    // Billed: uncached prompt tokens at the input price, cached ones at the cached-input price, the completion at
    // the output price; saved: the cached tokens at the difference. Both from the table, by hand.
    void costIsTokensTimesTableForEveryModelUsed()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        UsageStore store(&db);
        const QList<UsageRecord> records = sample(500, 11);
        for (const UsageRecord &r : records)
            store.record(r);
        db.flush();
        const UsageReport report = UsageStore::aggregate(db.connection());
        QCOMPARE(report.models.size(), 4);
        for (const UsageStats &s : report.models) {
            const ModelInfo *m = m_catalog.find(s.model);
            QVERIFY(m);
            const double cachedPrice = *m->inputUsdPerMTok * 0.1;
            const double expected =
                (double(s.promptTokens - s.cachedPromptTokens) * *m->inputUsdPerMTok
                 + double(s.cachedPromptTokens) * cachedPrice + double(s.completionTokens) * *m->outputUsdPerMTok)
                / 1e6;
            QVERIFY2(qAbs(s.costUsd - expected) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(s.model).arg(s.costUsd).arg(expected)));
            const double saved = double(s.cachedPromptTokens) * (*m->inputUsdPerMTok - cachedPrice) / 1e6;
            QVERIFY(qAbs(s.promptCacheSavingsUsd - saved) < 1e-9);
        }
    }

    void sinceFiltersAndErrorsCountEveryAttempt()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        UsageStore store(&db);
        UsageRecord old;
        old.model = QStringLiteral("mistral-small-latest");
        old.startedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        old.attempts = 1;
        old.promptTokens = 100;
        store.record(old);
        UsageRecord recent = old;
        recent.startedAt = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
        recent.attempts = 3;
        recent.attemptErrors = {ErrorClass::RateLimited, ErrorClass::RateLimited};
        recent.waitedMs = 2500;
        store.record(recent);
        db.flush();
        const UsageReport all = UsageStore::aggregate(db.connection());
        QCOMPARE(all.total.requests, 2);
        const UsageReport since =
            UsageStore::aggregate(db.connection(), QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC));
        QCOMPARE(since.total.requests, 1);
        QCOMPARE(since.models.size(), 1);
        QCOMPARE(since.models.first().errors.value(QStringLiteral("rate_limited")), 2);
        QCOMPARE(since.models.first().retries, 2);
        QCOMPARE(since.models.first().waitedMs, 2500);
        QCOMPARE(since.models.first().latency.count, 0);
        QVERIFY(since.models.first()
                    .toJson()
                    .value(QStringLiteral("latency_ms"))
                    .toObject()
                    .value(QStringLiteral("p50"))
                    .isNull());
    }

    void emptyDatabaseGivesAnEmptyReport()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        const UsageReport r = UsageStore::aggregate(db.connection());
        QVERIFY(r.models.isEmpty());
        QCOMPARE(r.total.requests, 0);
        QCOMPARE(r.toJson().value(QStringLiteral("total")).toObject().value(QStringLiteral("cost_usd")).toDouble(),
                 0.0);
    }

    void asyncAggregationDeliversOnTheOwnerThread()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))));
        UsageStore store(&db);
        UsageRecord r;
        r.model = QStringLiteral("codestral-latest");
        r.attempts = 1;
        r.promptTokens = 10;
        store.record(r);
        qint64 requests = -1;
        QThread *where = nullptr;
        store.aggregateAsync({}, this, [&](const UsageReport &rep) {
            requests = rep.total.requests;
            where = QThread::currentThread();
        });
        QTRY_COMPARE(requests, 1);
        QCOMPARE(where, QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestUsageStore)
#include "tst_usagestore.moc"
