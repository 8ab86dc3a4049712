#include "MockMistralServer.h"

#include "clock/Clock.h"
#include "HttpConnection.h"
#include "MockAnswerGenerator.h"
#include "MockChatResponse.h"
#include "MockErrorBodies.h"
#include "MockModelCatalog.h"
#include "MockPromptCache.h"
#include "MockRateWindow.h"
#include "MockValidator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace rostrum::test {

Q_LOGGING_CATEGORY(lcMock, "rostrum.mock")

namespace {
using Headers = QList<std::pair<QByteArray, QByteArray>>;

const QByteArray JsonType = "application/json";

bool hasRateHeaders(const Headers &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower().contains("ratelimit"))
            return true;
    }
    return false;
}
} // namespace

MockMistralServer::MockMistralServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_clock(Clock::system())
    , m_rate(std::make_unique<MockRateWindow>())
    , m_batch(std::make_unique<MockBatchApi>(m_clock, [this](const RecordedRequest &line) { return nextReply(line); }))
    , m_promptCache(std::make_unique<MockPromptCache>())
    , m_models(defaultModels())
{
    connect(m_server, &QTcpServer::newConnection, this, &MockMistralServer::onNewConnection);
}

MockMistralServer::~MockMistralServer() = default;

bool MockMistralServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcMock) << "cannot listen on port" << port << m_server->errorString();
        return false;
    }
    return true;
}

void MockMistralServer::close()
{
    m_server->close();
}

QUrl MockMistralServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

quint16 MockMistralServer::port() const
{
    return m_server->serverPort();
}

void MockMistralServer::setApiKey(const QByteArray &key)
{
    m_apiKey = key;
}

void MockMistralServer::setUnauthorizedShape(ErrorShape shape)
{
    m_unauthorizedShape = shape;
}

void MockMistralServer::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_batch->setClock(m_clock);
}

void MockMistralServer::setLimits(int requestsPerMinute, int tokensPerMinute)
{
    m_rate->setLimits(requestsPerMinute, tokensPerMinute);
}

void MockMistralServer::setRateLimitRetryAfter(bool send)
{
    m_rateLimitRetryAfter = send;
}

void MockMistralServer::setHeaderFamily(HeaderFamily family)
{
    m_headerFamily = family;
}

void MockMistralServer::setFraming(Framing framing)
{
    m_framing = framing == Framing::ServerDefault ? Framing::Chunked : framing;
}

void MockMistralServer::setPromptCaching(bool on)
{
    m_promptCaching = on;
    m_promptCache->clear();
}

void MockMistralServer::enqueue(const MockReply &reply)
{
    m_queue.enqueue(reply);
}

void MockMistralServer::setDefaultReply(const MockReply &reply)
{
    m_defaultReply = reply;
}

void MockMistralServer::setReplyProvider(ReplyProvider provider)
{
    m_provider = std::move(provider);
}

void MockMistralServer::setModels(const QJsonArray &data)
{
    m_models = data;
}

RecordedRequest MockMistralServer::lastRequest() const
{
    return m_requests.isEmpty() ? RecordedRequest {} : m_requests.last();
}

void MockMistralServer::clearRequests()
{
    m_requests.clear();
    m_answered.clear();
}

int MockMistralServer::chatRequestCount() const
{
    return int(
        std::count_if(m_requests.begin(), m_requests.end(), [](const RecordedRequest &r) { return r.isChat(); }));
}

int MockMistralServer::openConnections() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

int MockMistralServer::busyConnections() const
{
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    return int(
        std::count_if(connections.begin(), connections.end(), [](const HttpConnection *c) { return !c->idle(); }));
}

QByteArray MockMistralServer::errorBody(ErrorShape shape)
{
    return MockErrorBodies::body(shape);
}

QByteArray MockMistralServer::extraForbiddenBody(const QString &field, const QJsonValue &input)
{
    return MockErrorBodies::extraForbidden(field, input);
}

MockReply MockMistralServer::noQuotaReply()
{
    MockReply reply = MockReply::error(429, ErrorShape::NoQuota429);
    reply.headers = {{"x-ratelimit-limit-req-minute", "0"}, {"x-ratelimit-remaining-req-minute", "0"}};
    return reply;
}

MockReply MockMistralServer::capacityReply(int retryAfterSeconds)
{
    MockReply reply = MockReply::error(429, ErrorShape::Capacity429);
    if (retryAfterSeconds >= 0)
        reply.headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSeconds));
    return reply;
}

QJsonArray MockMistralServer::defaultModels()
{
    return MockModelCatalog::defaultModels();
}

