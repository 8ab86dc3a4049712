#include "api/MistralClient.h"
#include "clock/ManualClock.h"
#include "clock/SystemClock.h"
#include "MockErrorBodies.h"
#include "MockMistralServer.h"
#include "RostrumVersion.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace rostrum;
using rostrum::test::ErrorShape;
using rostrum::test::MockMistralServer;
using rostrum::test::MockReply;

namespace {
ChatRequest simpleRequest(bool stream = true)
{
    ChatRequest r;
    r.model = u"mistral-small-latest"_qs;
    r.messages = {ChatMessage::system(u"Be brief."_qs), ChatMessage::user(u"Argue for tea."_qs)};
    r.stream = stream;
    r.maxTokens = 200;
    return r;
}

// Collects everything a ChatCall says.
struct Watch
{
    explicit Watch(ChatCall *c)
        : call(c)
    {
        QObject::connect(c, &ChatCall::textDelta, c, [this](const QString &t) { text += t; });
        QObject::connect(c, &ChatCall::thinkingDelta, c, [this](const QString &t) { thinking += t; });
        QObject::connect(c, &ChatCall::toolCallsChanged, c, [this] { ++toolChanges; });
        QObject::connect(c, &ChatCall::headersReceived, c, [this](int s, const RawHeaders &) { statuses.append(s); });
        QObject::connect(c, &ChatCall::finished, c, [this](const ChatResult &r) {
            result = r;
            ok = true;
        });
        QObject::connect(c, &ChatCall::failed, c, [this](const ApiError &e, const ChatResult &partial) {
            error = e;
            result = partial;
        });
        QObject::connect(c, &ChatCall::ended, c, [this] { ++ends; });
    }
    ChatCall *call;
    QString text;
    QString thinking;
    int toolChanges = 0;
    QList<int> statuses;
    ChatResult result;
    ApiError error;
    bool ok = false;
    int ends = 0;
};
} // namespace

class TestMistralClient final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void streamsExactText_data();
    void streamsExactText();
    void nonStreamAnswer();
    void ttftMeasuredOnTheClock();
    void cutStreamKeepsPartial();
    void finishReasonError();
    void unauthorized();
    void httpErrors_data();
    void httpErrors();
    void stallIsTimeout();
    void cancelKeepsPartial();
    void refusesKeyOverPlainHttp();
    void sameOriginRedirectKeepsKey();
    void crossOriginRedirectDropsKey();
    void toolCalls_data();
    void toolCalls();
    void thinkingKeptApart();
    void deprecationHeader();
    void listModels();
    void invalidRequestNotSent();

private:
    ChatCall *start(const ChatRequest &r) { return m_client->chat(r, this); }

    std::unique_ptr<MockMistralServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ManualClock> m_manual;
    std::unique_ptr<MistralClient> m_client;
};

void TestMistralClient::init()
{
    m_server = std::make_unique<MockMistralServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_manual = std::make_unique<ManualClock>();
    m_client = std::make_unique<MistralClient>(m_nam.get(), m_manual.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setApiKey(u"test-key"_qs);
    m_client->setTotalTimeoutMs(0);
    m_client->setStallTimeoutMs(5000); // on the ManualClock: fires only when a test advances it
}

void TestMistralClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    m_manual.reset();
}

void TestMistralClient::streamsExactText_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("comments");
    QTest::addColumn<bool>("padding");
    QTest::addColumn<bool>("split");
    QTest::newRow("plain") << false << false << false << false;
    QTest::newRow("crlf + comments") << true << true << false << false;
    QTest::newRow("padding, split inside UTF-8") << false << false << true << true;
    QTest::newRow("everything") << true << true << true << true;
}

