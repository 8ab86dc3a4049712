#include "clock/ManualClock.h"
#include "flow/RateLimiter.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;

// Every wait is asserted at an exact virtual time: the ManualClock moves only when told.
class TestRateLimiter final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ManualClock clock;
        RateLimiter limiter {&clock};
        QList<std::pair<RateLimiter::Ticket, qint64>> grants; // ticket, virtual time of the grant

        explicit Fixture(RateLimits limits)
        {
            limiter.setProfile(RateLimiter::Profile::Custom, limits);
            limiter.setSafetyMarginMs(0);
            QObject::connect(&limiter, &RateLimiter::granted, &limiter, [this](RateLimiter::Ticket t) {
                grants.append({t, clock.nowMs()});
            });
        }
        qint64 grantTime(RateLimiter::Ticket t) const
        {
            for (const auto &[ticket, at] : grants) {
                if (ticket == t)
                    return at;
            }
            return -1;
        }
    };

private slots:
    void grantsAtOnceUnderTheLimits()
    {
        Fixture f({0, 3, 0});
        for (int i = 0; i < 3; ++i) {
            const auto t = f.limiter.acquire(10);
            QVERIFY(f.limiter.isGranted(t));
        }
        QCOMPARE(f.clock.pendingCount(), 0); // nothing waits, nothing scheduled
    }

    void grantsBySignalWhenTheMinuteFrees()
    {
        Fixture f({0, 3, 0});
        for (int i = 0; i < 3; ++i)
            f.limiter.acquire(10);
        QSignalSpy waiting(&f.limiter, &RateLimiter::waiting);
        const auto t = f.limiter.acquire(10);
        QVERIFY(!f.limiter.isGranted(t));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.at(0).at(0).value<RateLimiter::WaitReason>(), RateLimiter::WaitReason::RequestsPerMinute);
        QCOMPARE(waiting.at(0).at(1).toLongLong(), qint64(60000));
        QCOMPARE(f.clock.pendingCount(), 1); // exactly one callback, at the earliest free moment
        QCOMPARE(f.clock.nextDueMs(), qint64(60000));
        f.clock.advance(59999);
        QVERIFY(!f.limiter.isGranted(t));
        f.clock.advance(1);
        QVERIFY(f.limiter.isGranted(t));
        QCOMPARE(f.grantTime(t), qint64(60000));
    }

    void windowsSlideNotReset()
    {
        // Grants at 0, 30 s and 59 s with 3/min. A fixed window would reset at 60 s and let two
        // more go at once; a sliding window frees one slot at 60 s and the next at 90 s.
        Fixture f({0, 3, 0});
        f.limiter.acquire(1);
        f.clock.advance(30000);
        f.limiter.acquire(1);
        f.clock.advance(29000);
        f.limiter.acquire(1);
        f.clock.advance(500); // 59.5 s
        const auto a = f.limiter.acquire(1);
        const auto b = f.limiter.acquire(1);
        QCOMPARE(f.clock.pendingCount(), 1);
        f.clock.advance(100000);
        QCOMPARE(f.grantTime(a), qint64(60000));
        QCOMPARE(f.grantTime(b), qint64(90000));
    }

    void requestsPerSecond()
    {
        Fixture f({1.0, 0, 0});
        QList<RateLimiter::Ticket> ts;
        for (int i = 0; i < 4; ++i)
            ts << f.limiter.acquire(1);
        f.clock.advance(10000);
        QCOMPARE(f.grantTime(ts[1]), qint64(1000));
        QCOMPARE(f.grantTime(ts[2]), qint64(2000));
        QCOMPARE(f.grantTime(ts[3]), qint64(3000));
    }

    void fractionalRequestsPerSecond()
    {
        Fixture f({0.5, 0, 0}); // one every two seconds
        f.limiter.acquire(1);
        const auto t = f.limiter.acquire(1);
        f.clock.advance(5000);
        QCOMPARE(f.grantTime(t), qint64(2000));
    }

    void tokensPerMinuteWithReconciliation()
    {
        Fixture f({0, 0, 1000});
        const auto a = f.limiter.acquire(600);
        QVERIFY(f.limiter.isGranted(a));
        const auto b = f.limiter.acquire(600);
        QVERIFY(!f.limiter.isGranted(b));
        QCOMPARE(f.limiter.state().waitReason, RateLimiter::WaitReason::TokensPerMinute);
        QCOMPARE(f.limiter.state().etaMs, qint64(60000));
        f.clock.advance(2000);
        // The first answer really used 150 tokens: the reservation shrinks and b fits now.
        f.limiter.release(a, 150);
        QVERIFY(f.limiter.isGranted(b));
        QCOMPARE(f.grantTime(b), qint64(2000));
        QCOMPARE(f.limiter.state().tokensLastMinute, qint64(750));
    }

    void underestimateIsChargedToo()
    {
        Fixture f({0, 0, 1000});
        const auto a = f.limiter.acquire(100);
        f.limiter.release(a, 900); // it used far more than estimated
        const auto b = f.limiter.acquire(200);
        QVERIFY(!f.limiter.isGranted(b));
        f.clock.advance(60000);
        QVERIFY(f.limiter.isGranted(b));
    }

    void oversizedRequestGoesAloneInsteadOfNever()
    {
        Fixture f({0, 0, 1000});
        const auto a = f.limiter.acquire(300);
        const auto big = f.limiter.acquire(5000);
        QVERIFY(f.limiter.isGranted(a));
        QVERIFY(!f.limiter.isGranted(big));
        f.clock.advance(60000);
        QVERIFY(f.limiter.isGranted(big));
    }

    void fifoOrder()
    {
        // A big request at the head is not starved by small ones that would fit.
        Fixture f({0, 0, 1000});
        f.limiter.acquire(900);
        const auto big = f.limiter.acquire(500);
        const auto small = f.limiter.acquire(50);
        QVERIFY(!f.limiter.isGranted(small));
        f.clock.advance(60000);
        QVERIFY(f.grantTime(big) <= f.grantTime(small));
    }

    void pauseStopsEveryone()
    {
        Fixture f({0, 100, 0});
        f.limiter.acquire(1);
        f.grants.clear(); // an immediate grant is signalled too
        f.limiter.pause(3000); // a 429 with Retry-After: 3
        QSignalSpy waiting(&f.limiter, &RateLimiter::waiting);
        QList<RateLimiter::Ticket> ts;
        for (int i = 0; i < 5; ++i)
            ts << f.limiter.acquire(1);
        for (auto t : ts)
            QVERIFY(!f.limiter.isGranted(t));
        QCOMPARE(waiting.at(0).at(0).value<RateLimiter::WaitReason>(), RateLimiter::WaitReason::Paused);
        QCOMPARE(f.clock.pendingCount(), 1);
        f.clock.advance(2999);
        QVERIFY(f.grants.isEmpty());
        f.clock.advance(1);
        QCOMPARE(f.grants.size(), 5);
        for (const auto &g : f.grants)
            QCOMPARE(g.second, qint64(3000));
    }

    void cancelWaitingTicket()
    {
        Fixture f({0, 1, 0});
        f.limiter.acquire(1);
        const auto t = f.limiter.acquire(1);
        const auto u = f.limiter.acquire(1);
        f.limiter.cancel(t);
        QVERIFY(!f.limiter.isWaiting(t));
        f.clock.advance(60000);
        QCOMPARE(f.grantTime(t), qint64(-1));
        QCOMPARE(f.grantTime(u), qint64(60000));
    }

    void autoProbesThenLearnsFromHeaders()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setSafetyMarginMs(0);
        QCOMPARE(limiter.profile(), RateLimiter::Profile::Auto);
        const auto first = limiter.acquire(10);
        const auto second = limiter.acquire(10);
        QVERIFY(limiter.isGranted(first));
        // One request at a time until an answer teaches the limits.
        QVERIFY(!limiter.isGranted(second));
        QCOMPARE(limiter.state().waitReason, RateLimiter::WaitReason::Probe);

        RateLimitHeaders h;
        h.requestsPerMinuteLimit = 720;
        h.requestsPerMinuteRemaining = 719;
        h.tokensPerMinuteLimit = 5000000;
        h.tokensPerMinuteRemaining = 4999990;
        limiter.observe(h);
        QVERIFY(limiter.isGranted(second));
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 720, 5000000}));

        // An explicit override replaces that one limit of what headers teach.
        RateLimiter::Overrides o;
        o.requestsPerMinute = 10;
        limiter.setOverrides(o);
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 10, 5000000}));
    }

    void autoKeepsOnePerSecondOnTheFreeTier()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        RateLimitHeaders h;
        h.tokensPerMinuteLimit = 50000; // the free tier's headers carry no request limit
        limiter.observe(h);
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {1.0, 0, 50000}));
        h.tokensPerMinuteLimit = 500000; // a paid tier (2025 capture)
        limiter.observe(h);
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 0, 500000}));
    }

    void fixedProfileTakesOnlyStricterServerFigures()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setProfile(RateLimiter::Profile::Standard);
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 500, 1000000}));
        RateLimitHeaders h;
        h.requestsPerMinuteLimit = 720; // looser than the profile: kept at 500
        h.tokensPerMinuteLimit = 50000; // stricter: learned
        limiter.observe(h);
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 500, 50000}));
    }

    void serverBudgetHoldsUntilReset()
    {
        // Other clients on the same key used the minute: the server says 0 remain, reset in 5 s.
        Fixture f({0, 100, 0});
        RateLimitHeaders h;
        h.tokensPerMinuteRemaining = 0;
        h.resetSeconds = 5;
        f.limiter.observe(h);
        const auto t = f.limiter.acquire(10);
        QVERIFY(!f.limiter.isGranted(t));
        QCOMPARE(f.limiter.state().waitReason, RateLimiter::WaitReason::ServerBudget);
        f.clock.advance(5000);
        QVERIFY(f.limiter.isGranted(t));
    }

    void autoWithoutHeadersPacesAndAdapts()
    {
        ManualClock clock;
        RateLimiter limiter(&clock);
        limiter.setSafetyMarginMs(0);
        QList<std::pair<RateLimiter::Ticket, qint64>> grants;
        QObject::connect(&limiter, &RateLimiter::granted, &limiter, [&](RateLimiter::Ticket t) {
            grants.append({t, clock.nowMs()});
        });
        // Nothing learned: the free tier's published limits, one request a second, evenly.
        QVERIFY(limiter.adaptive());
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 60, 50000}));
        const auto first = limiter.acquire(1);
        QVERIFY(limiter.isGranted(first));
        const auto second = limiter.acquire(1);
        QCOMPARE(limiter.state().waitReason, RateLimiter::WaitReason::Probe);
        limiter.release(first, 1); // an answer without any rate-limit header
        QVERIFY(limiter.adaptive());
        QVERIFY(!limiter.isGranted(second)); // paced: not before t = 1 s
        clock.advance(999);
        QVERIFY(!limiter.isGranted(second));
        clock.advance(1);
        QVERIFY(limiter.isGranted(second));
        limiter.release(second, 1);

        // Successes speed it up (slow start: +0.25 a minute per success) ...
        for (int i = 0; i < 42; ++i)
            limiter.succeeded();
        QCOMPARE(limiter.adaptiveRate().requestsPerMinute(), 70.5);
        QCOMPARE(limiter.effectiveLimits().requestsPerMinute, 71);
        // ... a 429 cuts it by a twentieth and pauses everyone ...
        limiter.rateLimited({}, 1500, clock.nowMs());
        QCOMPARE(limiter.adaptiveRate().requestsPerMinute(), 70.5 * 0.95);
        QCOMPARE(limiter.state().waitReason, RateLimiter::WaitReason::None);
        const auto third = limiter.acquire(1);
        QCOMPARE(limiter.state().waitReason, RateLimiter::WaitReason::Paused);
        clock.advance(1500);
        QVERIFY(limiter.isGranted(third));
        // ... but a refusal of a request sent before that cut does not cut again.
        limiter.rateLimited({}, 0, clock.nowMs() - 2000);
        QCOMPARE(limiter.adaptiveRate().requestsPerMinute(), 70.5 * 0.95);
        QCOMPARE(limiter.learnedLimits(), RateLimits {}); // nothing pretends to be learned

        // Headers end the guessing: the server's figures replace it.
        RateLimitHeaders h;
        h.requestsPerMinuteLimit = 720;
        limiter.observe(h);
        QVERIFY(!limiter.adaptive());
        QCOMPARE(limiter.effectiveLimits(), (RateLimits {0, 720, 0}));
    }

    void fixedProfilesDoNotAdapt()
    {
        Fixture f({0, 10, 0});
        QVERIFY(!f.limiter.adaptive());
        f.limiter.rateLimited({}, 0);
        f.limiter.succeeded();
        QCOMPARE(f.limiter.effectiveLimits(), (RateLimits {0, 10, 0}));
    }

    void profileNames()
    {
        for (const char *n : {"auto", "free", "hobbyist", "standard", "custom"}) {
            const auto p = RateLimiter::profileFromName(QString::fromLatin1(n));
            QVERIFY(p);
            QCOMPARE(RateLimiter::profileName(*p), QString::fromLatin1(n));
        }
        QVERIFY(!RateLimiter::profileFromName(QStringLiteral("platinum")));
        QCOMPARE(RateLimiter::profileLimits(RateLimiter::Profile::Hobbyist), (RateLimits {0, 60, 100000}));
        QCOMPARE(RateLimiter::profileLimits(RateLimiter::Profile::Free), (RateLimits {1.0, 0, 50000}));
    }

    void reentrantAcquireFromGrantedSlot()
    {
        Fixture f({0, 1, 0});
        f.limiter.acquire(1);
        const auto t = f.limiter.acquire(1);
        RateLimiter::Ticket inner = 0;
        connect(&f.limiter, &RateLimiter::granted, &f.limiter, [&](RateLimiter::Ticket g) {
            if (g == t)
                inner = f.limiter.acquire(1);
        });
        f.clock.advance(60000);
        QVERIFY(f.limiter.isGranted(t));
        QVERIFY(inner != 0);
        QVERIFY(!f.limiter.isGranted(inner));
        f.clock.advance(60000);
        QVERIFY(f.limiter.isGranted(inner));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
