#include "clock/ManualClock.h"

#include <QObject>
#include <QTest>

using namespace rostrum;

class TestManualClock final : public QObject
{
    Q_OBJECT
private slots:
    void firesInTimeOrderAtTheirDueTime()
    {
        ManualClock clock;
        QList<std::pair<int, qint64>> fired;
        clock.callLater(300, this, [&] { fired.append({3, clock.nowMs()}); });
        clock.callLater(100, this, [&] { fired.append({1, clock.nowMs()}); });
        clock.callLater(200, this, [&] { fired.append({2, clock.nowMs()}); });
        clock.advance(250);
        QCOMPARE(fired.size(), 2);
        QCOMPARE(fired.at(0), std::make_pair(1, qint64(100)));
        QCOMPARE(fired.at(1), std::make_pair(2, qint64(200)));
        QCOMPARE(clock.nowMs(), qint64(250));
        clock.advance(50);
        QCOMPARE(fired.size(), 3);
        QCOMPARE(fired.at(2), std::make_pair(3, qint64(300)));
    }

    void callbacksScheduledDuringAdvanceFireInTheSameSpan()
    {
        ManualClock clock;
        int count = 0;
        clock.callLater(10, this, [&] {
            ++count;
            clock.callLater(10, this, [&] { ++count; });
        });
        clock.advance(25);
        QCOMPARE(count, 2);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void cancelledAndOrphanedCallbacksDoNotFire()
    {
        ManualClock clock;
        bool cancelledFired = false;
        bool orphanFired = false;
        const auto id = clock.callLater(10, this, [&] { cancelledFired = true; });
        auto *context = new QObject;
        clock.callLater(10, context, [&] { orphanFired = true; });
        clock.cancel(id);
        delete context;
        clock.advance(100);
        QVERIFY(!cancelledFired);
        QVERIFY(!orphanFired);
    }

    void wallTimeMovesWithTheClock()
    {
        ManualClock clock;
        const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        clock.setWallTime(start);
        clock.advance(3000);
        QCOMPARE(clock.wallTime(), start.addSecs(3));
    }
};

QTEST_GUILESS_MAIN(TestManualClock)
#include "tst_manualclock.moc"
