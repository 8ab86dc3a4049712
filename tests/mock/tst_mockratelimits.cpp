// Rate limits of MockMistralServer on a ManualClock: sliding windows, both header families,
// 429 bodies with Retry-After, and the scripted no-quota and capacity 429s.

#include "clock/ManualClock.h"
#include "MockMistralServer.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QtTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
constexpr int Timeout = 20000;

QJsonObject chat(const QString &user, int maxTokens = -1)
{
    QJsonObject body {{QStringLiteral("model"), QStringLiteral("mistral-small-latest")},
                      {QStringLiteral("messages"),
                       QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                                {QStringLiteral("content"), user}}}}};
    if (maxTokens >= 0)
        body.insert(QStringLiteral("max_tokens"), maxTokens);
    return body;
}
} // namespace

class tst_MockRateLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestsPerMinuteSlidingWindow();
    void tokensPerMinute();
    void rejectedRequestsDoNotCount();
    void headers2025();
    void noHeaders();
    void validationErrorsCarryHeaders();
    void scriptedNoQuota();
    void scriptedCapacity();

private:
    RawHttpClient *sendAndWait(const QJsonObject &body);

    ManualClock *m_clock = nullptr;
    MockMistralServer *m_server = nullptr;
    MockReply m_oneToken;
};

void tst_MockRateLimits::init()
{
    m_clock = new ManualClock(this);
    m_server = new MockMistralServer(this);
    m_server->setClock(m_clock);
    m_oneToken.pieces = {QStringLiteral("ok")}; // 1 completion token: costs are easy to follow
    m_server->setDefaultReply(m_oneToken);
    QVERIFY(m_server->listen());
}

void tst_MockRateLimits::cleanup()
{
    delete m_server;
    delete m_clock;
}

RawHttpClient *tst_MockRateLimits::sendAndWait(const QJsonObject &body)
{
    auto *client = new RawHttpClient(m_server->port(), m_server);
    client->postJson(body);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(client->finished(), Timeout);
    }();
    return client;
}

