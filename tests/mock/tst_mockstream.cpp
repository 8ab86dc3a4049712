// The streaming faults of MockMistralServer, asserted on the raw bytes a plain socket receives.

#include "clock/ManualClock.h"
#include "MockMistralServer.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
constexpr int Timeout = 20000;

QJsonObject chat(const QString &user, bool stream = true)
{
    return {{QStringLiteral("model"), QStringLiteral("mistral-small-latest")},
            {QStringLiteral("stream"), stream},
            {QStringLiteral("messages"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}}}};
}

QString contentOf(const QJsonObject &event)
{
    return event.value(QLatin1String("choices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("delta"))
        .toObject()
        .value(QLatin1String("content"))
        .toString();
}

QJsonObject choiceOf(const QJsonObject &event)
{
    return event.value(QLatin1String("choices")).toArray().at(0).toObject();
}
} // namespace

class tst_MockStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exactStreamBytes();
    void matchesRealCaptureByteForByte();
    void nonStreamBody();
    void crlfLineEndings();
    void keepAliveComments();
    void paddingField();
    void cutWithoutDone();
    void finishReasonError();
    void reasoningContentArrays();
    void wholeToolCall();
    void incrementalToolCalls();
    void hugeChunk();
    void firstByteDelay();
    void splitOffsetsAreSeparateWrites();
    void stallForever();
    void stallThenResume();
    void pacedStream();
    void longStream();
    void redirect();
    void scriptedErrorWithHeaders();

    // Framing.
    void closeDelimitedScenario();
    void closeDelimitedServerWide();
    void keepAliveReusesTheConnection();
    void pipelinedRequestsAnsweredInOrder();
    void clientAsksToClose();
    void coalescedEvents();
    void chunkBoundaryInsideLineAndCharacter();
    void chunkExtensionsAndTrailers();
    void eventFieldAndMultiLineData();
    void finalEmptyChunk2026();

private:
    RawHttpClient *request(const QJsonObject &body);

    ManualClock *m_clock = nullptr;
    MockMistralServer *m_server = nullptr;
};

void tst_MockStream::init()
{
    m_clock = new ManualClock(this);
    m_server = new MockMistralServer(this);
    m_server->setClock(m_clock); // fixes "created" too
    QVERIFY(m_server->listen());
}

void tst_MockStream::cleanup()
{
    delete m_server;
    delete m_clock;
}

RawHttpClient *tst_MockStream::request(const QJsonObject &body)
{
    auto *client = new RawHttpClient(m_server->port(), m_server);
    client->postJson(body);
    return client;
}

void tst_MockStream::exactStreamBytes()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("Hel"), QStringLiteral("lo, wörld")};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Say hello please")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);

    QCOMPARE(c->status(), 200);
    QVERIFY(c->header("content-type").startsWith("text/event-stream"));
    // Framed like the API: keep-alive, chunked, one HTTP chunk per SSE event.
    QCOMPARE(c->header("transfer-encoding"), QByteArray("chunked"));
    QVERIFY(c->header("connection").isEmpty());
    QVERIFY(c->header("content-length").isEmpty());
    QVERIFY(!c->closed());
    QCOMPARE(c->chunks().size(), 4);
    QVERIFY(c->chunks().first().startsWith("data: "));
    QVERIFY(c->chunks().first().endsWith("}\n\n"));
    QCOMPARE(c->chunks().last(), QByteArray("data: [DONE]\n\n"));
    const QByteArray id = c->events().value(0).value(QLatin1String("id")).toString().toLatin1();
    QCOMPARE(id.size(), 32);
    const QByteArray prefix = "{\"id\":\"" + id
        + "\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
          "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"delta\":";
    // "Say hello please" is 16 bytes -> 4 prompt tokens; "Hel" 1 token, "lo, wörld" (10 bytes) 2 tokens.
    const QByteArray expected = "data: " + prefix
        + "{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n" + "data: " + prefix
        + "{\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n" + "data: " + prefix
        + "{\"content\":\"lo, wörld\"},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":4,\"total_tokens\":7,\"completion_tokens\":3}}\n\n" + "data: [DONE]\n\n";
    QCOMPARE(c->body(), expected);
    QCOMPARE(c->header("x-ratelimit-tokens-query-cost"), QByteArray("7"));
}

