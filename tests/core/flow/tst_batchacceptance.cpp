#include "FlowTestRig.h"

#include <QSignalSpy>

using namespace rostrum;
using rostrum::test::HeaderFamily;

// The batch acceptance: 200 requests against a server that allows N requests a minute.
// With the limits known there must be no 429 at all; in `auto` at most one per window; and the
// batch must end within 5% of the theoretical minimum. Server and client share one ManualClock,
// so the times below are exact virtual times, not wall-clock guesses.
class TestBatchAcceptance final : public QObject
{
    Q_OBJECT

private slots:
    void twoHundredRequests_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("serverRpm");
        QTest::addColumn<int>("serverTpm");
        QTest::addColumn<int>("knownRpm"); // --rpm given (0: not given)
        QTest::addColumn<qint64>("knownTpm"); // --tpm given (0: not given)
        QTest::addColumn<int>("headers");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<bool>("limitsKnown");

        QTest::newRow("custom --rpm 60") << "custom" << 60 << 0 << 60 << qint64(0) << int(HeaderFamily::Headers2026)
                                         << 8 << true;
        QTest::newRow("custom --rpm 25") << "custom" << 25 << 0 << 25 << qint64(0) << int(HeaderFamily::None) << 4
                                         << true;
        QTest::newRow("hobbyist profile (60/min)")
            << "hobbyist" << 60 << 0 << 0 << qint64(0) << int(HeaderFamily::None) << 8 << true;
        QTest::newRow("auto, 2026 headers")
            << "auto" << 60 << 0 << 0 << qint64(0) << int(HeaderFamily::Headers2026) << 8 << false;
        QTest::newRow("auto, 2026 headers, 130/min")
            << "auto" << 130 << 0 << 0 << qint64(0) << int(HeaderFamily::Headers2026) << 16 << false;
        QTest::newRow("custom --tpm, token-bound")
            << "custom" << 0 << 2000 << 0 << qint64(2000) << int(HeaderFamily::Headers2026) << 8 << true;
        QTest::newRow("auto, 2025 headers, paid tier")
            << "auto" << 0 << 600000 << 0 << qint64(0) << int(HeaderFamily::Headers2025) << 8 << false;
    }

    void twoHundredRequests()
    {
        QFETCH(QString, profile);
        QFETCH(int, serverRpm);
        QFETCH(int, serverTpm);
        QFETCH(int, knownRpm);
        QFETCH(qint64, knownTpm);
        QFETCH(int, headers);
        QFETCH(int, concurrency);
        QFETCH(bool, limitsKnown);
        constexpr int kRequests = 200;

        FlowTestRig rig;
        rig.server.setLimits(serverRpm, serverTpm);
        rig.server.setHeaderFamily(HeaderFamily(headers));
        rig.limiter.setProfile(*RateLimiter::profileFromName(profile));
        RateLimiter::Overrides o;
        if (knownRpm)
            o.requestsPerMinute = knownRpm;
        if (knownTpm)
            o.tokensPerMinute = knownTpm;
        rig.limiter.setOverrides(o);
        rig.scheduler.setMaxConcurrent(concurrency);

        int ok = 0, failed = 0;
        qint64 lastEnd = 0;
        qint64 tokens = 0;
        QObject::connect(&rig.service, &ChatService::requestFinished, &rig.service, [&](const UsageRecord &u) {
            (u.succeeded() ? ok : failed)++;
            lastEnd = rig.clock.nowMs();
            tokens += u.promptTokens + u.completionTokens;
        });
        for (int i = 0; i < kRequests; ++i) {
            ChatRequest r = FlowTestRig::request(QStringLiteral("Question number %1: is it so?").arg(i));
            r.maxTokens = 20; // the server's TPM check counts it
            ChatOptions opt;
            opt.purpose = QStringLiteral("batch");
            rig.service.submit(r, opt);
        }
        QVERIFY(rig.drive([&] { return ok + failed == kRequests; }));
        QCOMPARE(failed, 0);

        const int total = int(rig.server.requests().size());
        const int refused = total - kRequests;

        // Theoretical minimum: with N a minute, requests k*N .. k*N+N-1 can start at minute k.
        // For a token limit, the same with the tokens each request really cost.
        qint64 minimum = 0;
        if (serverRpm > 0) {
            minimum = qint64((kRequests + serverRpm - 1) / serverRpm - 1) * 60000;
        } else {
            // Grants cannot be packed tighter than the token window allows.
            const qint64 perRequest = tokens / kRequests;
            const qint64 perMinute = std::max<qint64>(1, serverTpm / perRequest);
            minimum = ((kRequests + perMinute - 1) / perMinute - 1) * 60000;
        }
        const int windows = int(minimum / 60000) + 1;
        qInfo("%s: %d requests, %d refused (429), finished at %lld ms virtual, theoretical minimum %lld ms",
              QTest::currentDataTag(), kRequests, refused, lastEnd, minimum);

        if (limitsKnown)
            QCOMPARE(refused, 0);
        else
            QVERIFY2(refused <= windows,
                     qPrintable(QStringLiteral("%1 refusals in %2 windows").arg(refused).arg(windows)));
        QVERIFY(lastEnd >= minimum);
        QVERIFY2(double(lastEnd) <= double(minimum) * 1.05 + 1000.0,
                 qPrintable(QStringLiteral("took %1 ms, minimum %2 ms").arg(lastEnd).arg(minimum)));
    }
};

QTEST_GUILESS_MAIN(TestBatchAcceptance)
#include "tst_batchacceptance.moc"
