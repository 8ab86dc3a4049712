#include "flow/RetryPolicy.h"

#include <QTest>

using namespace rostrum;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

    static ApiError err(ErrorClass c, qint64 retryAfterMs = -1)
    {
        ApiError e;
        e.errorClass = c;
        e.retryAfterMs = retryAfterMs;
        return e;
    }

private slots:
    void neverRetried_data()
    {
        QTest::addColumn<int>("cls");
        QTest::newRow("auth") << int(ErrorClass::Auth);
        QTest::newRow("no_quota") << int(ErrorClass::NoQuota);
        QTest::newRow("invalid_request") << int(ErrorClass::InvalidRequest);
        QTest::newRow("context_overflow") << int(ErrorClass::ContextOverflow);
        QTest::newRow("cancelled") << int(ErrorClass::Cancelled);
    }

    void neverRetried()
    {
        QFETCH(int, cls);
        RetryPolicy p({}, 1);
        QVERIFY(!p.decide(1, err(ErrorClass(cls))).retry);
        QVERIFY(!p.decide(1, err(ErrorClass(cls), 1000)).retry);
    }

    void retried_data()
    {
        QTest::addColumn<int>("cls");
        QTest::newRow("rate_limited") << int(ErrorClass::RateLimited);
        QTest::newRow("capacity") << int(ErrorClass::Capacity);
        QTest::newRow("server") << int(ErrorClass::Server);
        QTest::newRow("network") << int(ErrorClass::Network);
        QTest::newRow("timeout") << int(ErrorClass::Timeout);
        QTest::newRow("stream_cut") << int(ErrorClass::StreamCut);
    }

    void retried()
    {
        QFETCH(int, cls);
        RetryPolicy p({}, 1);
        QVERIFY(p.decide(1, err(ErrorClass(cls))).retry);
    }

    void stopsAfterMaxRetries()
    {
        RetryPolicy::Config c;
        c.maxRetries = 3;
        RetryPolicy p(c, 7);
        QVERIFY(p.decide(1, err(ErrorClass::Server)).retry);
        QVERIFY(p.decide(3, err(ErrorClass::Server)).retry);
        QVERIFY(!p.decide(4, err(ErrorClass::Server)).retry);
    }

    void fullJitterWithinBoundsAndCapped()
    {
        RetryPolicy p({}, 42);
        for (int retry = 0; retry < 12; ++retry) {
            const qint64 ceiling = std::min<qint64>(60000, 1000LL << retry);
            for (int i = 0; i < 200; ++i) {
                const qint64 d = p.backoffMs(retry, 0);
                QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QStringLiteral("retry %1: %2").arg(retry).arg(d)));
            }
        }
    }

    void seededJitterIsReproducible()
    {
        // The same seed gives the same exact delays, so a test (or a bug report) can replay them.
        RetryPolicy a({}, 1234), b({}, 1234), c({}, 99);
        QList<qint64> da, db, dc;
        for (int i = 1; i <= 5; ++i) {
            da << a.decide(i, err(ErrorClass::Server)).delayMs;
            db << b.decide(i, err(ErrorClass::Server)).delayMs;
            dc << c.decide(i, err(ErrorClass::Server)).delayMs;
        }
        QCOMPARE(da, db);
        QVERIFY(da != dc);
        // And the sequence grows on average: exponential, not flat.
        qint64 lateSum = 0, earlySum = 0;
        RetryPolicy s({}, 5);
        for (int i = 0; i < 500; ++i) {
            earlySum += s.backoffMs(0, 0);
            lateSum += s.backoffMs(4, 0);
        }
        QVERIFY(lateSum > earlySum * 8);
    }

    void decorrelatedJitterBounds()
    {
        RetryPolicy::Config cfg;
        cfg.jitter = RetryPolicy::Jitter::Decorrelated;
        RetryPolicy p(cfg, 3);
        qint64 prev = 0;
        for (int i = 0; i < 300; ++i) {
            const qint64 d = p.backoffMs(i, prev);
            const qint64 hi = std::min<qint64>(60000, std::max<qint64>(1000, (prev > 0 ? prev : 1000) * 3));
            QVERIFY2(d >= 1000 && d <= hi, qPrintable(QString::number(d)));
            prev = d;
        }
        for (int i = 0; i < 50; ++i)
            QVERIFY(p.backoffMs(0, 600000) <= 60000); // capped even after a huge previous delay
    }

    void capAt60Seconds()
    {
        RetryPolicy::Config cfg;
        cfg.maxRetries = 50;
        RetryPolicy p(cfg, 11);
        qint64 maxSeen = 0;
        for (int i = 1; i <= 50; ++i)
            maxSeen = std::max(maxSeen, p.decide(i, err(ErrorClass::Server)).delayMs);
        QVERIFY(maxSeen <= 60000);
        QVERIFY(maxSeen > 30000); // with 40 draws at the cap, one is surely in its upper half
    }

    void retryAfterIsAFloor()
    {
        RetryPolicy p({}, 8);
        for (int i = 0; i < 50; ++i) {
            const auto d = p.decide(1, err(ErrorClass::RateLimited, 3000));
            QVERIFY(d.retry);
            // The first retry's backoff is at most 1 s: Retry-After 3 s is the floor and wins.
            QCOMPARE(d.delayMs, qint64(3000));
        }
        // A server wait past the cap is still honoured ...
        QCOMPARE(p.decide(1, err(ErrorClass::RateLimited, 120000)).delayMs, qint64(120000));
        // ... unless it is absurdly long (a monthly quota): then give up and say so.
        QVERIFY(!p.decide(1, err(ErrorClass::RateLimited, 3600 * 1000)).retry);
    }

    void explicitRetryAfterWinsOverBackoff()
    {
        RetryPolicy p({}, 5);
        qint64 lowest = 1 << 30;
        qint64 highest = 0;
        for (int i = 0; i < 200; ++i) {
            // The fifth retry's backoff could reach 16 s; Retry-After: 2 decides instead.
            const auto d = p.decide(5, err(ErrorClass::RateLimited, 2000), 8000, 2000);
            QVERIFY(d.retry);
            lowest = std::min(lowest, d.delayMs);
            highest = std::max(highest, d.delayMs);
        }
        QVERIFY(lowest >= 2000);
        QVERIFY(highest <= 2200); // a tenth of the wait at most
        QVERIFY(highest > lowest); // jittered, so parallel clients do not come back in lockstep
        QCOMPARE(RetryPolicy::maxRetryAfterJitterMs(2000), qint64(200));
        QCOMPARE(RetryPolicy::maxRetryAfterJitterMs(60000), qint64(1000));
        QCOMPARE(p.decide(1, err(ErrorClass::Server), 0, 0).delayMs, qint64(0)); // "Retry-After: 0": now
        // Still not waited for when absurdly long, and never for an error that is not retryable.
        QVERIFY(!p.decide(1, err(ErrorClass::RateLimited), 0, 3600 * 1000).retry);
        QVERIFY(!p.decide(1, err(ErrorClass::Auth), 0, 1000).retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