void tst_MockStream::matchesRealCaptureByteForByte()
{
    // The real capture (mistral-large-latest, max_tokens 100): first chunk and the last content
    // chunk, which carries finish_reason "length" and usage {34, 134, 100}. Script the same
    // answer and compare bytes once the id and timestamp are swapped in.
    QFile file(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/mock/stream-capture-2024-11.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> captured;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("data: {"))
            captured << line;
    }
    QCOMPARE(captured.size(), 5);

    MockReply reply;
    reply.pieces = QStringList(99, QStringLiteral("C")) << QStringLiteral("izable");
    reply.finishReason = QStringLiteral("length");
    m_server->enqueue(reply);
    QJsonObject body = chat(QString(136, QLatin1Char('a'))); // 34 prompt tokens
    body.insert(QStringLiteral("model"), QStringLiteral("mistral-large-latest"));
    RawHttpClient *c = request(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QList<QByteArray> ours;
    const QList<QByteArray> ourLines = c->body().split('\n');
    for (const QByteArray &line : ourLines) {
        if (line.startsWith("data: {"))
            ours << line;
    }
    QCOMPARE(ours.size(), 101);
    const QByteArray id = c->events().first().value(QLatin1String("id")).toString().toLatin1();
    auto adapt = [&](QByteArray line) {
        return line.replace("f798ebd5c41a45d88bb079635121cade", id).replace("1732548656", "1767225600");
    };
    QCOMPARE(ours.first(), adapt(captured.first()));
    QCOMPARE(ours.last(), adapt(captured.last()));
    QVERIFY(c->sawDone());
}

void tst_MockStream::nonStreamBody()
{
    m_server->enqueue(MockReply::withText(QStringLiteral("A short answer.")));
    RawHttpClient *c = request(chat(QStringLiteral("Question?"), false));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 200);
    // JSON answers come chunked too, as captured from the API (Content-Type application/json with
    // Transfer-Encoding: chunked).
    QCOMPARE(c->header("transfer-encoding"), QByteArray("chunked"));
    QVERIFY(c->header("content-length").isEmpty());
    const QJsonObject json = c->json();
    QCOMPARE(json.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
    const QJsonObject choice = json.value(QLatin1String("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    QCOMPARE(message.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(message.value(QLatin1String("content")).toString(), QStringLiteral("A short answer."));
    const QJsonObject usage = json.value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(), 2);
    QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(),
             2 + usage.value(QLatin1String("completion_tokens")).toInt());
}

void tst_MockStream::crlfLineEndings()
{
    MockReply reply;
    reply.crlf = true;
    reply.comments = true;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QByteArray body = c->body();
    QVERIFY(body.contains("\r\n\r\n"));
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '\n')
            QVERIFY2(i > 0 && body.at(i - 1) == '\r', "a bare LF in a CRLF stream");
    }
    QVERIFY(body.endsWith("data: [DONE]\r\n\r\n"));
    QVERIFY(c->events().size() > 3);
}

void tst_MockStream::keepAliveComments()
{
    MockReply reply;
    reply.comments = true;
    reply.pieces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                    QStringLiteral("e")};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QByteArray body = c->body();
    QVERIFY(body.startsWith(": keep-alive\n\n"));
    // Before the first and after every third data event: role, a, b | c, d, e | [DONE].
    QCOMPARE(body.count(": keep-alive\n\n"), 3);
    QCOMPARE(c->events().size(), 6);
    QVERIFY(c->sawDone());
}

void tst_MockStream::paddingField()
{
    MockReply reply;
    reply.padding = true;
    reply.pieces = {QStringLiteral("OK")};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.at(0).contains(QLatin1String("p"))); // the role chunk has none, as captured
    QVERIFY(events.at(1).value(QLatin1String("p")).toString().size() >= 6);
    QVERIFY(c->body().contains("}],\"usage\":{"));
    QVERIFY(c->body().contains(",\"p\":\""));
}

void tst_MockStream::cutWithoutDone()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("one"), QStringLiteral(" two"), QStringLiteral(" three"), QStringLiteral(" four")};
    reply.cutAfterEvents = 3;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 3);
    QCOMPARE(contentOf(events.at(2)), QStringLiteral(" two"));
    QVERIFY(!c->sawDone());
    QVERIFY(!c->body().contains("[DONE]"));
    // Cut mid-body: the connection closes without the terminating zero-size chunk.
    QVERIFY(c->closed());
    QVERIFY(c->chunked());
    QVERIFY(!c->responses().last().complete);
    QVERIFY(!c->wireBody().endsWith("0\r\n\r\n"));
    for (const QJsonObject &e : events)
        QVERIFY(choiceOf(e).value(QLatin1String("finish_reason")).isNull());
}