int MockMistralServer::promptTokens(const QJsonObject &chatRequest)
{
    return MockAnswerGenerator::promptTokens(chatRequest);
}

void MockMistralServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

void MockMistralServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    connection->setDefaultFraming(m_framing);
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.path = request.path;
    recorded.headers = request.headers;
    recorded.body = request.body;
    recorded.json = QJsonDocument::fromJson(request.body).object();
    recorded.receivedAtMs = m_clock ? m_clock->nowMs() : 0;
    m_requests.append(recorded);
    emit requestReceived(int(m_requests.size() - 1));

    const QByteArray path = request.path.split('?').value(0);
    const Headers json {{"Content-Type", JsonType}};
    if (MockBatchApi::isBatchPath(path)) {
        if (!authorized(recorded))
            respondUnauthorized(connection);
        else
            m_batch->handle(connection, recorded);
        return;
    }
    if (path == "/v1/chat/completions") {
        if (request.method != "POST")
            connection->respond(405, json, MockErrorBodies::methodNotAllowed());
        else
            handleChat(connection, recorded);
    } else if (path == "/v1/models") {
        if (request.method != "GET")
            connection->respond(405, json, MockErrorBodies::methodNotAllowed());
        else if (!authorized(recorded))
            respondUnauthorized(connection);
        else
            handleModels(connection);
    } else {
        connection->respond(404, json, MockErrorBodies::notFound());
    }
}

bool MockMistralServer::authorized(const RecordedRequest &request) const
{
    const QByteArray auth = request.header("authorization");
    if (!auth.toLower().startsWith("bearer "))
        return false;
    const QByteArray token = auth.mid(7).trimmed();
    return m_apiKey.isEmpty() ? !token.isEmpty() : token == m_apiKey;
}

void MockMistralServer::respondUnauthorized(HttpConnection *connection)
{
    const QByteArray body = MockErrorBodies::body(m_unauthorizedShape);
    Headers headers;
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    connection->respond(401, headers, body);
}

void MockMistralServer::handleModels(HttpConnection *connection)
{
    const QJsonObject answer {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), m_models}};
    connection->respond(200, {{"Content-Type", JsonType}}, QJsonDocument(answer).toJson(QJsonDocument::Compact), {},
                        true);
}

QJsonObject MockMistralServer::findModel(const QString &id) const
{
    for (const QJsonValue &v : m_models) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("id")).toString() == id
            || m.value(QLatin1String("aliases")).toArray().contains(QJsonValue(id)))
            return m;
    }
    return {};
}

MockReply MockMistralServer::nextReply(const RecordedRequest &recorded)
{
    const int index = m_validChatCount++;
    if (m_provider) {
        if (std::optional<MockReply> reply = m_provider(index, recorded))
            return *reply;
    }
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    return m_defaultReply;
}

