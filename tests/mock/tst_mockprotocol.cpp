// What MockMistralServer answers and records: validation like the real schema, unknown models,
// bearer keys, GET /v1/models, generated answers (speech, JSON schema, prefix), request recording.

#include "clock/ManualClock.h"
#include "MockMistralServer.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
constexpr int Timeout = 20000;

QJsonArray userMessages(const QString &user, const QString &system = {})
{
    QJsonArray messages;
    if (!system.isEmpty())
        messages.append(
            QJsonObject {{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}});
    messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}});
    return messages;
}

QJsonObject chat(const QString &user, const QString &system = {})
{
    return {{QStringLiteral("model"), QStringLiteral("mistral-large-latest")},
            {QStringLiteral("messages"), userMessages(user, system)}};
}

QString answerOf(const RawHttpClient *c)
{
    return c->json()
        .value(QLatin1String("choices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("message"))
        .toObject()
        .value(QLatin1String("content"))
        .toString();
}

QJsonArray detailsOf(const RawHttpClient *c)
{
    return c->json().value(QLatin1String("message")).toObject().value(QLatin1String("detail")).toArray();
}
} // namespace

class tst_MockProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unknownTopLevelField_data();
    void unknownTopLevelField();
    void invalidRequests_data();
    void invalidRequests();
    void temperatureBoundaryIsAccepted();
    void invalidRequestDoesNotConsumeScript();
    void unknownModel();
    void contextOverflow();
    void unauthorized_data();
    void unauthorized();
    void anyKeyWhenKeyIsEmpty();
    void modelsList();
    void customModels();
    void recording();
    void defaultSpeechIsDeterministicAndVaried();
    void maxTokensTruncates();
    void prefixIsRepeated();
    void jsonSchemaAnswerConforms();
    void queueThenDefault();
    void unknownPathAndMethod();
    void errorShapes();
    void idleConnectionIsNotBusy();

private:
    RawHttpClient *send(const QJsonObject &body, const QByteArray &key = "test-key");

    ManualClock *m_clock = nullptr;
    MockMistralServer *m_server = nullptr;
};

void tst_MockProtocol::init()
{
    m_clock = new ManualClock(this);
    m_server = new MockMistralServer(this);
    m_server->setClock(m_clock);
    QVERIFY(m_server->listen());
}

void tst_MockProtocol::cleanup()
{
    delete m_server;
    delete m_clock;
}

RawHttpClient *tst_MockProtocol::send(const QJsonObject &body, const QByteArray &key)
{
    auto *client = new RawHttpClient(m_server->port(), m_server);
    client->postJson(body, key);
    return client;
}

void tst_MockProtocol::unknownTopLevelField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("max_completion_tokens") << QStringLiteral("max_completion_tokens") << QJsonValue(32000);
    QTest::newRow("seed") << QStringLiteral("seed") << QJsonValue(42);
    QTest::newRow("store") << QStringLiteral("store") << QJsonValue(false);
    QTest::newRow("stream_options") << QStringLiteral("stream_options")
                                    << QJsonValue(QJsonObject {{QStringLiteral("include_usage"), true}});
}

void tst_MockProtocol::unknownTopLevelField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject body = chat(QStringLiteral("Hello"));
    body.insert(field, value);
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 422);
    QCOMPARE(c->body(), MockMistralServer::extraForbiddenBody(field, value));
    // The real shape: an error envelope whose message is an object with pydantic details.
    const QJsonObject json = c->json();
    QCOMPARE(json.value(QLatin1String("object")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("invalid_request_error"));
    QVERIFY(json.value(QLatin1String("param")).isNull());
    QVERIFY(json.value(QLatin1String("code")).isNull());
    const QJsonObject detail = detailsOf(c).at(0).toObject();
    QCOMPARE(detail.value(QLatin1String("type")).toString(), QStringLiteral("extra_forbidden"));
    QCOMPARE(detail.value(QLatin1String("loc")).toArray(), (QJsonArray {QStringLiteral("body"), field}));
    QCOMPARE(detail.value(QLatin1String("msg")).toString(), QStringLiteral("Extra inputs are not permitted"));
    QCOMPARE(detail.value(QLatin1String("input")), value);
    QCOMPARE(m_server->requests().size(), 1); // invalid requests are recorded too
}