void tst_MockStream::finishReasonError()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    reply.finishWithError = true;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 4); // role, a, b, error
    QCOMPARE(choiceOf(events.last()).value(QLatin1String("finish_reason")).toString(), QStringLiteral("error"));
    QCOMPARE(events.last().value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt(),
             2);
    QVERIFY(c->sawDone());
}

void tst_MockStream::reasoningContentArrays()
{
    MockReply reply;
    reply.thinking = QStringLiteral("The user asks for 2+2.");
    reply.pieces = {QStringLiteral("2 + 2 = 4")};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("2+2?")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QVERIFY(events.size() >= 4);
    const QJsonObject first = choiceOf(events.first()).value(QLatin1String("delta")).toObject();
    QCOMPARE(first.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QString thinking;
    QString text;
    for (const QJsonObject &e : events) {
        const QJsonValue content = choiceOf(e).value(QLatin1String("delta")).toObject().value(QLatin1String("content"));
        if (!content.isArray())
            continue;
        const QJsonObject part = content.toArray().at(0).toObject();
        if (part.value(QLatin1String("type")).toString() == QLatin1String("thinking"))
            thinking += part.value(QLatin1String("thinking"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QLatin1String("text"))
                            .toString();
        else if (part.value(QLatin1String("type")).toString() == QLatin1String("text"))
            text += part.value(QLatin1String("text")).toString();
    }
    QCOMPARE(thinking, reply.thinking);
    QCOMPARE(text, QStringLiteral("2 + 2 = 4"));
    QVERIFY(first.value(QLatin1String("content")).isArray());
    QCOMPARE(contentOf(events.last()), QString()); // closing chunk: content "" with finish_reason and usage
    QCOMPARE(choiceOf(events.last()).value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
    QVERIFY(events.last().contains(QLatin1String("usage")));
}

void tst_MockStream::wholeToolCall()
{
    MockReply reply;
    reply.toolCalls = {QJsonObject {
        {QStringLiteral("id"), QStringLiteral("gSIMJiOkT")},
        {QStringLiteral("function"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("weather")},
                      {QStringLiteral("arguments"), QStringLiteral("{\"location\": \"San Francisco\"}")}}}}};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Weather?")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 2);
    const QJsonObject choice = choiceOf(events.at(1));
    QCOMPARE(choice.value(QLatin1String("finish_reason")).toString(), QStringLiteral("tool_calls"));
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    QVERIFY(delta.value(QLatin1String("content")).isNull());
    const QJsonObject call = delta.value(QLatin1String("tool_calls")).toArray().at(0).toObject();
    QCOMPARE(call.value(QLatin1String("id")).toString(), QStringLiteral("gSIMJiOkT"));
    QVERIFY(!call.contains(QLatin1String("index")));
    const QJsonObject function = call.value(QLatin1String("function")).toObject();
    QCOMPARE(function.value(QLatin1String("name")).toString(), QStringLiteral("weather"));
    QCOMPARE(function.value(QLatin1String("arguments")).toString(),
             QStringLiteral("{\"location\": \"San Francisco\"}"));
    QVERIFY(events.at(1).contains(QLatin1String("usage")));
    QVERIFY(c->sawDone());
}

void tst_MockStream::incrementalToolCalls()
{
    MockReply reply;
    reply.incrementalToolCalls = true;
    const QString args = QStringLiteral("{\"query\": \"current Berlin weather\"}");
    reply.toolCalls = {QJsonObject {{QStringLiteral("id"), QStringLiteral("chatcmpl-tool-1")},
                                    {QStringLiteral("function"),
                                     QJsonObject {{QStringLiteral("name"), QStringLiteral("webSearchTool")},
                                                  {QStringLiteral("arguments"), args}}}},
                       QJsonObject {{QStringLiteral("id"), QStringLiteral("chatcmpl-tool-2")},
                                    {QStringLiteral("function"),
                                     QJsonObject {{QStringLiteral("name"), QStringLiteral("clock")},
                                                  {QStringLiteral("arguments"), QStringLiteral("{}")}}}}};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Weather?")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QMap<int, QString> names;
    QMap<int, QString> arguments;
    QMap<int, QString> ids;
    const QList<QJsonObject> events = c->events();
    for (const QJsonObject &e : events) {
        const QJsonArray calls =
            choiceOf(e).value(QLatin1String("delta")).toObject().value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &v : calls) {
            const QJsonObject call = v.toObject();
            QVERIFY(call.contains(QLatin1String("index")));
            const int index = call.value(QLatin1String("index")).toInt();
            const QJsonObject f = call.value(QLatin1String("function")).toObject();
            names[index] += f.value(QLatin1String("name")).toString();
            arguments[index] += f.value(QLatin1String("arguments")).toString();
            ids[index] += call.value(QLatin1String("id")).toString();
        }
    }
    QCOMPARE(names.value(0), QStringLiteral("webSearchTool"));
    QCOMPARE(arguments.value(0), args);
    QCOMPARE(ids.value(0), QStringLiteral("chatcmpl-tool-1"));
    QCOMPARE(names.value(1), QStringLiteral("clock"));
    QCOMPARE(arguments.value(1), QStringLiteral("{}"));
    QVERIFY(events.size() > 5); // arguments really arrive in pieces
    QCOMPARE(choiceOf(events.last()).value(QLatin1String("finish_reason")).toString(), QStringLiteral("tool_calls"));
    QVERIFY(events.last().contains(QLatin1String("usage")));
}

void tst_MockStream::hugeChunk()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("before"), QStringLiteral(" after")};
    reply.hugeChunkBytes = 2 * 1024 * 1024;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 4);
    QCOMPARE(contentOf(events.at(1)), QStringLiteral("before"));
    QCOMPARE(contentOf(events.at(2)).toUtf8().size(), 2 * 1024 * 1024);
    QCOMPARE(contentOf(events.at(3)), QStringLiteral(" after"));
    QVERIFY(c->sawDone());
}