void TestMistralClient::streamsExactText()
{
    QFETCH(bool, crlf);
    QFETCH(bool, comments);
    QFETCH(bool, padding);
    QFETCH(bool, split);
    MockReply reply;
    reply.pieces = {u"Le thé"_qs, u" est "_qs, u"meilleur 🙂"_qs, u" — 茶."_qs};
    reply.crlf = crlf;
    reply.comments = comments;
    reply.padding = padding;
    if (split) {
        for (int off = 150; off < 1400; off += 37)
            reply.splitOffsets.append(off);
        reply.sliceGapMs = 2;
    }
    m_server->enqueue(reply);

    const ChatRequest req = simpleRequest();
    Watch w(start(req));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY2(w.ok, qPrintable(w.error.debugText()));
    const QString expected = u"Le thé est meilleur 🙂 — 茶."_qs;
    QCOMPARE(w.text, expected);
    QCOMPARE(w.result.text, expected);
    QCOMPARE(w.result.finishReason, u"stop"_qs);
    QVERIFY(w.result.usage.valid);
    QVERIFY(w.result.usage.completionTokens > 0);
    QCOMPARE(w.statuses, QList<int> {200});
    QCOMPARE(w.call->httpStatus(), 200);
    QVERIFY(!w.call->responseHeaders().isEmpty());

    // What went over the wire.
    QCOMPARE(m_server->requests().size(), 1);
    const auto rec = m_server->requests().first();
    QCOMPARE(rec.method, QByteArray("POST"));
    QCOMPARE(rec.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(rec.header("authorization"), QByteArray("Bearer test-key"));
    QCOMPARE(rec.header("accept"), QByteArray("text/event-stream"));
    QCOMPARE(rec.header("content-type"), QByteArray("application/json"));
    QCOMPARE(rec.header("user-agent"), QByteArray("Rostrum/") + QByteArray(kVersion));
    QCOMPARE(rec.json, req.toJson());
    w.call->deleteLater();
}

void TestMistralClient::nonStreamAnswer()
{
    m_server->enqueue(MockReply::withText(u"Tea, obviously."_qs));
    Watch w(start(simpleRequest(false)));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY2(w.ok, qPrintable(w.error.debugText()));
    QCOMPARE(w.result.text, u"Tea, obviously."_qs);
    QCOMPARE(w.text, u"Tea, obviously."_qs);
    QVERIFY(w.result.usage.valid);
    QCOMPARE(m_server->lastRequest().header("accept"), QByteArray("application/json"));
    QVERIFY(!m_server->lastRequest().json.contains(u"stream"_qs));
}

void TestMistralClient::ttftMeasuredOnTheClock()
{
    MockReply reply = MockReply::withText(u"First token after a while."_qs);
    reply.firstByteDelayMs = 1500; // real time: leaves room to move the manual clock meanwhile
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->chatRequestCount(), 1, 10000);
    QCOMPARE(w.call->sentAtMs(), 0);
    QCOMPARE(w.text, QString()); // nothing arrived yet
    m_manual->advance(700);
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY2(w.ok, qPrintable(w.error.debugText()));
    QCOMPARE(w.call->ttftMs(), 700);
    QCOMPARE(w.call->latencyMs(), 700);
    QCOMPARE(w.call->headersAfterMs(), 700);
}

void TestMistralClient::cutStreamKeepsPartial()
{
    MockReply reply;
    reply.pieces = {u"Alpha "_qs, u"beta "_qs, u"gamma "_qs, u"delta "_qs, u"epsilon"_qs};
    reply.cutAfterEvents = 3;
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY(!w.ok);
    QCOMPARE(w.error.className(), u"stream_cut"_qs);
    QVERIFY(w.error.isRetryable());
    QVERIFY(!w.result.text.isEmpty());
    QVERIFY(u"Alpha beta gamma delta epsilon"_qs.startsWith(w.result.text));
    QVERIFY(w.result.text.size() < 20);
    QCOMPARE(w.result.text, w.text);
    QVERIFY(w.result.finishReason.isEmpty());
}

void TestMistralClient::finishReasonError()
{
    MockReply reply;
    reply.pieces = {u"One "_qs, u"two "_qs, u"three "_qs, u"four"_qs};
    reply.finishWithError = true;
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY(!w.ok);
    QCOMPARE(w.error.className(), u"stream_error"_qs);
    QVERIFY(!w.result.text.isEmpty());
    QCOMPARE(w.text, w.result.text); // the text read before the error was shown, not only kept
    QCOMPARE(w.result.finishReason, u"error"_qs);
}

void TestMistralClient::unauthorized()
{
    m_client->setApiKey(u"wrong-key"_qs);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY(!w.ok);
    QCOMPARE(w.error.className(), u"auth"_qs);
    QCOMPARE(w.error.httpStatus, 401);
    QVERIFY(!w.error.isRetryable());
    QCOMPARE(w.statuses, QList<int> {401}); // the rate limiter hears about errors too
}

