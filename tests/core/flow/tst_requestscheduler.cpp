#include "clock/ManualClock.h"
#include "flow/RequestScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using Priority = RequestScheduler::Priority;
using Stage = RequestScheduler::Stage;

class TestRequestScheduler final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ManualClock clock;
        RateLimiter limiter {&clock};
        RequestScheduler scheduler;
        QList<QString> started; // names, in start order
        QList<qint64> startedAt;
        QHash<QString, RequestScheduler::JobId> ids;
        QHash<RequestScheduler::JobId, QList<Stage>> stages;

        explicit Fixture(bool withLimiter, RateLimits limits = {})
            : scheduler(&clock, withLimiter ? &limiter : nullptr)
        {
            limiter.setProfile(RateLimiter::Profile::Custom, limits);
            limiter.setSafetyMarginMs(0);
            QObject::connect(&scheduler, &RequestScheduler::progress, &scheduler,
                             [this](RequestScheduler::JobId id, const RequestScheduler::Progress &p) {
                                 stages[id].append(p.stage);
                             });
        }
        void add(const QString &name, Priority p)
        {
            ids[name] = scheduler.enqueue(p, 1, &scheduler, [this, name](RequestScheduler::JobId, RateLimiter::Ticket) {
                started << name;
                startedAt << clock.nowMs();
            });
        }
        void done(const QString &name) { scheduler.finish(ids.value(name), true); }
    };

private slots:
    void priorityThenFifo()
    {
        Fixture f(false);
        f.scheduler.setMaxConcurrent(1);
        f.add(QStringLiteral("first"), Priority::Low); // starts at once: nothing else is queued
        f.add(QStringLiteral("low1"), Priority::Low);
        f.add(QStringLiteral("n1"), Priority::Normal);
        f.add(QStringLiteral("h1"), Priority::High);
        f.add(QStringLiteral("n2"), Priority::Normal);
        f.add(QStringLiteral("h2"), Priority::High);
        f.add(QStringLiteral("low2"), Priority::Low);
        for (const auto &name : {"first", "h1", "h2", "n1", "n2", "low1", "low2"})
            f.done(QString::fromLatin1(name));
        QCOMPARE(
            f.started,
            (QList<QString> {QStringLiteral("first"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("n1"),
                             QStringLiteral("n2"), QStringLiteral("low1"), QStringLiteral("low2")}));
    }

    void concurrencyCap()
    {
        Fixture f(false);
        f.scheduler.setMaxConcurrent(2);
        for (int i = 0; i < 5; ++i)
            f.add(QString::number(i), Priority::Normal);
        QCOMPARE(f.started.size(), 2);
        QCOMPARE(f.scheduler.runningCount(), 2);
        QCOMPARE(f.scheduler.queuedCount(), 3);
        f.done(QStringLiteral("0"));
        QCOMPARE(f.started.size(), 3);
        f.done(QStringLiteral("1"));
        f.done(QStringLiteral("2"));
        QCOMPARE(f.started.size(), 5);
    }

    void cancelQueued()
    {
        Fixture f(false);
        f.scheduler.setMaxConcurrent(1);
        f.add(QStringLiteral("a"), Priority::Normal);
        f.add(QStringLiteral("b"), Priority::Normal);
        f.add(QStringLiteral("c"), Priority::Normal);
        QVERIFY(f.scheduler.cancel(f.ids[QStringLiteral("b")]));
        QVERIFY(!f.scheduler.cancel(f.ids[QStringLiteral("a")])); // running: its owner cancels it
        f.done(QStringLiteral("a"));
        f.done(QStringLiteral("c"));
        QCOMPARE(f.started, (QList<QString> {QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(f.stages[f.ids[QStringLiteral("b")]], (QList<Stage> {Stage::Queued, Stage::Cancelled}));
    }

    void progressStages()
    {
        Fixture f(true, {0, 1, 0});
        QSignalSpy spy(&f.scheduler, &RequestScheduler::progress);
        f.add(QStringLiteral("a"), Priority::Normal);
        f.add(QStringLiteral("b"), Priority::Normal);
        const auto b = f.ids[QStringLiteral("b")];
        f.done(QStringLiteral("a"));
        // b waits for the minute to free, is told why and for how long.
        QCOMPARE(f.stages[b].last(), Stage::WaitingForLimit);
        bool sawEta = false;
        for (const auto &args : spy) {
            const auto p = args.at(1).value<RequestScheduler::Progress>();
            if (args.at(0).toULongLong() == b && p.stage == Stage::WaitingForLimit) {
                QCOMPARE(p.reason, QStringLiteral("requests_per_minute"));
                QCOMPARE(p.etaMs, qint64(60000));
                sawEta = true;
            }
        }
        QVERIFY(sawEta);
        f.clock.advance(60000);
        QCOMPARE(f.startedAt.last(), qint64(60000));
        ApiError e;
        e.errorClass = ErrorClass::Server;
        f.scheduler.reportRetrying(b, 1500, 2, e);
        f.scheduler.reportRunning(b, 2);
        f.scheduler.finish(b, true);
        QCOMPARE(f.stages[b],
                 (QList<Stage> {Stage::Queued, Stage::WaitingForLimit, Stage::Running, Stage::Retrying, Stage::Running,
                                Stage::Done}));
    }

    void highPriorityOvertakesAWaitingLowOne()
    {
        Fixture f(true, {0, 1, 0});
        f.scheduler.setMaxConcurrent(5);
        f.add(QStringLiteral("a"), Priority::Normal); // takes the minute's only slot
        f.add(QStringLiteral("low"), Priority::Low); // waits for the limiter
        f.add(QStringLiteral("high"), Priority::High); // arrives later, goes first
        f.clock.advance(60000);
        QCOMPARE(f.started.size(), 2);
        QCOMPARE(f.started.at(1), QStringLiteral("high"));
        f.clock.advance(60000);
        QCOMPARE(f.started.at(2), QStringLiteral("low"));
        QCOMPARE(f.startedAt, (QList<qint64> {0, 60000, 120000}));
    }

    void cancelWhileWaitingForLimitFreesTheTicket()
    {
        Fixture f(true, {0, 1, 0});
        f.add(QStringLiteral("a"), Priority::Normal);
        f.add(QStringLiteral("b"), Priority::Normal);
        f.add(QStringLiteral("c"), Priority::Normal);
        QVERIFY(f.scheduler.cancel(f.ids[QStringLiteral("b")]));
        f.clock.advance(60000);
        QCOMPARE(f.started, (QList<QString> {QStringLiteral("a"), QStringLiteral("c")}));
    }

    void burstSmoothing()
    {
        Fixture f(false);
        f.scheduler.setMaxConcurrent(0);
        f.scheduler.setBurst(5, 200); // batch's burst size and gap, as a setting
        for (int i = 0; i < 12; ++i)
            f.add(QString::number(i), Priority::Normal);
        QCOMPARE(f.started.size(), 5);
        f.clock.advance(199);
        QCOMPARE(f.started.size(), 5);
        f.clock.advance(1);
        QCOMPARE(f.started.size(), 10);
        f.clock.advance(200);
        QCOMPARE(f.started.size(), 12);
        QCOMPARE(f.startedAt.at(4), qint64(0));
        QCOMPARE(f.startedAt.at(5), qint64(200));
        QCOMPARE(f.startedAt.at(10), qint64(400));
    }

    void idleWhenAllDone()
    {
        Fixture f(false);
        QSignalSpy idle(&f.scheduler, &RequestScheduler::idle);
        f.add(QStringLiteral("a"), Priority::Normal);
        f.done(QStringLiteral("a"));
        QVERIFY(idle.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