void tst_MockStream::firstByteDelay()
{
    MockReply reply;
    reply.firstByteDelayMs = 300;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QVERIFY(!c->readTimesMs().isEmpty());
    // A lower bound only: a loaded machine can make it later, never earlier.
    QVERIFY2(c->readTimesMs().first() >= 290, QByteArray::number(c->readTimesMs().first()).constData());
    QVERIFY(c->sawDone());
}

void tst_MockStream::splitOffsetsAreSeparateWrites()
{
    // First learn where the "é" of the answer lands in the body; the ManualClock keeps the body
    // identical between runs except for the id, which has a fixed length.
    MockReply reply;
    reply.pieces = {QStringLiteral("Un"), QStringLiteral(" café"), QStringLiteral(" noir")};
    m_server->enqueue(reply);
    RawHttpClient *probe = request(chat(QStringLiteral("Order")));
    QTRY_VERIFY_WITH_TIMEOUT(probe->finished(), Timeout);
    const QByteArray probeBody = probe->body();
    const int eAcute = int(probeBody.indexOf("caf\xc3\xa9")) + 3;
    QVERIFY(eAcute > 3);

    const QList<int> offsets {40, eAcute + 1, int(probeBody.size()) - 5}; // the middle one splits é's two bytes
    reply.splitOffsets = offsets;
    reply.sliceGapMs = 60;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Order")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->body().size(), probeBody.size());

    // Every read must end on a slice boundary: the server never wrote across one. Each slice is
    // its own HTTP chunk, so a read ends with a whole chunk and the decoded position is exact.
    int bodyReads = 0;
    for (const qint64 position : c->bodyBytesAfterRead()) {
        if (position <= 0)
            continue;
        ++bodyReads;
        QVERIFY2(offsets.contains(int(position)) || position == probeBody.size(),
                 QByteArray("read ended at body offset " + QByteArray::number(position)).constData());
    }
    QVERIFY(bodyReads >= 2);
    // The slice that ends inside "é" is not valid UTF-8 on its own, which is the point of the fault.
    QVERIFY(c->body().contains("caf\xc3\xa9"));
}

