#include "FlowTestRig.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace rostrum;
using rostrum::test::ErrorShape;
using rostrum::test::MockMistralServer;
using rostrum::test::MockReply;

namespace {
struct Outcome
{
    bool ended = false;
    bool ok = false;
    ChatResult result;
    ApiError error;
    UsageRecord usage;
    QString streamed;
    int resets = 0;
    QList<RequestScheduler::Stage> stages;
};

Outcome *watch(ChatHandle *h)
{
    auto *o = new Outcome;
    QObject::connect(h, &ChatHandle::textDelta, h, [o](const QString &t) { o->streamed += t; });
    QObject::connect(h, &ChatHandle::textReset, h, [o] {
        o->streamed.clear();
        ++o->resets;
    });
    QObject::connect(h, &ChatHandle::progress, h, [o](const RequestScheduler::Progress &p) { o->stages << p.stage; });
    QObject::connect(h, &ChatHandle::finished, h, [o](const ChatResult &r, const UsageRecord &u) {
        o->ended = o->ok = true;
        o->result = r;
        o->usage = u;
    });
    QObject::connect(h, &ChatHandle::failed, h, [o](const ApiError &e, const ChatResult &p, const UsageRecord &u) {
        o->ended = true;
        o->error = e;
        o->result = p;
        o->usage = u;
    });
    return o;
}

class MemoryCache final : public ChatCache
{
public:
    QHash<QByteArray, ChatResult> map;
    std::optional<ChatResult> lookup(const ChatRequest &r) override
    {
        auto it = map.constFind(r.canonicalJson());
        return it == map.constEnd() ? std::nullopt : std::optional<ChatResult>(*it);
    }
    void store(const ChatRequest &r, const ChatResult &res) override { map.insert(r.canonicalJson(), res); }
};
} // namespace

class TestChatService final : public QObject
{
    Q_OBJECT

private slots:
    void streamsAndReportsUsage()
    {
        FlowTestRig rig;
        rig.server.enqueue(MockReply::withText(QStringLiteral("Hello there, debater.")));
        QSignalSpy finishedSpy(&rig.service, &ChatService::requestFinished);
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        QCOMPARE(o->result.text, QStringLiteral("Hello there, debater."));
        QCOMPARE(o->streamed, o->result.text);
        QCOMPARE(o->usage.attempts, 1);
        QVERIFY(o->usage.promptTokens > 0);
        QVERIFY(o->usage.completionTokens > 0);
        QCOMPARE(o->usage.purpose, QStringLiteral("chat"));
        QVERIFY(o->usage.succeeded());
        QCOMPARE(finishedSpy.count(), 1);
        QCOMPARE(o->stages.first(), RequestScheduler::Stage::Queued);
        QCOMPARE(o->stages.last(), RequestScheduler::Stage::Done);
        QVERIFY(o->stages.contains(RequestScheduler::Stage::Running));
    }