void tst_MockProtocol::invalidRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonArray>("loc");

    const QByteArray msgs = R"("messages":[{"role":"user","content":"hi"}])";
    QTest::newRow("missing model") << QByteArray("{" + msgs + "}") << QStringLiteral("missing")
                                   << QJsonArray {QStringLiteral("body"), QStringLiteral("model")};
    QTest::newRow("missing messages") << QByteArray(R"({"model":"mistral-large-latest"})") << QStringLiteral("missing")
                                      << QJsonArray {QStringLiteral("body"), QStringLiteral("messages")};
    QTest::newRow("bad role") << QByteArray(
        R"({"model":"mistral-large-latest","messages":[{"role":"narrator","content":"x"}]})")
                              << QStringLiteral("union_tag_invalid")
                              << QJsonArray {QStringLiteral("body"), QStringLiteral("messages"), 0};
    QTest::newRow("temperature high") << QByteArray("{\"model\":\"mistral-large-latest\"," + msgs
                                                    + ",\"temperature\":1.6}")
                                      << QStringLiteral("less_than_equal")
                                      << QJsonArray {QStringLiteral("body"), QStringLiteral("temperature")};
    QTest::newRow("temperature negative")
        << QByteArray("{\"model\":\"mistral-large-latest\"," + msgs + ",\"temperature\":-0.1}")
        << QStringLiteral("greater_than_equal") << QJsonArray {QStringLiteral("body"), QStringLiteral("temperature")};
    QTest::newRow("message extra field") << QByteArray(
        R"({"model":"mistral-large-latest","messages":[{"role":"user","content":"","name":""}]})")
                                         << QStringLiteral("extra_forbidden")
                                         << QJsonArray {QStringLiteral("body"), QStringLiteral("messages"), 0,
                                                        QStringLiteral("user"), QStringLiteral("name")};
    QTest::newRow("user without content")
        << QByteArray(R"({"model":"mistral-large-latest","messages":[{"role":"user"}]})") << QStringLiteral("missing")
        << QJsonArray {QStringLiteral("body"), QStringLiteral("messages"), 0, QStringLiteral("user"),
                       QStringLiteral("content")};
    QTest::newRow("not json") << QByteArray("{\"model\": ") << QStringLiteral("json_invalid") << QJsonArray();
    QTest::newRow("bad response_format") << QByteArray("{\"model\":\"mistral-large-latest\"," + msgs
                                                       + ",\"response_format\":{\"type\":\"yaml\"}}")
                                         << QStringLiteral("enum")
                                         << QJsonArray {QStringLiteral("body"), QStringLiteral("response_format"),
                                                        QStringLiteral("type")};
}

void tst_MockProtocol::invalidRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QJsonArray, loc);
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->post("/v1/chat/completions", body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 422);
    const QJsonObject detail = detailsOf(c).at(0).toObject();
    QCOMPARE(detail.value(QLatin1String("type")).toString(), type);
    if (!loc.isEmpty())
        QCOMPARE(detail.value(QLatin1String("loc")).toArray(), loc);
    QVERIFY(!detail.value(QLatin1String("msg")).toString().isEmpty());
}

void tst_MockProtocol::temperatureBoundaryIsAccepted()
{
    QJsonObject body = chat(QStringLiteral("Hello"));
    body.insert(QStringLiteral("temperature"), 1.5);
    body.insert(QStringLiteral("top_p"), 1);
    body.insert(QStringLiteral("max_tokens"), 500);
    body.insert(QStringLiteral("random_seed"), 7);
    body.insert(QStringLiteral("safe_prompt"), false);
    body.insert(QStringLiteral("reasoning_effort"), QStringLiteral("high"));
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 200);
}

void tst_MockProtocol::invalidRequestDoesNotConsumeScript()
{
    m_server->enqueue(MockReply::withText(QStringLiteral("scripted")));
    QJsonObject bad = chat(QStringLiteral("Hello"));
    bad.insert(QStringLiteral("seed"), 1);
    RawHttpClient *c = send(bad);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 422);
    QCOMPARE(m_server->queuedReplies(), 1);
    RawHttpClient *d = send(chat(QStringLiteral("Hello")));
    QTRY_VERIFY_WITH_TIMEOUT(d->finished(), Timeout);
    QCOMPARE(answerOf(d), QStringLiteral("scripted"));
    QCOMPARE(m_server->queuedReplies(), 0);
}