void tst_MockStream::stallForever()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    reply.stallAfterEvents = 2;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_COMPARE_WITH_TIMEOUT(c->events().size(), 2, Timeout);
    QTest::qWait(300); // nothing more may come while stalled
    QCOMPARE(c->events().size(), 2);
    QVERIFY(!c->finished());
    QCOMPARE(m_server->openConnections(), 1);
    c->abort(); // the client gives up; the server must let go of the connection
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, Timeout);
}

void tst_MockStream::stallThenResume()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    reply.stallAfterEvents = 2;
    reply.stallMs = 250;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->events().size(), 4);
    QVERIFY(c->sawDone());
    QVERIFY(c->readTimesMs().last() >= 240);
}

void tst_MockStream::pacedStream()
{
    MockReply reply;
    reply.pieces = QStringList(11, QStringLiteral("x"));
    reply.tokensPerSecond = 50; // 20 ms apart: the 11th piece is due 200 ms after the first
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->events().size(), 12);
    QVERIFY(c->reads().size() >= 2);
    QVERIFY2(c->readTimesMs().last() - c->readTimesMs().first() >= 190,
             QByteArray::number(c->readTimesMs().last() - c->readTimesMs().first()).constData());
}

void tst_MockStream::longStream()
{
    MockReply reply;
    reply.completionTokens = 20000;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak at length")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), 60000);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 20001);
    QCOMPARE(events.last().value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt(),
             20000);
    QVERIFY(c->sawDone());
}

void tst_MockStream::redirect()
{
    MockReply reply;
    reply.redirectTo = QUrl(QStringLiteral("http://127.0.0.1:1/v1/chat/completions"));
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 307);
    QCOMPARE(c->header("location"), QByteArray("http://127.0.0.1:1/v1/chat/completions"));
    QCOMPARE(c->body(), QByteArray());
}

void tst_MockStream::scriptedErrorWithHeaders()
{
    MockReply reply = MockReply::error(503, ErrorShape::Unavailable503);
    reply.headers.emplaceBack("Retry-After", "7");
    m_server->enqueue(reply);
    m_server->enqueue(MockReply::error(502, ErrorShape::BadGateway502));
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 503);
    QCOMPARE(c->header("retry-after"), QByteArray("7"));
    QCOMPARE(c->body(), MockMistralServer::errorBody(ErrorShape::Unavailable503));
    RawHttpClient *d = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(d->finished(), Timeout);
    QCOMPARE(d->status(), 502);
    QCOMPARE(d->header("content-type"), QByteArray("text/html"));
    QVERIFY(d->body().contains("502 Bad Gateway"));
}

void tst_MockStream::closeDelimitedScenario()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("Old"), QStringLiteral(" style")};
    reply.framing = Framing::CloseDelimited;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->closed(), Timeout);
    QCOMPARE(c->status(), 200);
    QCOMPARE(c->header("connection"), QByteArray("close"));
    QVERIFY(c->header("transfer-encoding").isEmpty());
    QVERIFY(c->header("content-length").isEmpty());
    QVERIFY(!c->chunked());
    QCOMPARE(c->wireBody(), c->body()); // no framing at all: the close ends the body
    QCOMPARE(c->events().size(), 3);
    QVERIFY(c->sawDone());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, Timeout);

    // The next reply is chunked again: the default is per server.
    RawHttpClient *d = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(d->finished(), Timeout);
    QCOMPARE(d->header("transfer-encoding"), QByteArray("chunked"));
}

void tst_MockStream::closeDelimitedServerWide()
{
    m_server->setFraming(Framing::CloseDelimited);
    RawHttpClient *json = request(chat(QStringLiteral("Question?"), false));
    QTRY_VERIFY_WITH_TIMEOUT(json->closed(), Timeout);
    QCOMPARE(json->header("connection"), QByteArray("close"));
    QCOMPARE(json->header("content-length").toInt(), json->body().size()); // whole bodies keep their length
    QCOMPARE(json->json().value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));

    RawHttpClient *stream = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(stream->closed(), Timeout);
    QVERIFY(stream->header("content-length").isEmpty());
    QVERIFY(stream->sawDone());
}

