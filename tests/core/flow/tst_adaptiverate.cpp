#include "flow/AdaptiveRate.h"

#include <QTest>

using namespace rostrum;

class TestAdaptiveRate final : public QObject
{
    Q_OBJECT

private slots:
    void startsAtTheFreeTier()
    {
        AdaptiveRate r;
        QCOMPARE(r.requestsPerMinute(), 60.0);
        QCOMPARE(r.intervalMs(), qint64(1000));
        QCOMPARE(r.tokensPerMinute(), qint64(50000));
        QVERIFY(r.slowStart());
    }

    void slowStartThenAdditiveIncrease()
    {
        AdaptiveRate r;
        for (int i = 0; i < 80; ++i)
            r.succeeded();
        QCOMPARE(r.requestsPerMinute(), 80.0); // +0.25 per success before any 429
        QCOMPARE(r.tokensPerMinute(), qint64(66666)); // the token window follows
        QVERIFY(r.rateLimited(-1, 0));
        QCOMPARE(r.requestsPerMinute(), 76.0); // cut by 5%
        QVERIFY(!r.slowStart());
        // After a cut: +2.5% of the cut rate (80 -> 2 a minute) over a minute's worth of successes,
        // so the way back to the limit takes two minutes.
        const double before = r.requestsPerMinute();
        for (int i = 0; i < 76; ++i)
            r.succeeded();
        QVERIFY(std::abs(r.requestsPerMinute() - before - 2.0) < 0.1);
    }

    void oneCutPerRound()
    {
        AdaptiveRate r;
        QVERIFY(r.rateLimited(1000, 5000));
        QCOMPARE(r.requestsPerMinute(), 57.0);
        // Requests sent before the cut bounce at the old rate: no second cut for them.
        QVERIFY(!r.rateLimited(4000, 5200));
        QVERIFY(!r.rateLimited(4999, 5300));
        QCOMPARE(r.requestsPerMinute(), 57.0);
        QVERIFY(r.rateLimited(6000, 6100)); // sent after it: the new rate is too much too
        QCOMPARE(r.requestsPerMinute(), 57.0 * 0.95);
        QCOMPARE(r.cuts(), 2);
    }

    void neverBelowTheFloor()
    {
        AdaptiveRate r;
        for (int i = 0; i < 200; ++i)
            r.rateLimited(-1, i);
        QCOMPARE(r.requestsPerMinute(), 1.0);
        QCOMPARE(r.intervalMs(), qint64(60000));
        r.reset();
        QCOMPARE(r.requestsPerMinute(), 60.0);
        QCOMPARE(r.cuts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveRate)
#include "tst_adaptiverate.moc"