void tst_MockProtocol::unknownModel()
{
    QJsonObject body = chat(QStringLiteral("Hello"));
    body.insert(QStringLiteral("model"), QStringLiteral("mistral-large-2"));
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 400);
    const QJsonObject json = c->json();
    QCOMPARE(json.value(QLatin1String("object")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("invalid_request_error"));
    QCOMPARE(json.value(QLatin1String("param")).toString(), QStringLiteral("model"));
    QCOMPARE(json.value(QLatin1String("code")).toString(), QStringLiteral("unknown_model"));
    QVERIFY(json.value(QLatin1String("message")).toString().contains(QLatin1String("mistral-large-2")));
}

void tst_MockProtocol::contextOverflow()
{
    QJsonArray models = MockMistralServer::defaultModels();
    models.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("tiny-model")},
                               {QStringLiteral("max_context_length"), 10},
                               {QStringLiteral("aliases"), QJsonArray()}});
    m_server->setModels(models);
    QJsonObject body = chat(QString(200, QLatin1Char('x'))); // 50 prompt tokens
    body.insert(QStringLiteral("model"), QStringLiteral("tiny-model"));
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 400);
    QVERIFY(c->json().value(QLatin1String("message")).toString().contains(QLatin1String("50 tokens")));
}

void tst_MockProtocol::unauthorized_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::newRow("message, wrong key")
        << int(ErrorShape::Unauthorized401Message) << QByteArray("nope")
        << QByteArray(R"({"message":"Unauthorized","request_id":"c61f2f15feca71626a990e3740f99245"})");
    QTest::newRow("detail, no header") << int(ErrorShape::Unauthorized401Detail) << QByteArray()
                                       << QByteArray(R"({"detail":"Unauthorized"})");
    QTest::newRow("empty body, wrong key")
        << int(ErrorShape::Unauthorized401Empty) << QByteArray("test-key2") << QByteArray();
}

void tst_MockProtocol::unauthorized()
{
    QFETCH(int, shape);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, expectedBody);
    m_server->setUnauthorizedShape(ErrorShape(shape));
    m_server->enqueue(MockReply::withText(QStringLiteral("never sent")));
    RawHttpClient *c = send(chat(QStringLiteral("Hello")), key);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 401);
    QCOMPARE(c->body(), expectedBody);
    QCOMPARE(c->header("content-length").toInt(), expectedBody.size());
    QCOMPARE(c->header("content-type").isEmpty(), expectedBody.isEmpty());
    QCOMPARE(m_server->queuedReplies(), 1);

    auto *models = new RawHttpClient(m_server->port(), m_server);
    models->get("/v1/models", key);
    QTRY_VERIFY_WITH_TIMEOUT(models->finished(), Timeout);
    QCOMPARE(models->status(), 401);
}

void tst_MockProtocol::anyKeyWhenKeyIsEmpty()
{
    m_server->setApiKey({});
    RawHttpClient *c = send(chat(QStringLiteral("Hello")), "whatever");
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 200);
    RawHttpClient *d = send(chat(QStringLiteral("Hello")), "");
    QTRY_VERIFY_WITH_TIMEOUT(d->finished(), Timeout);
    QCOMPARE(d->status(), 401);
}

void tst_MockProtocol::modelsList()
{
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->get("/v1/models");
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 200);
    const QJsonObject json = c->json();
    QCOMPARE(json.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    QVERIFY(data.size() >= 8);
    QSet<QString> ids;
    for (const QJsonValue &v : data) {
        const QJsonObject m = v.toObject();
        ids.insert(m.value(QLatin1String("id")).toString());
        QCOMPARE(m.value(QLatin1String("object")).toString(), QStringLiteral("model"));
        QVERIFY(m.value(QLatin1String("aliases")).isArray());
        QVERIFY(m.value(QLatin1String("capabilities")).toObject().value(QLatin1String("completion_chat")).toBool());
        QVERIFY(m.value(QLatin1String("max_context_length")).toInt() > 0);
        QVERIFY(m.contains(QLatin1String("deprecation")));
        QVERIFY(m.contains(QLatin1String("default_model_temperature")));
    }
    // Aliases are entries of their own, pointing back at the dated name.
    QVERIFY(ids.contains(QStringLiteral("mistral-large-2512")));
    QVERIFY(ids.contains(QStringLiteral("mistral-large-latest")));
    QVERIFY(ids.contains(QStringLiteral("codestral-latest")));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->chatRequestCount(), 0);
}