void tst_MockStream::keepAliveReusesTheConnection()
{
    RawHttpClient *c = request(chat(QStringLiteral("First")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QVERIFY(c->sawDone());
    const QList<QJsonObject> first = c->events();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->busyConnections(), 0, Timeout);
    QCOMPARE(m_server->openConnections(), 1);

    // Same socket: a JSON answer, then a models list, then another stream.
    c->postJson(chat(QStringLiteral("Second"), false));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->json().value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
    c->get("/v1/models");
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->json().value(QLatin1String("object")).toString(), QStringLiteral("list"));
    c->postJson(chat(QStringLiteral("Third")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QVERIFY(c->sawDone());
    QVERIFY(c->events().first().value(QLatin1String("id")) != first.first().value(QLatin1String("id")));

    QVERIFY(!c->closed());
    QCOMPARE(c->responses().size(), 4);
    QCOMPARE(m_server->openConnections(), 1); // never a second connection
    QCOMPARE(m_server->requests().size(), 4);
}

void tst_MockStream::pipelinedRequestsAnsweredInOrder()
{
    const QByteArray one = QJsonDocument(chat(QStringLiteral("One"))).toJson(QJsonDocument::Compact);
    const QByteArray two = QJsonDocument(chat(QStringLiteral("Two"), false)).toJson(QJsonDocument::Compact);
    auto request = [](const QByteArray &body) -> QByteArray {
        return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-key\r\n"
               "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    MockReply slow;
    slow.pieces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    slow.tokensPerSecond = 20; // the first answer is still streaming when the second request is in
    m_server->enqueue(slow);
    m_server->enqueue(MockReply::withText(QStringLiteral("Second answer.")));
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->sendRaw(request(one) + request(two)); // both in one write
    QTRY_COMPARE_WITH_TIMEOUT(c->responses().size(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c->responses().last().complete, Timeout);
    const QList<RawHttpClient::Response> responses = c->responses();
    QVERIFY(responses.at(0).complete);
    QVERIFY(responses.at(0).body.endsWith("data: [DONE]\n\n"));
    QVERIFY(responses.at(0).body.contains("\"content\":\"c\""));
    QVERIFY(responses.at(1).body.contains("Second answer."));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->openConnections(), 1);
}

void tst_MockStream::clientAsksToClose()
{
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->post("/v1/chat/completions", QJsonDocument(chat(QStringLiteral("Bye"))).toJson(QJsonDocument::Compact),
            "test-key", {{"Connection", "close"}});
    QTRY_VERIFY_WITH_TIMEOUT(c->closed(), Timeout);
    QCOMPARE(c->header("connection"), QByteArray("close"));
    QCOMPARE(c->header("transfer-encoding"), QByteArray("chunked")); // still chunked, then closed
    QVERIFY(c->responses().last().complete);
    QVERIFY(c->sawDone());
}

void tst_MockStream::coalescedEvents()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                    QStringLiteral("e")};
    reply.eventsPerChunk = 3;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    // role, a..e, [DONE]: 7 units -> chunks of 3, 3 and 1.
    const QList<QByteArray> chunks = c->chunks();
    QCOMPARE(chunks.size(), 3);
    QCOMPARE(chunks.at(0).count("data: "), 3);
    QCOMPARE(chunks.at(1).count("data: "), 3);
    QCOMPARE(chunks.at(2), QByteArray("data: [DONE]\n\n"));
    QCOMPARE(c->events().size(), 6);
    QVERIFY(c->sawDone());
}

void tst_MockStream::chunkBoundaryInsideLineAndCharacter()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("Un"), QStringLiteral(" café"), QStringLiteral(" noir")};
    m_server->enqueue(reply);
    RawHttpClient *probe = request(chat(QStringLiteral("Order")));
    QTRY_VERIFY_WITH_TIMEOUT(probe->finished(), Timeout);
    const QByteArray probeBody = probe->body();
    const int eAcute = int(probeBody.indexOf("caf\xc3\xa9")) + 3;
    QVERIFY(eAcute > 3);

    reply.chunkOffsets = {3, eAcute + 1}; // inside "data:", and between the two bytes of "é"
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Order")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->body().size(), probeBody.size());
    const QList<QByteArray> chunks = c->chunks();
    QCOMPARE(chunks.size(), probe->chunks().size() + 2);
    QCOMPARE(chunks.at(0), QByteArray("dat"));
    QVERIFY(chunks.at(1).startsWith("a: {"));
    bool splitCharacter = false;
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i) {
        if (chunks.at(i).endsWith("caf\xc3") && chunks.at(i + 1).startsWith("\xa9"))
            splitCharacter = true;
    }
    QVERIFY(splitCharacter);
    QCOMPARE(c->events().size(), probe->events().size());
    QCOMPARE(contentOf(c->events().at(2)), QStringLiteral(" café"));
}

