#include "FlowTestRig.h"

#include <QLoggingCategory>
#include <QMap>

using namespace rostrum;
using rostrum::test::HeaderFamily;

// Issue 18, item 5: `auto` behind a proxy that strips every rate-limit header. Against a server
// that allows 60 requests a minute (sliding window, no Retry-After, no headers), the adaptive
// pace must settle within 10% of the limit and meet at most one 429 a minute once settled.
// Server and client share one ManualClock: every figure below is exact virtual time.
class TestAdaptiveAcceptance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Thousands of requests: keep the log to what this test reports.
        QLoggingCategory::setFilterRules(QStringLiteral("rostrum.*.debug=false\nrostrum.api.info=false"));
    }

    void convergesToTheLimitWithoutHeaders_data()
    {
        QTest::addColumn<int>("kLimit");
        QTest::addColumn<int>("kMinutes");
        QTest::addColumn<int>("kSettleMinutes"); // the first minutes find the limit
        QTest::newRow("60 a minute") << 60 << 20 << 4;
        QTest::newRow("240 a minute") << 240 << 14 << 8; // slow start finds a faster tier
    }

    void convergesToTheLimitWithoutHeaders()
    {
        QFETCH(int, kLimit);
        QFETCH(int, kMinutes);
        QFETCH(int, kSettleMinutes);
        FlowTestRig rig;
        rig.server.setLimits(kLimit, 0);
        rig.server.setHeaderFamily(HeaderFamily::None);
        rig.limiter.setProfile(RateLimiter::Profile::Auto);
        rig.scheduler.setMaxConcurrent(4);

        QMap<int, int> successes; // minute -> answers
        QMap<int, int> refusals; // minute -> 429s
        int failed = 0;
        QObject::connect(&rig.service, &ChatService::requestFinished, &rig.service, [&](const UsageRecord &u) {
            if (u.succeeded())
                ++successes[int(rig.clock.nowMs() / 60000)];
            else
                ++failed;
        });
        const int requests = kLimit * kMinutes + 200; // more than fits: the queue never runs dry
        for (int i = 0; i < requests; ++i) {
            ChatHandle *h = rig.service.submit(FlowTestRig::request(QStringLiteral("Question %1?").arg(i)));
            QObject::connect(h, &ChatHandle::progress, h, [&](const RequestScheduler::Progress &p) {
                if (p.stage == RequestScheduler::Stage::Retrying && p.error.errorClass == ErrorClass::RateLimited)
                    ++refusals[int(rig.clock.nowMs() / 60000)];
            });
        }
        QVERIFY(rig.drive([&] { return rig.clock.nowMs() >= kMinutes * 60000; }));
        QCOMPARE(failed, 0);

        QString table;
        int settledAnswers = 0;
        for (int m = 0; m < kMinutes; ++m)
            table += QStringLiteral("%1:%2/%3 ").arg(m).arg(successes.value(m)).arg(refusals.value(m));
        qInfo("minute:answers/429s %s; pace now %.1f a minute", qPrintable(table),
              rig.limiter.adaptiveRate().requestsPerMinute());
        QVERIFY(rig.limiter.adaptive()); // it never pretended to have learned limits
        for (int m = kSettleMinutes; m < kMinutes; ++m) {
            settledAnswers += successes.value(m);
            QVERIFY2(refusals.value(m) <= 1,
                     qPrintable(QStringLiteral("%1 429s in minute %2").arg(refusals.value(m)).arg(m)));
            QVERIFY2(successes.value(m) >= kLimit * 0.9 && successes.value(m) <= kLimit,
                     qPrintable(QStringLiteral("%1 answers in minute %2").arg(successes.value(m)).arg(m)));
        }
        const double perMinute = double(settledAnswers) / (kMinutes - kSettleMinutes);
        QVERIFY2(perMinute >= kLimit * 0.9, qPrintable(QString::number(perMinute)));
        const double pace = rig.limiter.adaptiveRate().requestsPerMinute();
        QVERIFY2(pace >= kLimit * 0.9 && pace <= kLimit * 1.1, qPrintable(QString::number(pace)));
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveAcceptance)
#include "tst_adaptiveacceptance.moc"