    void rateLimitedWaitsForRetryAfter()
    {
        FlowTestRig rig;
        MockReply r429 = MockReply::error(429, ErrorShape::RateLimited429);
        r429.headers.emplaceBack("Retry-After", "3");
        rig.server.enqueue(r429);
        rig.server.enqueue(MockReply::withText(QStringLiteral("Now it works.")));
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        const auto reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 2);
        QVERIFY2(reqs[1].receivedAtMs - reqs[0].receivedAtMs >= 3000, "Retry-After: 3 was not honoured");
        QCOMPARE(o->usage.attempts, 2);
        QCOMPARE(o->usage.attemptErrors, (QList<ErrorClass> {ErrorClass::RateLimited}));
        QVERIFY(o->usage.waitedMs >= 3000);
        QVERIFY(o->stages.contains(RequestScheduler::Stage::Retrying));
    }

    // Acceptance (issue 18): a 429 that says "Retry-After: 2" and "remaining 0 this minute" is
    // retried 2 s later (plus at most 200 ms of jitter), not after the minute the remaining count
    // alone would suggest. Under every profile: `auto` learns from that header, too.
    void retryAfterBeatsRemainingZero_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("custom") << QStringLiteral("custom");
        QTest::newRow("auto") << QStringLiteral("auto");
        QTest::newRow("free") << QStringLiteral("free");
    }

    void retryAfterBeatsRemainingZero()
    {
        QFETCH(QString, profile);
        FlowTestRig rig;
        rig.limiter.setProfile(*RateLimiter::profileFromName(profile));
        MockReply r429 = MockReply::error(429, ErrorShape::RateLimited429);
        r429.headers = {{"x-ratelimit-remaining-req-minute", "0"}, {"Retry-After", "2"}};
        rig.server.enqueue(r429);
        rig.server.enqueue(MockReply::withText(QStringLiteral("Two seconds later.")));
        QList<RequestScheduler::Progress> progress;
        ChatHandle *h = rig.service.submit(FlowTestRig::request());
        QObject::connect(h, &ChatHandle::progress, h,
                         [&progress](const RequestScheduler::Progress &p) { progress << p; });
        std::unique_ptr<Outcome> o(watch(h));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        const auto reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].receivedAtMs, 0);
        const qint64 retriedAt = reqs[1].receivedAtMs;
        QVERIFY2(retriedAt >= 2000 && retriedAt <= 2200, qPrintable(QString::number(retriedAt)));
        // The retry was announced for that moment, and nothing waited for the server's budget.
        bool announced = false;
        for (const auto &p : std::as_const(progress)) {
            if (p.stage == RequestScheduler::Stage::Retrying)
                announced = p.etaMs == retriedAt;
            QVERIFY2(p.reason != QLatin1String("server_budget"), "waited for the minute anyway");
        }
        QVERIFY(announced);
        QCOMPARE(o->usage.waitedMs, retriedAt);
    }

    // Without Retry-After, "remaining 0" holds the next request until the window estimate (here:
    // the first request leaves the server's minute at t = 60 s), and says so while it waits.
    void remainingZeroWaitsForTheWindow()
    {
        FlowTestRig rig;
        MockReply spent = MockReply::withText(QStringLiteral("The last one this minute."));
        spent.headers = {{"x-ratelimit-remaining-req-minute", "0"}};
        rig.server.enqueue(spent);
        std::unique_ptr<Outcome> a(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return a->ended; }));
        rig.clock.advance(10000);
        QList<RequestScheduler::Progress> progress;
        ChatHandle *h = rig.service.submit(FlowTestRig::request(QStringLiteral("Next")));
        QObject::connect(h, &ChatHandle::progress, h,
                         [&progress](const RequestScheduler::Progress &p) { progress << p; });
        std::unique_ptr<Outcome> b(watch(h));
        QVERIFY(rig.drive([&] { return b->ended; }));
        QVERIFY(b->ok);
        QCOMPARE(rig.server.requests().at(1).receivedAtMs, 60000);
        bool waited = false;
        for (const auto &p : std::as_const(progress)) {
            if (p.stage == RequestScheduler::Stage::WaitingForLimit && p.reason == QLatin1String("server_budget")) {
                waited = true;
                QCOMPARE(p.etaMs, 50000);
            }
        }
        QVERIFY(waited);
    }

    void rateLimitPausesOtherRequestsToo()
    {
        FlowTestRig rig;
        MockReply r429 = MockReply::error(429, ErrorShape::RateLimited429);
        r429.headers.emplaceBack("Retry-After", "5");
        rig.server.enqueue(r429);
        std::unique_ptr<Outcome> a(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return rig.server.requests().size() == 1; }));
        // A second request arrives while the first waits out its 429: it waits too.
        std::unique_ptr<Outcome> b(watch(rig.service.submit(FlowTestRig::request(QStringLiteral("Other")))));
        QVERIFY(rig.drive([&] { return a->ended && b->ended; }));
        QVERIFY(a->ok && b->ok);
        // After the 429 at t=0 nobody talks to the server for 5 s.
        const auto reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[0].receivedAtMs, 0);
        QVERIFY(reqs[1].receivedAtMs >= 5000);
        QVERIFY(reqs[2].receivedAtMs >= 5000);
    }

    void serverErrorsBackOffByThePolicy()
    {
        FlowTestRig rig;
        rig.server.enqueue(MockReply::error(500, ErrorShape::Internal500));
        rig.server.enqueue(MockReply::error(503, ErrorShape::Unavailable503));
        rig.server.enqueue(MockReply::withText(QStringLiteral("Third time lucky.")));
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        QCOMPARE(o->usage.attempts, 3);
        QCOMPARE(o->usage.attemptErrors, (QList<ErrorClass> {ErrorClass::Server, ErrorClass::Server}));
        // The exact delays the same seeded policy chooses.
        RetryPolicy ref({}, 1234);
        ApiError e;
        e.errorClass = ErrorClass::Server;
        const qint64 d1 = ref.decide(1, e, 0).delayMs;
        const qint64 d2 = ref.decide(2, e, d1).delayMs;
        const auto reqs = rig.server.requests();
        QCOMPARE(reqs[1].receivedAtMs - reqs[0].receivedAtMs, d1);
        QCOMPARE(reqs[2].receivedAtMs - reqs[1].receivedAtMs, d2);
        QCOMPARE(o->usage.waitedMs, d1 + d2);
    }

    void givesUpAfterMaxRetries()
    {
        FlowTestRig rig;
        RetryPolicy::Config cfg;
        cfg.maxRetries = 2;
        rig.service.setRetryPolicy(RetryPolicy(cfg, 9));
        rig.server.setDefaultReply(MockReply::error(502, ErrorShape::BadGateway502));
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(!o->ok);
        QCOMPARE(o->error.errorClass, ErrorClass::Server);
        QCOMPARE(rig.server.chatRequestCount(), 3);
        QCOMPARE(o->usage.attempts, 3);
        QCOMPARE(o->usage.finalError, ErrorClass::Server);
    }

    void authIsTriedOnce()
    {
        FlowTestRig rig;
        rig.client.setApiKey(QStringLiteral("wrong-key"));
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QCOMPARE(o->error.errorClass, ErrorClass::Auth);
        QCOMPARE(rig.server.requests().size(), 1);
        QCOMPARE(o->usage.attempts, 1);
        QCOMPARE(rig.clock.nowMs(), 0);
    }

    void noQuotaIsNeverRetried()
    {
        FlowTestRig rig;
        rig.server.enqueue(MockMistralServer::noQuotaReply());
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QCOMPARE(o->error.errorClass, ErrorClass::NoQuota);
        QCOMPARE(rig.server.requests().size(), 1);
    }

    void cutStreamResumesWithPrefix()
    {
        FlowTestRig rig;
        const QStringList pieces = {QStringLiteral("The motion "), QStringLiteral("is carried "),
                                    QStringLiteral("because "), QStringLiteral("the evidence "),
                                    QStringLiteral("is clear.")};
        const QString whole = pieces.join(QString());
        MockReply cut;
        cut.pieces = pieces;
        cut.cutAfterEvents = 3;
        rig.server.enqueue(cut);
        MockReply full; // Mistral repeats the prefix at the start of the continued answer
        full.pieces = pieces;
        rig.server.enqueue(full);

        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        QCOMPARE(o->result.text, whole);
        QCOMPARE(o->streamed, whole); // every character shown exactly once
        QCOMPARE(o->resets, 0);
        QCOMPARE(o->usage.attemptErrors, (QList<ErrorClass> {ErrorClass::StreamCut}));

        const auto reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 2);
        const QJsonArray first = reqs[0].json.value(QLatin1String("messages")).toArray();
        const QJsonArray second = reqs[1].json.value(QLatin1String("messages")).toArray();
        QCOMPARE(second.size(), first.size() + 1);
        const QJsonObject last = second.last().toObject();
        QCOMPARE(last.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(last.value(QLatin1String("prefix")).toBool(), true);
        const QString prefix = last.value(QLatin1String("content")).toString();
        QVERIFY(!prefix.isEmpty());
        QVERIFY(whole.startsWith(prefix));
        QVERIFY(prefix.size() < whole.size());
    }

    void continuationWithoutRepeatIsAppended()
    {
        FlowTestRig rig;
        MockReply cut;
        cut.pieces = {QStringLiteral("Alpha "), QStringLiteral("beta "), QStringLiteral("gamma "),
                      QStringLiteral("delta")};
        cut.cutAfterEvents = 3;
        rig.server.enqueue(cut);
        rig.server.enqueue(MockReply::withText(QStringLiteral("and omega.")));
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        QVERIFY(o->result.text.endsWith(QStringLiteral("and omega.")));
        QVERIFY(o->result.text.startsWith(QStringLiteral("Alpha ")));
        QCOMPARE(o->streamed, o->result.text);
    }

    void refusedPrefixFallsBackToRestart()
    {
        FlowTestRig rig;
        MockReply cut;
        cut.pieces = {QStringLiteral("One "), QStringLiteral("two "), QStringLiteral("three "),
                      QStringLiteral("four.")};
        cut.cutAfterEvents = 3;
        rig.server.enqueue(cut);
        rig.server.enqueue(MockReply::error(422, ErrorShape::ExtraForbidden422));
        rig.server.enqueue(MockReply::withText(QStringLiteral("One two three four.")));
        std::unique_ptr<Outcome> o(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return o->ended; }));
        QVERIFY(o->ok);
        QCOMPARE(o->resets, 1);
        QCOMPARE(o->result.text, QStringLiteral("One two three four."));
        QCOMPARE(o->streamed, o->result.text);
        const auto reqs = rig.server.requests();
        QCOMPARE(reqs.size(), 3);
        const QJsonArray third = reqs[2].json.value(QLatin1String("messages")).toArray();
        QCOMPARE(third.size(), 1); // a plain restart, no prefix
    }

    void cancelWhileWaitingToRetry()
    {
        FlowTestRig rig;
        rig.server.setDefaultReply(MockReply::error(500, ErrorShape::Internal500));
        ChatHandle *h = rig.service.submit(FlowTestRig::request());
        std::unique_ptr<Outcome> o(watch(h));
        QVERIFY(rig.drive([&] { return rig.server.chatRequestCount() == 1 && rig.service.activeCalls() == 0; }));
        QVERIFY(!o->ended);
        h->cancel();
        QVERIFY(o->ended);
        QCOMPARE(o->error.errorClass, ErrorClass::Cancelled);
        QCOMPARE(rig.clock.pendingCount(), 0); // the retry timer went with it
        QCOMPARE(rig.scheduler.runningCount(), 0);
    }

    void deterministicRequestsUseTheCache()
    {
        FlowTestRig rig;
        MemoryCache cache;
        rig.service.setCache(&cache);
        ChatRequest r = FlowTestRig::request();
        r.temperature = 0.0;
        std::unique_ptr<Outcome> a(watch(rig.service.submit(r)));
        QVERIFY(rig.drive([&] { return a->ended; }));
        std::unique_ptr<Outcome> b(watch(rig.service.submit(r)));
        QVERIFY(rig.drive([&] { return b->ended; }));
        QVERIFY(b->ok);
        QVERIFY(b->usage.cached);
        QCOMPARE(b->usage.attempts, 0);
        QCOMPARE(b->result.text, a->result.text);
        QCOMPARE(b->streamed, a->result.text);
        QCOMPARE(rig.server.chatRequestCount(), 1);
        // Bypassed on request, and never for a non-deterministic request.
        ChatOptions noCache;
        noCache.allowCache = false;
        std::unique_ptr<Outcome> c(watch(rig.service.submit(r, noCache)));
        QVERIFY(rig.drive([&] { return c->ended; }));
        QVERIFY(!c->usage.cached);
        ChatRequest warm = FlowTestRig::request();
        warm.temperature = 0.7;
        std::unique_ptr<Outcome> d(watch(rig.service.submit(warm)));
        QVERIFY(rig.drive([&] { return d->ended; }));
        QCOMPARE(rig.server.chatRequestCount(), 3);
        QCOMPARE(cache.map.size(), 1);
    }

    void deprecationHeaderIsForwarded()
    {
        FlowTestRig rig;
        MockReply reply = MockReply::withText(QStringLiteral("Still here, for now."));
        reply.headers.append({QByteArrayLiteral("x-model-deprecation-timestamp"), QByteArrayLiteral("1798761600")});
        rig.server.enqueue(reply);
        rig.server.enqueue(MockReply::withText(QStringLiteral("No warning on this one.")));
        QSignalSpy deprecated(&rig.service, &ChatService::modelDeprecated);
        std::unique_ptr<Outcome> a(watch(rig.service.submit(FlowTestRig::request())));
        QVERIFY(rig.drive([&] { return a->ended; }));
        QVERIFY(a->ok);
        QCOMPARE(deprecated.count(), 1);
        QCOMPARE(deprecated.first().at(0).toString(), QStringLiteral("mistral-small-latest"));
        QCOMPARE(deprecated.first().at(1).toDateTime(), QDateTime::fromSecsSinceEpoch(1798761600, Qt::UTC));
        // A response without the header says nothing.
        std::unique_ptr<Outcome> b(watch(rig.service.submit(FlowTestRig::request(QStringLiteral("Again.")))));
        QVERIFY(rig.drive([&] { return b->ended; }));
        QCOMPARE(deprecated.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chatservice.moc"