void tst_MockProtocol::customModels()
{
    m_server->setModels({QJsonObject {{QStringLiteral("id"), QStringLiteral("only-model")},
                                      {QStringLiteral("max_context_length"), 1000}}});
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->get("/v1/models");
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->json().value(QLatin1String("data")).toArray().size(), 1);
    RawHttpClient *d = send(chat(QStringLiteral("Hello"))); // mistral-large-latest no longer exists
    QTRY_VERIFY_WITH_TIMEOUT(d->finished(), Timeout);
    QCOMPARE(d->status(), 400);
}

void tst_MockProtocol::recording()
{
    QSignalSpy spy(m_server, &MockMistralServer::requestReceived);
    m_clock->advance(1234);
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->post("/v1/chat/completions", QJsonDocument(chat(QStringLiteral("Record me"))).toJson(QJsonDocument::Compact),
            "test-key", {{"X-Custom-Thing", "42"}, {"User-Agent", "rostrum-test"}});
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    const RecordedRequest r = m_server->requests().at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(r.header("x-custom-thing"), QByteArray("42"));
    QCOMPARE(r.header("AUTHORIZATION"), QByteArray("Bearer test-key"));
    QCOMPARE(r.header("user-agent"), QByteArray("rostrum-test"));
    QVERIFY(r.header("absent").isEmpty());
    QCOMPARE(
        r.json.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")).toString(),
        QStringLiteral("Record me"));
    QCOMPARE(r.body, QJsonDocument(chat(QStringLiteral("Record me"))).toJson(QJsonDocument::Compact));
    QCOMPARE(r.receivedAtMs, 1234);
    QVERIFY(r.isChat());
    QVERIFY(!r.isStream());
    QCOMPARE(m_server->chatRequestCount(), 1);
    QCOMPARE(m_server->lastRequest().body, r.body);
    m_server->clearRequests();
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->chatRequestCount(), 0);
}

void tst_MockProtocol::defaultSpeechIsDeterministicAndVaried()
{
    const QString motion =
        QStringLiteral("Debate the motion \"This house would abolish homework\". Give your opening.");
    RawHttpClient *a = send(chat(motion, QStringLiteral("You argue for the proposition.")));
    RawHttpClient *b = send(chat(motion, QStringLiteral("You argue for the proposition.")));
    RawHttpClient *o = send(chat(motion, QStringLiteral("You oppose the motion.")));
    RawHttpClient *other = send(
        chat(QStringLiteral("Debate \"Cities should ban cars\"."), QStringLiteral("You argue for the proposition.")));
    QTRY_VERIFY_WITH_TIMEOUT(a->finished() && b->finished() && o->finished() && other->finished(), Timeout);
    const QString speech = answerOf(a);
    QCOMPARE(answerOf(b), speech);
    QVERIFY(speech.contains(QLatin1String("This house would abolish homework")));
    QVERIFY(speech.count(QLatin1Char('.')) >= 3);
    QVERIFY(speech.size() > 150);
    QVERIFY(answerOf(o) != speech);
    QVERIFY(answerOf(o).contains(QLatin1String("oppose")) || answerOf(o).contains(QLatin1String("against")));
    QVERIFY(answerOf(other).contains(QLatin1String("Cities should ban cars")));
    // Usage follows the request and the answer.
    const QJsonObject usage = a->json().value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(),
             MockMistralServer::promptTokens(chat(motion, QStringLiteral("You argue for the proposition."))));
    QVERIFY(usage.value(QLatin1String("completion_tokens")).toInt() >= speech.toUtf8().size() / 8);
}