void tst_MockStream::chunkExtensionsAndTrailers()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("x"), QStringLiteral("y")};
    reply.chunkExtension = ";note=\"ignore me\"";
    reply.trailers = {{"x-trailer-one", "1"}, {"x-trailer-two", "two"}};
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->chunks().size(), 4); // role, x, y, [DONE]
    const QList<QByteArray> extensions = c->chunkExtensions();
    QCOMPARE(extensions.size(), 5); // and the last, empty chunk
    for (const QByteArray &e : extensions)
        QCOMPARE(e, QByteArray(";note=\"ignore me\""));
    QCOMPARE(c->trailers().size(), 2);
    QCOMPARE(c->trailers().at(1).first, QByteArray("x-trailer-two"));
    QCOMPARE(c->trailers().at(1).second, QByteArray("two"));
    QVERIFY(c->wireBody().endsWith("0;note=\"ignore me\"\r\nx-trailer-one: 1\r\nx-trailer-two: two\r\n\r\n"));
    QCOMPARE(c->events().size(), 3);
    QVERIFY(c->sawDone());
}

void tst_MockStream::eventFieldAndMultiLineData()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("one"), QStringLiteral(" two")};
    m_server->enqueue(reply);
    RawHttpClient *plain = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(plain->finished(), Timeout);

    reply.eventField = true;
    reply.multiLineData = true;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Speak")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QByteArray body = c->body();
    QVERIFY(body.startsWith("event: message\ndata: {\ndata: \"id\":"));
    QCOMPARE(body.count("event: message\n"), 4); // every event, [DONE] included
    QVERIFY(body.contains("\ndata: }\n\n"));
    QVERIFY(body.endsWith("event: message\ndata: [DONE]\n\n"));
    // Joined with "\n", the data lines are the same JSON as the one-line events.
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 3);
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject expected = plain->events().at(i);
        QJsonObject got = events.at(i);
        expected.remove(QLatin1String("id"));
        got.remove(QLatin1String("id"));
        QCOMPARE(got, expected);
    }
    QVERIFY(c->sawDone());
}

void tst_MockStream::finalEmptyChunk2026()
{
    MockReply reply;
    reply.pieces = {QStringLiteral("Hel"), QStringLiteral("lo")};
    reply.finalEmptyChunk = true;
    reply.cachedTokens = 2;
    m_server->enqueue(reply);
    RawHttpClient *c = request(chat(QStringLiteral("Say hello please")));
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QList<QJsonObject> events = c->events();
    QCOMPARE(events.size(), 4); // role, Hel, lo, the closing chunk
    QCOMPARE(contentOf(events.at(2)), QStringLiteral("lo"));
    QVERIFY(choiceOf(events.at(2)).value(QLatin1String("finish_reason")).isNull());
    QVERIFY(!events.at(2).contains(QLatin1String("usage")));
    const QJsonObject last = events.last();
    QVERIFY(choiceOf(last).value(QLatin1String("delta")).toObject().value(QLatin1String("content")).isString());
    QCOMPARE(contentOf(last), QString());
    QCOMPARE(choiceOf(last).value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject usage = last.value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(), 4);
    QCOMPARE(usage.value(QLatin1String("completion_tokens")).toInt(), 2);
    QCOMPARE(
        usage.value(QLatin1String("prompt_tokens_details")).toObject().value(QLatin1String("cached_tokens")).toInt(),
        2);
    QVERIFY(c->sawDone());

    // Non-stream answers carry the same usage.
    m_server->enqueue(reply);
    RawHttpClient *json = request(chat(QStringLiteral("Say hello please"), false));
    QTRY_VERIFY_WITH_TIMEOUT(json->finished(), Timeout);
    QCOMPARE(json->json()
                 .value(QLatin1String("usage"))
                 .toObject()
                 .value(QLatin1String("prompt_tokens_details"))
                 .toObject()
                 .value(QLatin1String("cached_tokens"))
                 .toInt(),
             2);
}

QTEST_GUILESS_MAIN(tst_MockStream)
#include "tst_mockstream.moc"
