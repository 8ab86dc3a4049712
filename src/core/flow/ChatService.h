#pragma once

#include "api/ChatRequest.h"
#include "api/ChatResult.h"
#include "flow/ChatBackend.h"
#include "flow/ChatCache.h"
#include "flow/ChatHandle.h"
#include "flow/ChatOptions.h"
#include "flow/RateLimiter.h"
#include "flow/RequestScheduler.h"
#include "flow/RetryPolicy.h"
#include "usage/UsageRecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace rostrum {

class ChatCall;
class Clock;
class MistralClient;

// The one way every front (GUI, CLI, debate engine) asks for a chat answer:
//   cache? -> RequestScheduler (priority, concurrency) -> RateLimiter (a slot) -> MistralClient
//   -> on failure RetryPolicy decides; the wait runs on the Clock (a 429 pauses the limiter for
//   everyone) -> another attempt, or the end.
// Retries live here and nowhere else. A stream cut after text arrived is resumed, not restarted:
// the next attempt sends the partial answer as a final assistant message with prefix: true and
// the repeated prefix is stripped, so the reader gets one whole text and no answer is paid twice.
// Every request ends with one UsageRecord (requestFinished), attempts and waits included.
class ChatService : public QObject, public ChatBackend
{
    Q_OBJECT
public:
    // The service uses, but does not own, its collaborators.
    ChatService(MistralClient *client, Clock *clock, RateLimiter *limiter, RequestScheduler *scheduler,
                QObject *parent = nullptr);
    ~ChatService() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy &retryPolicy() { return m_retry; }
    void setCache(ChatCache *cache) { m_cache = cache; }

    RateLimiter *limiter() const { return m_limiter; }
    RequestScheduler *scheduler() const { return m_scheduler; }

    // Queues a request. The handle is owned by the service; connect to it right away (nothing is
    // emitted before the next event-loop turn).
    ChatHandle *submit(const ChatRequest &request, const ChatOptions &options = {}) override;
    // Calls in flight on the wire right now.
    int activeCalls() const { return m_activeCalls; }

    // A rough token estimate for the limiter when the caller gives none: ~3.5 characters a token
    // plus the answer's max_tokens (or 512).
    static qint64 estimateTokens(const ChatRequest &request);

Q_SIGNALS:
    void requestFinished(const rostrum::UsageRecord &usage);
    // A response carried x-model-deprecation-timestamp: the model is to be removed at removal
    // (invalid when the header could not be read). Emitted for every such response; fronts warn once.
    void modelDeprecated(const QString &model, const QDateTime &removal);

private:
    friend class ChatHandle;
    void start(ChatHandle *h, RateLimiter::Ticket ticket);
    void sendAttempt(ChatHandle *h);
    void onGranted(RateLimiter::Ticket ticket);
    void onCallFinished(ChatHandle *h, ChatCall *call, const ChatResult &result);
    void onCallFailed(ChatHandle *h, ChatCall *call, const ApiError &error, const ChatResult &partial);
    void scheduleRetry(ChatHandle *h, const ApiError &error, const RetryPolicy::Decision &decision);
    void acquireFor(ChatHandle *h);
    void endCall(ChatHandle *h, ChatCall *call, qint64 actualTokens);
    void succeed(ChatHandle *h, ChatResult result);
    void fail(ChatHandle *h, const ApiError &error, const ChatResult &partial);
    void finishUsage(ChatHandle *h);
    void cancel(ChatHandle *h);
    void abandon(ChatHandle *h);
    static ChatResult partialResult(const ChatHandle *h);
    void answerFromCache(ChatHandle *h, const ChatResult &cached);

    MistralClient *m_client;
    Clock *m_clock;
    RateLimiter *m_limiter;
    RequestScheduler *m_scheduler;
    ChatCache *m_cache = nullptr;
    RetryPolicy m_retry;
    QHash<RequestScheduler::JobId, ChatHandle *> m_byJob;
    QHash<RateLimiter::Ticket, ChatHandle *> m_waitingTickets;
    int m_activeCalls = 0;
    ChatHandle *m_enqueuing = nullptr; // the handle whose job enqueue() is creating
};

} // namespace rostrum