void tst_MockProtocol::maxTokensTruncates()
{
    QJsonObject body = chat(QStringLiteral("Speak"));
    body.insert(QStringLiteral("max_tokens"), 5);
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    const QJsonObject choice = c->json().value(QLatin1String("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QLatin1String("finish_reason")).toString(), QStringLiteral("length"));
    QVERIFY(c->json().value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt() <= 5);
}

void tst_MockProtocol::prefixIsRepeated()
{
    QJsonObject body = chat(QStringLiteral("Continue the speech"));
    QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                 {QStringLiteral("content"), QStringLiteral("Ladies and gentlemen,")},
                                 {QStringLiteral("prefix"), true}});
    body.insert(QStringLiteral("messages"), messages);
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 200);
    const QString answer = answerOf(c);
    QVERIFY(answer.startsWith(QLatin1String("Ladies and gentlemen, ")));
    QVERIFY(answer.size() > 40);

    // A scripted continuation gets the prefix in front of it too.
    m_server->enqueue(MockReply::withText(QStringLiteral(" we meet again.")));
    RawHttpClient *d = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(d->finished(), Timeout);
    QCOMPARE(answerOf(d), QStringLiteral("Ladies and gentlemen, we meet again."));
}

void tst_MockProtocol::jsonSchemaAnswerConforms()
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object", "additionalProperties": false,
        "required": ["winner", "scores", "reasoning", "confident", "points"],
        "properties": {
          "winner": {"type": "string", "enum": ["proposition", "opposition", "draw"]},
          "scores": {"$ref": "#/$defs/Scores"},
          "reasoning": {"type": "string", "minLength": 20, "maxLength": 400},
          "confident": {"type": "boolean"},
          "margin": {"type": ["number", "null"], "minimum": 0.5, "maximum": 0.75},
          "points": {"type": "array", "minItems": 3, "maxItems": 5,
                     "items": {"type": "object", "required": ["side", "weight"],
                               "properties": {"side": {"type": "string"},
                                              "weight": {"type": "integer", "minimum": 1, "maximum": 3}}}}
        },
        "$defs": {"Scores": {"type": "object", "required": ["proposition", "opposition"],
                             "properties": {"proposition": {"type": "integer", "minimum": 0, "maximum": 10},
                                            "opposition": {"type": "integer", "exclusiveMinimum": 4, "maximum": 6}}}}
    })")
                                   .object();
    QVERIFY(!schema.isEmpty());
    QJsonObject body = chat(QStringLiteral("Judge the debate."));
    body.insert(QStringLiteral("response_format"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")},
                             {QStringLiteral("json_schema"),
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("verdict")},
                                           {QStringLiteral("schema"), schema},
                                           {QStringLiteral("strict"), true}}}});
    RawHttpClient *c = send(body);
    QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
    QCOMPARE(c->status(), 200);
    QJsonParseError error;
    const QJsonObject verdict = QJsonDocument::fromJson(answerOf(c).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(QStringList({QStringLiteral("proposition"), QStringLiteral("opposition"), QStringLiteral("draw")})
                .contains(verdict.value(QLatin1String("winner")).toString()));
    const QJsonObject scores = verdict.value(QLatin1String("scores")).toObject();
    QVERIFY(scores.value(QLatin1String("proposition")).isDouble());
    const double p = scores.value(QLatin1String("proposition")).toDouble();
    QVERIFY(p >= 0 && p <= 10 && p == std::floor(p));
    const double o = scores.value(QLatin1String("opposition")).toDouble();
    QVERIFY(o > 4 && o <= 6 && o == std::floor(o));
    const QString reasoning = verdict.value(QLatin1String("reasoning")).toString();
    QVERIFY(reasoning.size() >= 20 && reasoning.size() <= 400);
    QVERIFY(verdict.value(QLatin1String("confident")).isBool());
    const double margin = verdict.value(QLatin1String("margin")).toDouble();
    QVERIFY(margin >= 0.5 && margin <= 0.75);
    const QJsonArray points = verdict.value(QLatin1String("points")).toArray();
    QVERIFY(points.size() >= 3 && points.size() <= 5);
    for (const QJsonValue &v : points) {
        QVERIFY(v.toObject().value(QLatin1String("side")).isString());
        const int weight = v.toObject().value(QLatin1String("weight")).toInt();
        QVERIFY(weight >= 1 && weight <= 3);
    }
}

