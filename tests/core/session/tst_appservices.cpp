// The wiring both fronts share, against the mock server: requests are priced, stored and cached
// in the database; settings reach the limiter and the cache; a deprecation header reaches the catalog.
#include "api/MistralClient.h"
#include "cache/ResponseCache.h"
#include "clock/Clock.h"
#include "flow/ChatService.h"
#include "MockMistralServer.h"
#include "models/ModelCatalog.h"
#include "session/AppServices.h"
#include "store/Database.h"
#include "usage/UsageTracker.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;
using rostrum::test::MockMistralServer;
using rostrum::test::MockReply;

namespace {
ChatRequest deterministic(const QString &prompt)
{
    ChatRequest r;
    r.model = QStringLiteral("mistral-small-latest");
    r.messages = {ChatMessage::user(prompt)};
    r.temperature = 0.0;
    r.stream = true;
    return r;
}

// Submits and waits for the end; true when it succeeded.
bool run(AppServices &s, const ChatRequest &r)
{
    bool ended = false;
    bool ok = false;
    ChatHandle *h = s.chat()->submit(r);
    QObject::connect(h, &ChatHandle::finished, h, [&] { ended = ok = true; });
    QObject::connect(h, &ChatHandle::failed, h, [&] { ended = true; });
    return QTest::qWaitFor([&] { return ended; }, 20000) && ok;
}

int requestRows(Database *db)
{
    db->flush();
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(cached), 0) FROM requests")) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TestAppServices final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setApiKey("test-key");
    }

    void storesUsageAndCaches()
    {
        QTemporaryDir dir;
        AppServices s(Clock::system(), {dir.path(), true});
        QVERIFY2(s.database(), qPrintable(s.databaseError()));
        QVERIFY(QFile::exists(Database::pathInDataDir(dir.path())));
        QVERIFY(s.debates());
        s.setEndpoint(m_server.baseUrl(), QStringLiteral("test-key"));
        m_server.setDefaultReply(MockReply::withText(QStringLiteral("A cached answer.")));
        const int before = m_server.chatRequestCount();
        QSignalSpy recorded(s.tracker(), &UsageTracker::recorded);

        QVERIFY(run(s, deterministic(QStringLiteral("Same question."))));
        s.database()->flush(); // the cache stores on the writer thread
        QVERIFY(run(s, deterministic(QStringLiteral("Same question."))));
        QCOMPARE(m_server.chatRequestCount() - before, 1); // the second came from the cache
        QCOMPARE(recorded.count(), 2);
        QVERIFY(recorded.last().at(0).value<UsageRecord>().cached);
        QCOMPARE(requestRows(s.database()), 2);

        // Cache switched off in the settings: the same question goes to the server again.
        s.setCacheSettings(false, 60 * 1000);
        QVERIFY(run(s, deterministic(QStringLiteral("Same question."))));
        QCOMPARE(m_server.chatRequestCount() - before, 2);
        QVERIFY(!recorded.last().at(0).value<UsageRecord>().cached);
        QCOMPARE(requestRows(s.database()), 3);

        // Back on, with a lifetime: it reaches the cache's options.
        s.setCacheSettings(true, 5 * 60 * 1000, 321);
        QCOMPARE(s.cache()->options().ttlMs, 5 * 60 * 1000);
        QCOMPARE(s.cache()->options().maxEntries, 321);
        s.database()->flush();
        QVERIFY(run(s, deterministic(QStringLiteral("Same question."))));
        QCOMPARE(m_server.chatRequestCount() - before, 2);
    }

    void cacheOffFromTheStart()
    {
        QTemporaryDir dir;
        AppServices s(Clock::system(), {dir.path(), false});
        s.setEndpoint(m_server.baseUrl(), QStringLiteral("test-key"));
        const int before = m_server.chatRequestCount();
        QVERIFY(run(s, deterministic(QStringLiteral("Asked twice."))));
        QVERIFY(run(s, deterministic(QStringLiteral("Asked twice."))));
        QCOMPARE(m_server.chatRequestCount() - before, 2);
    }

    void rateSettingsReachTheLimiter()
    {
        AppServices s(Clock::system(), {});
        s.setRateLimits(QStringLiteral("custom"), {2.0, 30, 12345});
        QCOMPARE(s.limiter()->profile(), RateLimiter::Profile::Custom);
        const RateLimits limits = s.limiter()->effectiveLimits();
        QCOMPARE(limits.requestsPerSecond, 2.0);
        QCOMPARE(limits.requestsPerMinute, 30);
        QCOMPARE(limits.tokensPerMinute, qint64(12345));
        s.setRateLimits(QStringLiteral("free"));
        QCOMPARE(s.limiter()->profile(), RateLimiter::Profile::Free);
        s.setRateLimits(QStringLiteral("no such profile"));
        QCOMPARE(s.limiter()->profile(), RateLimiter::Profile::Auto);
    }

    void deprecationReachesTheCatalogOnce()
    {
        ModelCatalog catalog;
        catalog.loadDefaults(QString());
        AppServices s(Clock::system(), {}, &catalog);
        QCOMPARE(s.catalog(), &catalog);
        QVERIFY(!s.database()); // no data folder: answers still flow
        s.setEndpoint(m_server.baseUrl(), QStringLiteral("test-key"));
        MockReply reply = MockReply::withText(QStringLiteral("Going away."));
        reply.headers.append(
            {QByteArrayLiteral("x-model-deprecation-timestamp"), QByteArrayLiteral("2026-12-31T00:00:00Z")});
        m_server.enqueue(reply);
        m_server.enqueue(reply);
        QSignalSpy noticed(&catalog, &ModelCatalog::deprecationNoticed);
        QVERIFY(run(s, deterministic(QStringLiteral("One."))));
        QVERIFY(run(s, deterministic(QStringLiteral("Two."))));
        QCOMPARE(noticed.count(), 1);
        QCOMPARE(noticed.first().at(0).toString(), QStringLiteral("mistral-small-latest"));
        QVERIFY(noticed.first().at(2).toString().contains(QStringLiteral("2026-12-31")));
    }

    void unopenableDatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        AppServices s(Clock::system(), {file, true});
        QVERIFY(!s.database());
        QVERIFY(!s.debates());
        QVERIFY(!s.databaseError().isEmpty());
        s.setEndpoint(m_server.baseUrl(), QStringLiteral("test-key"));
        QVERIFY(run(s, deterministic(QStringLiteral("Still answered."))));
    }
};

QTEST_GUILESS_MAIN(TestAppServices)
#include "tst_appservices.moc"
