#include "clock/ManualClock.h"
#include "store/DashboardLoader.h"
#include "store/DashboardQuery.h"
#include "store/Database.h"
#include "store/UsageStore.h"
#include "usage/DashboardData.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rostrum;

namespace {

// Stores the records through the database's writer and waits until they are written.
void storeRecords(Database &db, const QList<UsageRecord> &records)
{
    db.write([records](QSqlDatabase &c) {
        for (const UsageRecord &r : records) {
            if (!UsageStore::insert(c, r))
                return false;
        }
        return true;
    });
    db.flush();
}

const QString kSmall = QStringLiteral("mistral-small-latest");
const QString kLarge = QStringLiteral("mistral-large-latest");
const QString kCode = QStringLiteral("codestral-latest");
const QString kDebate = QStringLiteral("debate-1");
// Noon UTC: every "today" record below is on the same UTC day (the test runs with TZ=UTC).
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

UsageRecord rec(const QString &model, qint64 minutesAgo, qint64 latency, qint64 ttft, double cost)
{
    UsageRecord r;
    static int serial = 0;
    r.requestId = QStringLiteral("req-%1").arg(++serial);
    r.model = model;
    r.purpose = QStringLiteral("speech");
    r.startedAt = kNow.addSecs(-minutesAgo * 60);
    r.promptTokens = 1000;
    r.completionTokens = 200;
    r.costUsd = cost;
    r.latencyMs = latency;
    r.ttftMs = ttft;
    r.tokensPerSecond = 50;
    r.attempts = 1;
    return r;
}

} // namespace

