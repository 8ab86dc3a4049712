#include "clock/ManualClock.h"
#include "flow/WaitCountdown.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;

class TestWaitCountdown final : public QObject
{
    Q_OBJECT

private slots:
    void ticksEveryWholeSecondThenFinishes()
    {
        ManualClock clock;
        WaitCountdown countdown(&clock);
        QList<qint64> ticks;
        connect(&countdown, &WaitCountdown::tick, this, [&](qint64 ms) { ticks << ms; });
        QSignalSpy finished(&countdown, &WaitCountdown::finished);
        countdown.start(3500);
        QCOMPARE(ticks, (QList<qint64> {3500}));
        QCOMPARE(clock.pendingCount(), 1);
        clock.advance(499);
        QCOMPARE(ticks.size(), 1);
        clock.advance(1);
        QCOMPARE(ticks, (QList<qint64> {3500, 3000}));
        QCOMPARE(countdown.remainingMs(), qint64(3000));
        clock.advance(3000);
        QCOMPARE(ticks, (QList<qint64> {3500, 3000, 2000, 1000}));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!countdown.running());
        QCOMPARE(clock.pendingCount(), 0);
    }

    void longerStepsAndStop()
    {
        ManualClock clock;
        WaitCountdown countdown(&clock);
        QList<qint64> ticks;
        connect(&countdown, &WaitCountdown::tick, this, [&](qint64 ms) { ticks << ms; });
        QSignalSpy finished(&countdown, &WaitCountdown::finished);
        countdown.start(60000, 10000); // a log line every 10 s, not every second
        clock.advance(25000);
        QCOMPARE(ticks, (QList<qint64> {60000, 50000, 40000}));
        countdown.stop();
        clock.advance(60000);
        QCOMPARE(ticks.size(), 3);
        // 60.1 s: the next line comes at 50 s, not at 60 s a tenth of a second later.
        ticks.clear();
        countdown.start(60100, 10000);
        clock.advance(100);
        QCOMPARE(ticks, (QList<qint64> {60100}));
        clock.advance(10000);
        QCOMPARE(ticks, (QList<qint64> {60100, 50000}));
        countdown.stop();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(clock.pendingCount(), 0);

        countdown.start(0); // nothing to wait for: one tick, then done
        QCOMPARE(ticks.last(), qint64(0));
        clock.advance(0);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWaitCountdown)
#include "tst_waitcountdown.moc"