void tst_MockProtocol::queueThenDefault()
{
    MockReply fallback = MockReply::withText(QStringLiteral("default"));
    m_server->setDefaultReply(fallback);
    m_server->enqueue(MockReply::withText(QStringLiteral("first")));
    m_server->enqueue(MockReply::withText(QStringLiteral("second")));
    QStringList answers;
    for (int i = 0; i < 3; ++i) {
        RawHttpClient *c = send(chat(QStringLiteral("Hello")));
        QTRY_VERIFY_WITH_TIMEOUT(c->finished(), Timeout);
        answers << answerOf(c);
    }
    QCOMPARE(answers, (QStringList {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("default")}));
    QCOMPARE(m_server->chatRequestCount(), 3);
}

void tst_MockProtocol::unknownPathAndMethod()
{
    auto *c = new RawHttpClient(m_server->port(), m_server);
    c->get("/v1/nothing");
    auto *d = new RawHttpClient(m_server->port(), m_server);
    d->get("/v1/chat/completions");
    auto *e = new RawHttpClient(m_server->port(), m_server);
    e->sendRaw("NONSENSE\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(c->finished() && d->finished() && e->finished(), Timeout);
    QCOMPARE(c->status(), 404);
    QCOMPARE(d->status(), 405);
    QCOMPARE(e->status(), 400);
}

void tst_MockProtocol::errorShapes()
{
    // Every shape is what the observed captures say it is.
    QCOMPARE(
        MockMistralServer::errorBody(ErrorShape::RateLimited429),
        QByteArray(
            R"({"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429})"));
    QCOMPARE(MockMistralServer::errorBody(ErrorShape::RateLimited429Legacy),
             QByteArray(R"({"message":"Requests rate limit exceeded"})"));
    QCOMPARE(
        MockMistralServer::errorBody(ErrorShape::Validation422Bare),
        QByteArray(
            R"({"detail":[{"input":false,"loc":["body","store"],"msg":"Extra inputs are not permitted","type":"extra_forbidden"}]})"));
    const QJsonObject stringMessage =
        QJsonDocument::fromJson(MockMistralServer::errorBody(ErrorShape::Validation422StringMessage)).object();
    QVERIFY(stringMessage.value(QLatin1String("message")).isString());
    QVERIFY(QJsonDocument::fromJson(stringMessage.value(QLatin1String("message")).toString().toUtf8())
                .object()
                .value(QLatin1String("detail"))
                .isArray());
    const QJsonObject capital =
        QJsonDocument::fromJson(MockMistralServer::errorBody(ErrorShape::Validation422CapitalError)).object();
    QCOMPARE(capital.value(QLatin1String("object")).toString(), QStringLiteral("Error"));
    QCOMPARE(capital.value(QLatin1String("code")).toInt(), 3001);
    QVERIFY(MockMistralServer::errorBody(ErrorShape::Unauthorized401Empty).isEmpty());
    QVERIFY(MockMistralServer::errorBody(ErrorShape::BadGateway502).startsWith("<html>"));
    const QJsonObject capacity =
        QJsonDocument::fromJson(MockMistralServer::errorBody(ErrorShape::Capacity429)).object();
    QVERIFY(capacity.value(QLatin1String("message")).toString().contains(QLatin1String("capacity")));
}

// A client may connect ahead of need and send nothing (QNetworkAccessManager does, with queued
// requests): such a connection is open but not busy. Once a request starts it is busy until it
// is answered; then it is idle again until the next request or until the client closes it.
void tst_MockProtocol::idleConnectionIsNotBusy()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 1, Timeout);
    QCOMPARE(m_server->busyConnections(), 0);

    // Half a request head: the server is receiving a request.
    socket.write("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_server->busyConnections(), 1, Timeout);
    QCOMPARE(m_server->openConnections(), 1);

    socket.write("Authorization: Bearer test-key\r\n\r\n");
    // Answered chunked on a kept-alive connection: the last chunk ends it, the socket stays open.
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll(), response.endsWith("\r\n0\r\n\r\n")), Timeout);
    QVERIFY(response.startsWith("HTTP/1.1 200 "));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->busyConnections(), 0, Timeout);
    QCOMPARE(m_server->openConnections(), 1);

    socket.disconnectFromHost(); // the client lets go; so does the server
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, Timeout);
    QCOMPARE(m_server->busyConnections(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(tst_MockProtocol)
#include "tst_mockprotocol.moc"