void TestMistralClient::httpErrors_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<QString>("field");
    QTest::newRow("422 extra_forbidden") << int(ErrorShape::ExtraForbidden422) << u"invalid_request"_qs << u"*"_qs;
    QTest::newRow("422 bare") << int(ErrorShape::Validation422Bare) << u"invalid_request"_qs << u"store"_qs;
    QTest::newRow("429 rate limited") << int(ErrorShape::RateLimited429) << u"rate_limited"_qs << QString();
    QTest::newRow("429 capacity") << int(ErrorShape::Capacity429) << u"capacity"_qs << QString();
    QTest::newRow("400 context") << int(ErrorShape::ContextOverflow400) << u"context_overflow"_qs << QString();
    QTest::newRow("400 unknown model") << int(ErrorShape::UnknownModel400) << u"invalid_request"_qs << u"model"_qs;
    QTest::newRow("502 html") << int(ErrorShape::BadGateway502) << u"server"_qs << QString();
    QTest::newRow("503") << int(ErrorShape::Unavailable503) << u"server"_qs << QString();
}

void TestMistralClient::httpErrors()
{
    QFETCH(int, shape);
    QFETCH(QString, cls);
    QFETCH(QString, field);
    m_server->enqueue(MockReply::error(rostrum::test::MockErrorBodies::statusOf(ErrorShape(shape)), ErrorShape(shape)));
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY(!w.ok);
    QCOMPARE(w.error.className(), cls);
    QVERIFY(w.error.httpStatus >= 400);
    QCOMPARE(w.statuses, QList<int> {w.error.httpStatus});
    if (field == u"*"_qs)
        QVERIFY(!w.error.field.isEmpty());
    else
        QCOMPARE(w.error.field, field);
}

void TestMistralClient::stallIsTimeout()
{
    MockReply reply;
    reply.pieces = {u"Slow "_qs, u"and "_qs, u"then "_qs, u"nothing"_qs};
    reply.stallAfterEvents = 2;
    reply.stallMs = 0; // hang until the client gives up
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.text.isEmpty(), 10000);
    QTest::qWait(100); // let anything still in flight arrive: the server has stopped writing
    QVERIFY2(w.ends == 0, qPrintable(w.error.debugText() + u" text="_qs + w.text));
    m_manual->advance(4999);
    QCOMPARE(w.ends, 0);
    m_manual->advance(1);
    QCOMPARE(w.ends, 1);
    QCOMPARE(w.error.className(), u"timeout"_qs);
    QCOMPARE(w.result.text, w.text);
    QVERIFY(!w.result.text.isEmpty());
}

void TestMistralClient::cancelKeepsPartial()
{
    MockReply reply;
    for (int i = 0; i < 20; ++i)
        reply.pieces.append(QStringLiteral("w%1 ").arg(i));
    reply.stallAfterEvents = 4; // the answer is mid-way when the user cancels
    reply.stallMs = 0;
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.text.size() > 5, 10000);
    QTest::qWait(50);
    w.call->cancel();
    QCOMPARE(w.ends, 1);
    QCOMPARE(w.error.className(), u"cancelled"_qs);
    QVERIFY2(w.result.text.startsWith(u"w0 w1 "_qs), qPrintable(w.result.text));
    QCOMPARE(w.result.text, w.text);
    const QString atCancel = w.text;
    QTest::qWait(200);
    QCOMPARE(w.text, atCancel); // nothing more after cancel
    QCOMPARE(w.ends, 1);
}

void TestMistralClient::refusesKeyOverPlainHttp()
{
    m_client->setBaseUrl(QUrl(u"http://api.example.invalid"_qs));
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 5000);
    QCOMPARE(w.error.className(), u"invalid_request"_qs);
    QCOMPARE(w.error.code, u"insecure_endpoint"_qs);
    QVERIFY(w.error.userMessage().contains(u"https"_qs));
    QVERIFY(w.statuses.isEmpty());
    QVERIFY(MistralClient::isSafeForKey(QUrl(u"https://api.mistral.ai"_qs)));
    QVERIFY(MistralClient::isSafeForKey(QUrl(u"http://127.0.0.1:8080"_qs)));
    QVERIFY(MistralClient::isSafeForKey(QUrl(u"http://localhost:8080"_qs)));
    QVERIFY(MistralClient::isSafeForKey(QUrl(u"http://[::1]:8080"_qs)));
    QVERIFY(!MistralClient::isSafeForKey(QUrl(u"http://192.168.1.10"_qs)));
    QVERIFY(!MistralClient::isSafeForKey(QUrl(u"ftp://api.mistral.ai"_qs)));
}