// The dashboard's numbers on a prepared database: the SQL path (what the app shows) checked against
// hand-computed figures and against DashboardData::fromRecords on the same requests.
class TestDashboardData final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<UsageRecord> m_records;

    static DashboardFilter filterFor(DashboardRange range)
    {
        DashboardFilter f;
        f.range = range;
        f.debateId = kDebate;
        f.now = kNow;
        return f;
    }

    DashboardData loadSql(const DashboardFilter &f)
    {
        QSqlDatabase c = m_db->connection();
        return DashboardQuery::load(c, f);
    }

    // Every model's figures and the total, in the same order.
    static void compareModelsAndTotal(const DashboardData &a, const DashboardData &b)
    {
        QCOMPARE(a.models.size(), b.models.size());
        for (int i = 0; i < a.models.size(); ++i)
            compareFigures(a.models.at(i), b.models.at(i));
        compareFigures(a.total, b.total);
    }

    static void compareFigures(const DashboardModelFigures &a, const DashboardModelFigures &b)
    {
        QCOMPARE(a.model, b.model);
        QCOMPARE(a.requests, b.requests);
        QCOMPARE(a.failedRequests, b.failedRequests);
        QCOMPARE(a.promptTokens, b.promptTokens);
        QCOMPARE(a.completionTokens, b.completionTokens);
        QVERIFY(qAbs(a.costUsd - b.costUsd) < 1e-9);
        QCOMPARE(a.unpricedRequests, b.unpricedRequests);
        QCOMPARE(a.latency.count, b.latency.count);
        QCOMPARE(a.latency.p50, b.latency.p50);
        QCOMPARE(a.latency.p95, b.latency.p95);
        QCOMPARE(a.latency.p99, b.latency.p99);
        QVERIFY(qAbs(a.latency.avg - b.latency.avg) < 1e-6);
        QCOMPARE(a.ttft.count, b.ttft.count);
        QCOMPARE(a.ttft.p50, b.ttft.p50);
        QCOMPARE(a.ttft.p95, b.ttft.p95);
        QVERIFY(qAbs(a.tokensPerSecond - b.tokensPerSecond) < 1e-6);
        QCOMPARE(a.errors, b.errors);
        QCOMPARE(a.retries, b.retries);
        QCOMPARE(a.waitedMs, b.waitedMs);
        QCOMPARE(a.cacheHits, b.cacheHits);
        QCOMPARE(a.cacheMisses, b.cacheMisses);
        QVERIFY(qAbs(a.savingsUsd - b.savingsUsd) < 1e-9);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("dash.sqlite"))), qPrintable(m_db->lastError()));

        // mistral-small: ten requests today, latency 100..1000 ms, TTFT 10..100 ms, $0.001 each.
        for (int i = 1; i <= 10; ++i)
            m_records << rec(kSmall, 10 * i, 100 * i, 10 * i, 0.001);
        m_records[0].attempts = 2; // a 429 that the retry made good
        m_records[0].attemptErrors = {ErrorClass::RateLimited};
        m_records[0].waitedMs = 1500;
        m_records[1].debateId = kDebate;
        m_records[2].debateId = kDebate;
        // A request that failed for good after two 500s: no latency, no tokens, no cost.
        UsageRecord failed = rec(kSmall, 5, -1, -1, 0.0);
        failed.promptTokens = 0;
        failed.completionTokens = 0;
        failed.tokensPerSecond = 0;
        failed.attempts = 2;
        failed.attemptErrors = {ErrorClass::Server, ErrorClass::Server};
        failed.finalError = ErrorClass::Server;
        failed.httpStatus = 500;
        failed.debateId = kDebate;
        m_records << failed;

        // mistral-large: a cache miss, a cache hit, a stream cut + capacity before success, a cancel.
        UsageRecord miss = rec(kLarge, 30, 2000, 300, 0.01);
        miss.cacheChecked = true;
        UsageRecord hit = rec(kLarge, 20, -1, -1, 0.0);
        hit.cached = true;
        hit.cacheChecked = true;
        hit.attempts = 0;
        hit.promptTokens = 0;
        hit.completionTokens = 0;
        hit.tokensPerSecond = 0;
        hit.savedUsd = 0.01;
        UsageRecord flaky = rec(kLarge, 15, 3000, 400, 0.02);
        flaky.attempts = 3;
        flaky.attemptErrors = {ErrorClass::StreamCut, ErrorClass::Capacity};
        UsageRecord cancelled = rec(kLarge, 12, -1, -1, 0.0);
        cancelled.tokensPerSecond = 0;
        cancelled.finalError = ErrorClass::Cancelled;
        cancelled.attemptErrors = {ErrorClass::Cancelled};
        m_records << miss << hit << flaky << cancelled;

        // codestral: unknown price, three days ago; and an old small request 40 days ago.
        UsageRecord unpriced = rec(kCode, 3 * 24 * 60, 700, 70, 0.0);
        unpriced.costKnown = false;
        m_records << unpriced;
        m_records << rec(kSmall, 40 * 24 * 60, 5000, 500, 0.5);

        m_db->write([this](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO debates (id, motion, created, updated)"
                                       " VALUES ('debate-1', 'm', '2026-03-10', '2026-03-10')")))
                return false;
            for (const UsageRecord &r : std::as_const(m_records)) {
                if (!UsageStore::insert(db, r))
                    return false;
            }
            return true;
        });
        m_db->flush();
    }

    void sumsAndPercentilesPerModel()
    {
        const DashboardData d = loadSql(filterFor(DashboardRange::Today));
        QCOMPARE(d.models.size(), 2); // codestral is three days old
        const DashboardModelFigures *small = d.figuresOf(kSmall);
        QVERIFY(small);
        QCOMPARE(small->requests, 11);
        QCOMPARE(small->failedRequests, 1);
        QCOMPARE(small->promptTokens, 10000);
        QCOMPARE(small->completionTokens, 2000);
        QVERIFY(qAbs(small->costUsd - 0.010) < 1e-9);
        QCOMPARE(small->latency.count, 10);
        QCOMPARE(small->latency.p50, 500); // nearest rank 5 of 10
        QCOMPARE(small->latency.p95, 1000);
        QCOMPARE(small->latency.p99, 1000);
        QCOMPARE(small->latency.avg, 550.0);
        QCOMPARE(small->ttft.p50, 50);
        QCOMPARE(small->ttft.p95, 100);
        QCOMPARE(small->tokensPerSecond, 50.0);
        QCOMPARE(small->retries, 2);
        QCOMPARE(small->waitedMs, 1500);

        const DashboardModelFigures *large = d.figuresOf(kLarge);
        QVERIFY(large);
        QCOMPARE(large->requests, 3); // the cache hit is not a request
        QCOMPARE(large->cacheHits, 1);
        QCOMPARE(large->cacheMisses, 1);
        QCOMPARE(large->cacheHitRate(), 0.5);
        QVERIFY(qAbs(large->savingsUsd - 0.01) < 1e-9);
        QVERIFY(qAbs(large->costUsd - 0.03) < 1e-9);
        QCOMPARE(large->latency.p50, 2000);
        QCOMPARE(large->latency.p95, 3000);

        QCOMPARE(d.total.requests, 14);
        QVERIFY(qAbs(d.total.costUsd - 0.040) < 1e-9);
        QCOMPARE(d.total.latency.count, 12);
        QCOMPARE(d.total.latency.p50, 600); // rank 6 of 100..1000, 2000, 3000
        QCOMPARE(d.total.latency.p95, 3000);
        QVERIFY(!d.isEmpty());
    }

    void errorClassesPerModel()
    {
        const DashboardData d = loadSql(filterFor(DashboardRange::All));
        const DashboardModelFigures *small = d.figuresOf(kSmall);
        const DashboardModelFigures *large = d.figuresOf(kLarge);
        QVERIFY(small && large);
        QCOMPARE(small->errorsIn(ErrorBucket::RateLimited), 1); // counted although the retry worked
        QCOMPARE(small->errorsIn(ErrorBucket::Server), 2); // every failed attempt
        QCOMPARE(small->errorCount(), 3);
        QCOMPARE(large->errorsIn(ErrorBucket::Capacity), 1);
        QCOMPARE(large->errorsIn(ErrorBucket::Other), 1); // stream_cut is outside the six named
        QCOMPARE(large->errorCount(), 2); // the user's cancel is not an error
        QCOMPARE(d.total.errorsIn(ErrorBucket::Server), 2);
        QCOMPARE(d.total.errorCount(), 5);
    }

    void unpricedIsNotFree()
    {
        const DashboardData d = loadSql(filterFor(DashboardRange::Last7Days));
        const DashboardModelFigures *code = d.figuresOf(kCode);
        QVERIFY(code);
        QCOMPARE(code->requests, 1);
        QCOMPARE(code->unpricedRequests, 1);
        QCOMPARE(code->costUsd, 0.0);
        QVERIFY(!d.cumulativeSpend.contains(kCode)); // no line pretends it cost nothing
    }

    void ranges_data()
    {
        QTest::addColumn<int>("range");
        QTest::addColumn<int>("models");
        QTest::addColumn<qint64>("requests");
        QTest::newRow("debate") << int(DashboardRange::ThisDebate) << 1 << qint64(3);
        QTest::newRow("today") << int(DashboardRange::Today) << 2 << qint64(14);
        QTest::newRow("7d") << int(DashboardRange::Last7Days) << 3 << qint64(15);
        QTest::newRow("30d") << int(DashboardRange::Last30Days) << 3 << qint64(15);
        QTest::newRow("all") << int(DashboardRange::All) << 3 << qint64(16);
    }
    void ranges()
    {
        QFETCH(int, range);
        QFETCH(int, models);
        QFETCH(qint64, requests);
        const DashboardFilter f = filterFor(DashboardRange(range));
        const DashboardData sql = loadSql(f);
        QCOMPARE(sql.models.size(), models);
        QCOMPARE(sql.total.requests, requests);
        // The debate's own cost feeds the budget gauge whatever the range: two $0.001 speeches.
        QVERIFY(qAbs(sql.debateCostUsd - 0.002) < 1e-9);

        // The same numbers from the records themselves.
        const DashboardData mem = DashboardData::fromRecords(m_records, f);
        compareModelsAndTotal(sql, mem);
        QCOMPARE(sql.firstMs, mem.firstMs);
        QCOMPARE(sql.lastMs, mem.lastMs);
        QCOMPARE(sql.bucketMs, mem.bucketMs);
        QCOMPARE(sql.cumulativeSpend.keys(), mem.cumulativeSpend.keys());
        for (auto it = sql.cumulativeSpend.cbegin(); it != sql.cumulativeSpend.cend(); ++it) {
            const QList<SpendPoint> other = mem.cumulativeSpend.value(it.key());
            QCOMPARE(it.value().size(), other.size());
            for (int i = 0; i < other.size(); ++i) {
                QCOMPARE(it.value().at(i).ms, other.at(i).ms);
                QVERIFY(qAbs(it.value().at(i).cumulativeUsd - other.at(i).cumulativeUsd) < 1e-9);
            }
        }
    }

    void cumulativeSpendLine()
    {
        const DashboardData d = loadSql(filterFor(DashboardRange::Today));
        const QList<SpendPoint> small = d.cumulativeSpend.value(kSmall);
        QVERIFY(small.size() >= 3);
        QCOMPARE(small.first().ms, d.firstMs);
        QCOMPARE(small.first().cumulativeUsd, 0.0);
        QCOMPARE(small.last().ms, d.lastMs);
        QVERIFY(qAbs(small.last().cumulativeUsd - 0.010) < 1e-9);
        for (int i = 1; i < small.size(); ++i) {
            QVERIFY(small.at(i).ms >= small.at(i - 1).ms);
            QVERIFY(small.at(i).cumulativeUsd >= small.at(i - 1).cumulativeUsd);
        }
    }

    void debateWithoutIdIsEmpty()
    {
        DashboardFilter f = filterFor(DashboardRange::ThisDebate);
        f.debateId.clear();
        const DashboardData d = loadSql(f);
        QVERIFY(d.isEmpty());
        QVERIFY(d.models.isEmpty());
        QVERIFY(DashboardData::fromRecords(m_records, f).isEmpty());
    }

    void emptyDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("empty.sqlite"))));
        QSqlDatabase c = db.connection();
        const DashboardData d = DashboardQuery::load(c, filterFor(DashboardRange::All));
        QVERIFY(d.isEmpty());
        QCOMPARE(d.firstMs, -1);
        QVERIFY(d.cumulativeSpend.isEmpty());
    }

    void bucketsOfEveryClass_data()
    {
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("rate_limited") << int(ErrorClass::RateLimited) << QStringLiteral("rate_limited");
        QTest::newRow("capacity") << int(ErrorClass::Capacity) << QStringLiteral("capacity");
        QTest::newRow("auth") << int(ErrorClass::Auth) << QStringLiteral("auth");
        QTest::newRow("server") << int(ErrorClass::Server) << QStringLiteral("server");
        QTest::newRow("network") << int(ErrorClass::Network) << QStringLiteral("network");
        QTest::newRow("timeout") << int(ErrorClass::Timeout) << QStringLiteral("timeout");
        QTest::newRow("no_quota") << int(ErrorClass::NoQuota) << QStringLiteral("other");
        QTest::newRow("invalid") << int(ErrorClass::InvalidRequest) << QStringLiteral("other");
        QTest::newRow("overflow") << int(ErrorClass::ContextOverflow) << QStringLiteral("other");
        QTest::newRow("stream_cut") << int(ErrorClass::StreamCut) << QStringLiteral("other");
        QTest::newRow("stream_error") << int(ErrorClass::StreamError) << QStringLiteral("other");
        QTest::newRow("bad_response") << int(ErrorClass::BadResponse) << QStringLiteral("other");
    }
    void bucketsOfEveryClass()
    {
        QFETCH(int, errorClass);
        QFETCH(QString, bucket);
        const auto c = ErrorClass(errorClass);
        QCOMPARE(DashboardData::bucketKey(DashboardData::bucketOf(c)), bucket);
        // The stored name maps the same way as the enum.
        QCOMPARE(DashboardData::bucketOf(ApiError::className(c)), DashboardData::bucketOf(c));
    }

    void randomRecordsAgree()
    {
        // 2,000 random requests: SQL and records agree on every figure (ties, failures, hits).
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("random.sqlite"))));
        QRandomGenerator rng(7);
        const QStringList models = {kSmall, kLarge, kCode};
        const QList<ErrorClass> classes = {ErrorClass::RateLimited, ErrorClass::Capacity, ErrorClass::Server,
                                           ErrorClass::Network,     ErrorClass::Timeout,  ErrorClass::BadResponse,
                                           ErrorClass::Auth};
        QList<UsageRecord> records;
        for (int i = 0; i < 2000; ++i) {
            UsageRecord r = rec(models.at(int(rng.bounded(3))), rng.bounded(60 * 24 * 60), rng.bounded(50) * 10,
                                rng.bounded(20) * 5, rng.bounded(100) / 10000.0);
            r.costKnown = rng.bounded(20) != 0;
            r.cacheChecked = rng.bounded(2) == 0;
            r.cached = r.cacheChecked && rng.bounded(5) == 0;
            r.attempts = 1 + int(rng.bounded(3));
            for (int a = 1; a < r.attempts; ++a)
                r.attemptErrors << classes.at(int(rng.bounded(classes.size())));
            if (rng.bounded(10) == 0)
                r.finalError = ErrorClass::Server;
            records << r;
        }
        db.write([&records](QSqlDatabase &c) {
            for (const UsageRecord &r : std::as_const(records)) {
                if (!UsageStore::insert(c, r))
                    return false;
            }
            return true;
        });
        db.flush();
        QSqlDatabase c = db.connection();
        for (DashboardRange range : {DashboardRange::Today, DashboardRange::Last30Days, DashboardRange::All}) {
            const DashboardFilter f = filterFor(range);
            const DashboardData sql = DashboardQuery::load(c, f);
            const DashboardData mem = DashboardData::fromRecords(records, f);
            compareModelsAndTotal(sql, mem);
        }
    }

    void readPathsAndAggregationAgree()
    {
        // Random requests over several interleaved debates, read through the SQLite C API (when
        // this build can) and through QSqlQuery, incrementally and at once: the same rows. The
        // aggregation is checked against plain definitions (sorted percentiles, per-bucket sums).
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("paths.sqlite"))));
        QRandomGenerator rng(11);
        const QStringList models = {kSmall, kLarge, kCode, QStringLiteral("ministral-8b-latest")};
        const QList<ErrorClass> classes = {ErrorClass::RateLimited, ErrorClass::Server, ErrorClass::Timeout,
                                           ErrorClass::Cancelled};
        QList<UsageRecord> records;
        for (int i = 0; i < 3000; ++i) {
            // The fourth model appears only in the second batch: a name the first read never saw.
            UsageRecord r = rec(models.at(int(rng.bounded(i < 1500 ? 3 : 4))), rng.bounded(40 * 24 * 60),
                                rng.bounded(6000) - 1, rng.bounded(900) - 1, rng.bounded(100) / 10000.0);
            if (rng.bounded(4) != 0)
                r.debateId = QStringLiteral("debate-%1").arg(rng.bounded(5));
            r.promptTokens = int(rng.bounded(200000));
            r.completionTokens = int(rng.bounded(9000));
            r.costKnown = rng.bounded(20) != 0;
            r.cacheChecked = rng.bounded(2) == 0;
            r.cached = r.cacheChecked && rng.bounded(5) == 0;
            r.savedUsd = r.cached ? 0.001 : 0.0;
            r.waitedMs = rng.bounded(3) == 0 ? rng.bounded(5000) : 0;
            r.tokensPerSecond = rng.bounded(120);
            r.attempts = 1 + int(rng.bounded(3));
            for (int a = 1; a < r.attempts; ++a)
                r.attemptErrors << classes.at(int(rng.bounded(classes.size())));
            if (rng.bounded(10) == 0)
                r.finalError = ErrorClass::Server;
            records << r;
        }
        db.write([](QSqlDatabase &c) {
            QSqlQuery q(c);
            for (int d = 0; d < 5; ++d) {
                if (!q.exec(QStringLiteral("INSERT INTO debates (id, motion, created, updated)"
                                           " VALUES ('debate-%1', 'm', '2026-03-10', '2026-03-10')")
                                .arg(d)))
                    return false;
            }
            return true;
        });
        auto store = [&db](const QList<UsageRecord> &records) {
            storeRecords(db, records);
        };
        QSqlDatabase c = db.connection();
        qInfo() << "reads through the SQLite C API:" << DashboardQuery::readsDirectly(c);
        DashboardRows direct;
        DashboardRows viaQt;
        store(records.mid(0, 1500));
        QVERIFY(DashboardQuery::update(c, direct));
        DashboardQuery::setDirectReadsAllowed(false);
        QVERIFY(!DashboardQuery::readsDirectly(c));
        QVERIFY(DashboardQuery::update(c, viaQt));
        DashboardQuery::setDirectReadsAllowed(true);
        store(records.mid(1500));
        QVERIFY(DashboardQuery::update(c, direct));
        DashboardQuery::setDirectReadsAllowed(false);
        QVERIFY(DashboardQuery::update(c, viaQt));
        // A model the rollup does not name still arrives (as text) on a fresh read through QSqlQuery.
        QSqlQuery del(c);
        QVERIFY(del.exec(QStringLiteral("DELETE FROM usage_daily WHERE model = 'codestral-latest'")));
        DashboardRows freshViaQt;
        QVERIFY(DashboardQuery::update(c, freshViaQt));
        DashboardQuery::setDirectReadsAllowed(true);
        QCOMPARE(direct.size(), size_t(records.size()));
        QCOMPARE(viaQt.size(), size_t(records.size()));
        QCOMPARE(freshViaQt.size(), size_t(records.size()));

        for (DashboardRange range :
             {DashboardRange::ThisDebate, DashboardRange::Today, DashboardRange::Last7Days, DashboardRange::All}) {
            DashboardFilter f = filterFor(range);
            f.debateId = QStringLiteral("debate-3");
            const DashboardData a = direct.aggregate(f);
            const DashboardData mem = DashboardData::fromRecords(records, f);
            QVERIFY(!a.models.isEmpty());
            for (const DashboardData &b : {viaQt.aggregate(f), freshViaQt.aggregate(f), mem}) {
                compareModelsAndTotal(a, b);
                QCOMPARE(a.cumulativeSpend, b.cumulativeSpend);
                QCOMPARE(a.firstMs, b.firstMs);
                QCOMPARE(a.lastMs, b.lastMs);
                QCOMPARE(a.debateCostUsd, b.debateCostUsd);
            }

            // The definitions: nearest-rank percentiles of the sorted latencies, spend summed per
            // bucket in request order, buckets with a priced request only.
            QMap<QString, QList<qint64>> latencies;
            QMap<QString, QList<qint64>> ttfts;
            QMap<QString, QMap<qint64, double>> spend;
            QList<qint64> allLatencies;
            for (const UsageRecord &r : std::as_const(records)) {
                if (!f.matches(r) || r.cached)
                    continue;
                if (r.latencyMs >= 0) {
                    latencies[r.model] << r.latencyMs;
                    allLatencies << r.latencyMs;
                }
                if (r.ttftMs >= 0)
                    ttfts[r.model] << r.ttftMs;
                if (r.costKnown)
                    spend[r.model][(r.startedAt.toMSecsSinceEpoch() - a.firstMs) / a.bucketMs] += r.costUsd;
            }
            QCOMPARE(a.models.size(), qsizetype(latencies.size()));
            for (const DashboardModelFigures &m : a.models) {
                const LatencySummary l = LatencySummary::of(latencies.value(m.model));
                const LatencySummary t = LatencySummary::of(ttfts.value(m.model));
                QCOMPARE(m.latency.count, l.count);
                QCOMPARE(m.latency.p50, l.p50);
                QCOMPARE(m.latency.p95, l.p95);
                QCOMPARE(m.latency.p99, l.p99);
                QCOMPARE(m.latency.avg, l.avg);
                QCOMPARE(m.ttft.p50, t.p50);
                QCOMPARE(m.ttft.p95, t.p95);
                QCOMPARE(m.ttft.p99, t.p99);
                QCOMPARE(a.cumulativeSpend.value(m.model),
                         DashboardData::cumulate(spend.value(m.model), a.firstMs, a.lastMs, a.bucketMs));
            }
            const LatencySummary all = LatencySummary::of(allLatencies);
            QCOMPARE(a.total.latency.p50, all.p50);
            QCOMPARE(a.total.latency.p95, all.p95);
            QCOMPARE(a.total.latency.p99, all.p99);
        }
    }

    void incrementalUpdateMatchesAFreshRead()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("inc.sqlite"))));
        auto store = [&db](const QList<UsageRecord> &records) {
            storeRecords(db, records);
        };
        store(m_records.mid(0, 6));
        QSqlDatabase c = db.connection();
        DashboardRows rows;
        QVERIFY(DashboardQuery::update(c, rows));
        QCOMPARE(rows.size(), size_t(6));
        store(m_records.mid(6));
        QVERIFY(DashboardQuery::update(c, rows)); // reads only the new rows and their errors
        QCOMPARE(rows.size(), size_t(m_records.size()));
        QVERIFY(DashboardQuery::update(c, rows)); // nothing new: nothing added
        QCOMPARE(rows.size(), size_t(m_records.size()));
        const DashboardFilter f = filterFor(DashboardRange::All);
        const DashboardData incremental = rows.aggregate(f);
        const DashboardData fresh = DashboardQuery::load(c, f);
        compareModelsAndTotal(incremental, fresh);
        QCOMPARE(incremental.total.errorCount(), 5);
    }

    void loaderCoalescesABurst()
    {
        ManualClock clock;
        clock.setWallTime(kNow);
        DashboardLoader loader(m_db.get(), &clock);
        loader.setThrottleMs(500);
        QSignalSpy loaded(&loader, &DashboardLoader::loaded);
        DashboardFilter f = filterFor(DashboardRange::Today);
        loader.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loader.data().total.requests, 14);

        // A burst of 100 completions: one load, after the throttle interval.
        for (int i = 0; i < 100; ++i)
            loader.scheduleRefresh();
        QCOMPARE(loader.loadsStarted(), 1);
        clock.advance(500);
        QCOMPARE(loader.loadsStarted(), 2);
        for (int i = 0; i < 100; ++i)
            loader.scheduleRefresh(); // while the load runs: one more afterwards, not a hundred
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        clock.advance(500);
        QCOMPARE(loader.loadsStarted(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
        clock.advance(5000);
        QCOMPARE(loader.loadsStarted(), 3);
        QCOMPARE(loaded.size(), 3);
        const auto data = loaded.last().at(0).value<DashboardData>();
        QCOMPARE(data.total.requests, 14);
        QCOMPARE(data.filter.debateId, kDebate);
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