void tst_MockRateLimits::requestsPerMinuteSlidingWindow()
{
    m_server->setLimits(2, 0);
    RawHttpClient *a = sendAndWait(chat(QStringLiteral("one")));
    QCOMPARE(a->status(), 200);
    QCOMPARE(a->header("x-ratelimit-limit-req-minute"), QByteArray("2"));
    QCOMPARE(a->header("x-ratelimit-remaining-req-minute"), QByteArray("1"));
    QVERIFY(a->header("x-ratelimit-limit-tokens-minute").isEmpty()); // no token limit configured

    m_clock->advance(10'000);
    RawHttpClient *b = sendAndWait(chat(QStringLiteral("two")));
    QCOMPARE(b->status(), 200);
    QCOMPARE(b->header("x-ratelimit-remaining-req-minute"), QByteArray("0"));

    // Like the API, the 429 does not carry Retry-After unless scripted to.
    RawHttpClient *refused = sendAndWait(chat(QStringLiteral("three")));
    QCOMPARE(refused->status(), 429);
    QVERIFY(refused->header("retry-after").isEmpty());
    QCOMPARE(refused->header("x-ratelimit-remaining-req-minute"), QByteArray("0"));

    m_server->setRateLimitRetryAfter(true);
    RawHttpClient *c = sendAndWait(chat(QStringLiteral("three")));
    QCOMPARE(c->status(), 429);
    QCOMPARE(c->body(), MockMistralServer::errorBody(ErrorShape::RateLimited429));
    QCOMPARE(c->header("retry-after"), QByteArray("50")); // the request at t=0 leaves at t=60 s
    QCOMPARE(c->header("x-ratelimit-remaining-req-minute"), QByteArray("0"));

    m_clock->advance(49'000);
    RawHttpClient *d = sendAndWait(chat(QStringLiteral("four")));
    QCOMPARE(d->status(), 429);
    QCOMPARE(d->header("retry-after"), QByteArray("1"));

    m_clock->advance(1'000);
    RawHttpClient *e = sendAndWait(chat(QStringLiteral("five")));
    QCOMPARE(e->status(), 200);
    QCOMPARE(e->header("x-ratelimit-remaining-req-minute"), QByteArray("0")); // t=10 s and t=60 s in the window
    QCOMPARE(m_server->chatRequestCount(), 6);
}

void tst_MockRateLimits::tokensPerMinute()
{
    m_server->setLimits(0, 100);
    m_server->setRateLimitRetryAfter(true);
    const QString forty(40, QLatin1Char('x')); // 10 prompt tokens
    RawHttpClient *a = sendAndWait(chat(forty));
    QCOMPARE(a->status(), 200);
    QCOMPARE(a->header("x-ratelimit-limit-tokens-minute"), QByteArray("100"));
    QCOMPARE(a->header("x-ratelimit-tokens-query-cost"), QByteArray("11"));
    QCOMPARE(a->header("x-ratelimit-remaining-tokens-minute"), QByteArray("89"));
    QVERIFY(a->header("x-ratelimit-limit-req-minute").isEmpty());

    m_clock->advance(15'000);
    // 10 prompt + 95 max_tokens can never fit in 100: a full window is the hint.
    RawHttpClient *tooBig = sendAndWait(chat(forty, 95));
    QCOMPARE(tooBig->status(), 429);
    QCOMPARE(tooBig->header("retry-after"), QByteArray("60"));
    QCOMPARE(tooBig->header("x-ratelimit-tokens-query-cost"), QByteArray("105"));

    // 10 + 80 = 90 would fit alone, but 11 are in use until t=60 s.
    RawHttpClient *waits = sendAndWait(chat(forty, 80));
    QCOMPARE(waits->status(), 429);
    QCOMPARE(waits->header("retry-after"), QByteArray("45"));
    m_clock->advance(45'000);
    RawHttpClient *fits = sendAndWait(chat(forty, 80));
    QCOMPARE(fits->status(), 200);
    QCOMPARE(fits->header("x-ratelimit-remaining-tokens-minute"), QByteArray("89")); // charged 10 + 1 actually used
}

void tst_MockRateLimits::rejectedRequestsDoNotCount()
{
    m_server->setLimits(1, 0);
    QCOMPARE(sendAndWait(chat(QStringLiteral("a")))->status(), 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sendAndWait(chat(QStringLiteral("b")))->status(), 429);
    m_clock->advance(60'000);
    RawHttpClient *c = sendAndWait(chat(QStringLiteral("c")));
    QCOMPARE(c->status(), 200);
    QCOMPARE(c->header("x-ratelimit-remaining-req-minute"), QByteArray("0"));
}

void tst_MockRateLimits::headers2025()
{
    m_server->setHeaderFamily(HeaderFamily::Headers2025);
    m_server->setLimits(0, 500000);
    m_clock->advance(5'000);
    RawHttpClient *a = sendAndWait(chat(QString(40, QLatin1Char('y'))));
    QCOMPARE(a->status(), 200);
    QCOMPARE(a->header("ratelimitbysize-limit"), QByteArray("500000"));
    QCOMPARE(a->header("ratelimitbysize-remaining"), QByteArray("499989"));
    QCOMPARE(a->header("x-ratelimitbysize-remaining-minute"), QByteArray("499989"));
    QCOMPARE(a->header("x-ratelimitbysize-limit-minute"), QByteArray("500000"));
    QCOMPARE(a->header("ratelimitbysize-query-cost"), QByteArray("11"));
    QCOMPARE(a->header("ratelimitbysize-reset"), QByteArray("60"));
    m_clock->advance(20'000);
    RawHttpClient *b = sendAndWait(chat(QString(40, QLatin1Char('y'))));
    QCOMPARE(b->header("ratelimitbysize-reset"), QByteArray("40"));
    QVERIFY(!a->head().contains("x-ratelimit-"));
}

void tst_MockRateLimits::noHeaders()
{
    m_server->setHeaderFamily(HeaderFamily::None);
    m_server->setLimits(10, 1000);
    RawHttpClient *a = sendAndWait(chat(QStringLiteral("quiet")));
    QCOMPARE(a->status(), 200);
    QVERIFY(!a->head().toLower().contains("ratelimit"));
}

void tst_MockRateLimits::validationErrorsCarryHeaders()
{
    m_server->setLimits(0, 1000);
    QJsonObject body = chat(QStringLiteral("bad"));
    body.insert(QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
    RawHttpClient *a = sendAndWait(body);
    QCOMPARE(a->status(), 422);
    QCOMPARE(a->header("x-ratelimit-limit-tokens-minute"), QByteArray("1000"));
    QVERIFY(!a->header("x-ratelimit-tokens-query-cost").isEmpty());
}

void tst_MockRateLimits::scriptedNoQuota()
{
    m_server->setLimits(720, 5000000);
    m_server->enqueue(MockMistralServer::noQuotaReply());
    RawHttpClient *a = sendAndWait(chat(QStringLiteral("hello")));
    QCOMPARE(a->status(), 429);
    QCOMPARE(a->header("x-ratelimit-limit-req-minute"), QByteArray("0")); // the scripted value, not the window's
    QCOMPARE(a->head().count("x-ratelimit-limit-req-minute"), 1);
    QCOMPARE(a->body(), MockMistralServer::errorBody(ErrorShape::RateLimited429));
    QVERIFY(a->header("retry-after").isEmpty());
}

void tst_MockRateLimits::scriptedCapacity()
{
    m_server->enqueue(MockMistralServer::capacityReply(2));
    m_server->enqueue(MockMistralServer::capacityReply());
    RawHttpClient *a = sendAndWait(chat(QStringLiteral("hello")));
    QCOMPARE(a->status(), 429);
    QCOMPARE(a->header("retry-after"), QByteArray("2"));
    QCOMPARE(a->body(), MockMistralServer::errorBody(ErrorShape::Capacity429));
    RawHttpClient *b = sendAndWait(chat(QStringLiteral("hello")));
    QCOMPARE(b->status(), 429);
    QVERIFY(b->header("retry-after").isEmpty());
    QCOMPARE(sendAndWait(chat(QStringLiteral("hello")))->status(), 200);
}

QTEST_GUILESS_MAIN(tst_MockRateLimits)
#include "tst_mockratelimits.moc"
