#pragma once

#include "MockBatchApi.h"
#include "MockReply.h"
#include "RecordedRequest.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;

namespace rostrum {
class Clock;
}

namespace rostrum::test {

class HttpConnection;
class MockPromptCache;
class MockRateWindow;
struct HttpRequest;

// A local HTTP/1.1 server that speaks the Mistral chat API wire format (as captured from
// api.mistral.ai) and injects scripted faults. It is an independent implementation of the
// protocol: it shares no code with the client under test, so a shared misunderstanding cannot
// hide. Listens on 127.0.0.1 only. Frames like the API by default: HTTP/1.1 keep-alive, streams
// and JSON answers with "Transfer-Encoding: chunked" (one HTTP chunk per SSE event), errors with
// Content-Length, connections reused across requests. setFraming(Framing::CloseDelimited) gives
// the older shape: no length on streams, "Connection: close" on every response.
//
// Order of checks for POST /v1/chat/completions (as the real gateway does it):
//   bearer key (401) -> rate limits (429) -> schema validation (422) -> model (400) -> scripted reply.
// A scripted reply is consumed only by a request that passed the first four checks.
class MockMistralServer : public QObject
{
    Q_OBJECT
public:
    // Gives the reply for the chat request number chatIndex (0-based, counting only requests that
    // passed validation); nullopt falls back to the queue / default reply. Used by scenarios.
    using ReplyProvider = std::function<std::optional<MockReply>(int chatIndex, const RecordedRequest &request)>;

    explicit MockMistralServer(QObject *parent = nullptr);
    ~MockMistralServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only
    void close();
    QUrl baseUrl() const; // http://127.0.0.1:PORT (no trailing slash, no /v1)
    quint16 port() const;

    // Default "test-key". An empty key accepts any non-empty bearer token.
    void setApiKey(const QByteArray &key);
    // The body sent with a 401 (Unauthorized401Message by default).
    void setUnauthorizedShape(ErrorShape shape);
    // Rate windows and Retry-After are computed on this clock (default: Clock::system()).
    void setClock(rostrum::Clock *clock);
    // 0 = unlimited. Sliding 60-second windows on the clock; over a limit -> 429 rate_limited.
    // Limits are also sent as headers (see setHeaderFamily).
    void setLimits(int requestsPerMinute, int tokensPerMinute);
    // Whether those 429s carry Retry-After (seconds until enough of the window has expired). Off
    // by default: the API documents the header but does not reliably send it.
    void setRateLimitRetryAfter(bool send);
    void setHeaderFamily(HeaderFamily family);
    // How every response is framed unless its MockReply says otherwise (default Chunked).
    void setFraming(Framing framing);
    Framing framing() const { return m_framing; }
    // The API's prompt cache (MockPromptCache): on by default, as the API does it, a request with a
    // prompt_cache_key is told how many of its prompt tokens an earlier request of that key had already
    // sent. A MockReply with cachedTokens >= 0 says it instead. Off: no cached tokens unless scripted.
    void setPromptCaching(bool on);

    void enqueue(const MockReply &reply); // consumed in order by the next chat requests
    void setDefaultReply(const MockReply &reply);
    MockReply defaultReply() const { return m_defaultReply; }
    void setReplyProvider(ReplyProvider provider);
    int queuedReplies() const { return int(m_queue.size()); }

    void setModels(const QJsonArray &data); // GET /v1/models "data" (default: defaultModels())
    static QJsonArray defaultModels(); // a realistic small list, aliases as separate entries

    QList<RecordedRequest> requests() const { return m_requests; }
    // The usage the server reported for every chat request it answered (200), in order: what a client
    // should bill, for tests that check its figures by hand.
    struct AnsweredUsage
    {
        QString model; // as the request named it
        QString promptCacheKey;
        int promptTokens = 0;
        int completionTokens = 0;
        int cachedTokens = 0; // prompt_tokens_details.cached_tokens, 0 when not sent
    };
    QList<AnsweredUsage> answeredUsage() const { return m_answered; }
    RecordedRequest lastRequest() const;
    void clearRequests();
    int chatRequestCount() const;
    int openConnections() const; // every accepted connection not yet closed
    // Connections with an exchange in progress: a request being received, handled or answered.
    // Unlike openConnections(), an idle connection the client opened ahead of need does not count.
    int busyConnections() const;

    // Every observed error body shape (see ErrorShape).
    static QByteArray errorBody(ErrorShape shape);
    // The real 422 for one unknown top-level field, e.g. extraForbiddenBody("seed", 42).
    static QByteArray extraForbiddenBody(const QString &field, const QJsonValue &input);
    // A 429 that says the plan has no quota for the model (x-ratelimit-limit-req-minute: 0).
    static MockReply noQuotaReply();
    // A 429 "service tier capacity exceeded" (retryable).
    static MockReply capacityReply(int retryAfterSeconds = -1);

    // The files and Batch API endpoints (jobs, their scripts, and what was uploaded and paid for).
    MockBatchApi &batch() { return *m_batch; }

    // Same deterministic token estimate the server uses for prompt_tokens (about bytes / 4,
    // at least 1 per message).
    static int promptTokens(const QJsonObject &chatRequest);

Q_SIGNALS:
    void requestReceived(int index); // index into requests()

private:
    void onNewConnection();
    void handle(HttpConnection *connection, const HttpRequest &request);
    void handleChat(HttpConnection *connection, const RecordedRequest &recorded);
    void handleModels(HttpConnection *connection);
    bool authorized(const RecordedRequest &request) const;
    void respondUnauthorized(HttpConnection *connection);
    QJsonObject findModel(const QString &id) const;
    MockReply nextReply(const RecordedRequest &recorded);
    QList<std::pair<QByteArray, QByteArray>> rateHeaders(int queryCost) const;

    QTcpServer *m_server = nullptr;
    QPointer<rostrum::Clock> m_clock;
    QByteArray m_apiKey = QByteArrayLiteral("test-key");
    ErrorShape m_unauthorizedShape = ErrorShape::Unauthorized401Message;
    HeaderFamily m_headerFamily = HeaderFamily::Headers2026;
    Framing m_framing = Framing::Chunked;
    bool m_rateLimitRetryAfter = false;
    std::unique_ptr<MockRateWindow> m_rate;
    std::unique_ptr<MockBatchApi> m_batch;
    std::unique_ptr<MockPromptCache> m_promptCache;
    bool m_promptCaching = true;
    QQueue<MockReply> m_queue;
    MockReply m_defaultReply;
    ReplyProvider m_provider;
    QJsonArray m_models;
    QList<RecordedRequest> m_requests;
    QList<AnsweredUsage> m_answered;
    int m_validChatCount = 0;
    int m_responseCounter = 0;
};

} // namespace rostrum::test