void MockMistralServer::handleChat(HttpConnection *connection, const RecordedRequest &recorded)
{
    if (!authorized(recorded)) {
        respondUnauthorized(connection);
        return;
    }
    const QJsonObject &request = recorded.json;
    const int prompt = MockAnswerGenerator::promptTokens(request);
    const int estimate = prompt + std::max(0, request.value(QLatin1String("max_tokens")).toInt());
    const qint64 now = m_clock->nowMs();
    const bool limited = m_rate->requestLimit() > 0 || m_rate->tokenLimit() > 0;

    if (limited) {
        const MockRateWindow::Decision decision = m_rate->check(now, estimate);
        if (!decision.allowed) {
            Headers headers {{"Content-Type", JsonType}};
            headers += rateHeaders(estimate);
            if (m_rateLimitRetryAfter)
                headers.emplaceBack("Retry-After", QByteArray::number(decision.retryAfterSeconds));
            connection->respond(429, headers, MockErrorBodies::body(ErrorShape::RateLimited429));
            return;
        }
    }

    const MockValidator::Result validation = MockValidator::validateChat(recorded.body);
    if (!validation.ok()) {
        connection->respond(validation.status, Headers {{"Content-Type", JsonType}} + rateHeaders(estimate),
                            validation.body);
        return;
    }
    const QString modelId = request.value(QLatin1String("model")).toString();
    const QJsonObject model = findModel(modelId);
    if (model.isEmpty()) {
        connection->respond(400, {{"Content-Type", JsonType}}, MockErrorBodies::unknownModel(modelId));
        return;
    }
    const int context = model.value(QLatin1String("max_context_length")).toInt(0);
    if (context > 0 && prompt > context) {
        connection->respond(400, {{"Content-Type", JsonType}}, MockErrorBodies::contextOverflow(prompt, context));
        return;
    }

    MockReply reply = nextReply(recorded);
    if (reply.redirectTo.isValid()) {
        connection->respond(307, Headers {{"Location", reply.redirectTo.toEncoded()}} + reply.headers, QByteArray(),
                            reply);
        return;
    }
    if (reply.status >= 400 || reply.status < 200) {
        Headers headers;
        if (!reply.errorBody.isEmpty())
            headers.emplaceBack("Content-Type", reply.errorBody.startsWith('{') ? JsonType : QByteArray("text/html"));
        if (!hasRateHeaders(reply.headers))
            headers += rateHeaders(estimate);
        connection->respond(reply.status, headers + reply.headers, reply.errorBody, reply);
        return;
    }

    if (m_promptCaching) {
        // Only an answered request fills the cache; a scripted figure wins over the modelled one.
        const int cached = m_promptCache->admit(request);
        if (reply.cachedTokens < 0 && cached > 0)
            reply.cachedTokens = cached;
    }
    const QByteArray id =
        QCryptographicHash::hash(QByteArray("rostrum-mock-" + QByteArray::number(++m_responseCounter)),
                                 QCryptographicHash::Md5)
            .toHex();
    auto response = std::make_shared<MockChatResponse>(request, reply, id, m_clock->wallTime().toSecsSinceEpoch());
    m_answered.append({modelId, request.value(QLatin1String("prompt_cache_key")).toString(), response->promptTokens(),
                       response->completionTokens(), std::clamp(reply.cachedTokens, 0, response->promptTokens())});
    const int cost = prompt + response->completionTokens();
    if (limited)
        m_rate->record(now, cost);

    Headers headers;
    if (!hasRateHeaders(reply.headers))
        headers += rateHeaders(cost);
    headers.emplaceBack("x-kong-request-id", id);
    if (!model.value(QLatin1String("deprecation")).isNull() && model.contains(QLatin1String("deprecation")))
        headers.append(
            {"x-model-deprecation-timestamp", model.value(QLatin1String("deprecation")).toString().toUtf8()});
    headers += reply.headers;
    if (recorded.isStream()) {
        headers.prepend({"Content-Type", "text/event-stream; charset=utf-8"});
        headers.emplaceBack("Cache-Control", "no-cache");
        connection->respond(
            reply.status, headers, -1, [response] { return response->nextEvent(); }, reply);
    } else {
        headers.prepend({"Content-Type", JsonType});
        connection->respond(reply.status, headers, response->jsonBody(), reply, true);
    }
}

QList<std::pair<QByteArray, QByteArray>> MockMistralServer::rateHeaders(int queryCost) const
{
    Headers headers;
    const qint64 now = m_clock->nowMs();
    const int rpm = m_rate->requestLimit();
    const int tpm = m_rate->tokenLimit();
    const QByteArray cost = QByteArray::number(queryCost);
    switch (m_headerFamily) {
    case HeaderFamily::Headers2026:
        if (tpm > 0) {
            headers.emplaceBack("x-ratelimit-limit-tokens-minute", QByteArray::number(tpm));
            headers.emplaceBack("x-ratelimit-remaining-tokens-minute",
                                QByteArray::number(std::max(0, tpm - m_rate->tokensUsed(now))));
        }
        headers.emplaceBack("x-ratelimit-tokens-query-cost", cost);
        if (rpm > 0) {
            headers.emplaceBack("x-ratelimit-limit-req-minute", QByteArray::number(rpm));
            headers.emplaceBack("x-ratelimit-remaining-req-minute",
                                QByteArray::number(std::max(0, rpm - m_rate->requestsUsed(now))));
        }
        break;
    case HeaderFamily::Headers2025:
        if (tpm > 0) {
            const QByteArray remaining = QByteArray::number(std::max(0, tpm - m_rate->tokensUsed(now)));
            headers.emplaceBack("x-ratelimitbysize-remaining-minute", remaining);
            headers.emplaceBack("ratelimitbysize-limit", QByteArray::number(tpm));
            headers.emplaceBack("ratelimitbysize-reset", QByteArray::number(m_rate->secondsUntilReset(now)));
            headers.emplaceBack("ratelimitbysize-remaining", remaining);
            headers.emplaceBack("x-ratelimitbysize-limit-minute", QByteArray::number(tpm));
        }
        headers.emplaceBack("ratelimitbysize-query-cost", cost);
        break;
    case HeaderFamily::None:
        break;
    }
    return headers;
}

} // namespace rostrum::test