void TestMistralClient::sameOriginRedirectKeepsKey()
{
    MockReply hop;
    hop.redirectTo = QUrl(m_server->baseUrl().toString() + u"/v1/chat/completions"_qs);
    m_server->enqueue(hop);
    m_server->enqueue(MockReply::withText(u"Arrived."_qs));
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY2(w.ok, qPrintable(w.error.debugText()));
    QCOMPARE(w.result.text, u"Arrived."_qs);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("authorization"), QByteArray("Bearer test-key"));
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(1).json, simpleRequest().toJson());
}

void TestMistralClient::crossOriginRedirectDropsKey()
{
    MockMistralServer other;
    QVERIFY(other.listen());
    other.setApiKey(QByteArray()); // accepts any bearer token: it would happily take ours
    MockReply hop;
    hop.redirectTo = QUrl(other.baseUrl().toString() + u"/v1/chat/completions"_qs);
    m_server->enqueue(hop);
    other.enqueue(MockReply::withText(u"Elsewhere."_qs));
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(other.requests().size(), 1, 5000);
    QCOMPARE(other.requests().first().header("authorization"), QByteArray());
    QVERIFY(!w.ok); // no key, no answer
    QCOMPARE(w.error.className(), u"auth"_qs);
}

void TestMistralClient::toolCalls_data()
{
    QTest::addColumn<bool>("incremental");
    QTest::newRow("whole (Mistral)") << false;
    QTest::newRow("index-keyed pieces") << true;
}

void TestMistralClient::toolCalls()
{
    QFETCH(bool, incremental);
    MockReply reply;
    reply.toolCalls = QJsonArray {
        QJsonObject {{u"id"_qs, u"call_1"_qs},
                     {u"function"_qs,
                      QJsonObject {{u"name"_qs, u"weather"_qs},
                                   {u"arguments"_qs, u"{\"location\": \"Paris, France\", \"unit\": \"C\"}"_qs}}}}};
    reply.incrementalToolCalls = incremental;
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY2(w.ok, qPrintable(w.error.debugText()));
    QCOMPARE(w.result.finishReason, u"tool_calls"_qs);
    QCOMPARE(w.result.toolCalls.size(), 1);
    QCOMPARE(w.result.toolCalls.first().id, u"call_1"_qs);
    QCOMPARE(w.result.toolCalls.first().name, u"weather"_qs);
    QCOMPARE(w.result.toolCalls.first().arguments, u"{\"location\": \"Paris, France\", \"unit\": \"C\"}"_qs);
    QVERIFY(w.toolChanges >= 1);
}

void TestMistralClient::thinkingKeptApart()
{
    MockReply reply = MockReply::withText(u"Four."_qs);
    reply.thinking = u"Two plus two is four."_qs;
    m_server->enqueue(reply);
    Watch w(start(simpleRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QVERIFY2(w.ok, qPrintable(w.error.debugText()));
    QCOMPARE(w.result.text, u"Four."_qs);
    QCOMPARE(w.result.thinking, u"Two plus two is four."_qs);
    QCOMPARE(w.thinking, w.result.thinking);
}

void TestMistralClient::deprecationHeader()
{
    MockReply reply = MockReply::withText(u"Still here."_qs);
    reply.headers.append(std::pair<QByteArray, QByteArray>("x-model-deprecation-timestamp", "2026-11-30T00:00:00Z"));
    m_server->enqueue(reply);
    ChatCall *call = start(simpleRequest());
    QSignalSpy spy(call, &ApiCall::modelDeprecated);
    Watch w(call);
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 10000);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(call->deprecationHeader(), QByteArray("2026-11-30T00:00:00Z"));
    QCOMPARE(call->deprecationTime(), QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC));
}

void TestMistralClient::listModels()
{
    ModelsCall *call = m_client->listModels(this);
    QSignalSpy done(call, &ModelsCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QVERIFY(!call->models().isEmpty());
    QVERIFY(call->models().first().toObject().contains(u"id"_qs));
    const auto rec = m_server->lastRequest();
    QCOMPARE(rec.method, QByteArray("GET"));
    QCOMPARE(rec.path, QByteArray("/v1/models"));
    QCOMPARE(rec.header("authorization"), QByteArray("Bearer test-key"));
    call->deleteLater();
}

void TestMistralClient::invalidRequestNotSent()
{
    ChatRequest r = simpleRequest();
    r.temperature = 3.0;
    Watch w(start(r));
    QTRY_VERIFY_WITH_TIMEOUT(w.ends == 1, 5000);
    QCOMPARE(w.error.className(), u"invalid_request"_qs);
    QVERIFY(w.error.serverMessage.contains(u"temperature"_qs));
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestMistralClient)
#include "tst_mistralclient.moc"
