#include "ChatService.h"

#include "api/ChatCall.h"
#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "flow/FlowLogging.h"
#include "flow/RateLimitHeaders.h"

#include <QUuid>

namespace rostrum {

namespace {
bool isRateLimit(ErrorClass c)
{
    return c == ErrorClass::RateLimited || c == ErrorClass::Capacity;
}

void addUsage(UsageRecord &u, const ChatUsage &usage)
{
    if (!usage.valid)
        return;
    u.promptTokens += int(usage.promptTokens);
    u.completionTokens += int(usage.completionTokens);
    u.cachedPromptTokens += int(usage.cachedTokens);
}
} // namespace

ChatService::ChatService(MistralClient *client, Clock *clock, RateLimiter *limiter, RequestScheduler *scheduler,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
    , m_limiter(limiter)
    , m_scheduler(scheduler)
{
    qRegisterMetaType<rostrum::UsageRecord>();
    connect(m_limiter, &RateLimiter::granted, this, &ChatService::onGranted);
    connect(m_scheduler, &RequestScheduler::progress, this,
            [this](RequestScheduler::JobId job, const RequestScheduler::Progress &p) {
                ChatHandle *h = m_byJob.value(job);
                if (!h && m_enqueuing) {
                    // The scheduler reports the new job before enqueue() returns its id.
                    h = m_enqueuing;
                    h->m_job = job;
                    m_byJob.insert(job, h);
                }
                if (h) {
                    h->m_progress = p;
                    emit h->progress(p);
                }
            });
}

ChatService::~ChatService() = default;

qint64 ChatService::estimateTokens(const ChatRequest &request)
{
    qint64 chars = 0;
    for (const auto &m : request.messages)
        chars += m.text().size() + 16; // the chat template's few tokens around each message
    for (const auto &t : request.tools)
        chars += t.name.size() + t.description.size() + 200;
    const qint64 answer = request.maxTokens ? *request.maxTokens : 512;
    return qint64(double(chars) / 3.5) + 1 + answer;
}

ChatHandle *ChatService::submit(const ChatRequest &request, const ChatOptions &options)
{
    auto *h = new ChatHandle(this, request, options);
    UsageRecord &u = h->m_usage;
    u.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.model = request.model;
    u.debateId = options.debateId;
    u.purpose = options.purpose;
    u.startedAt = m_clock->wallTime().toUTC();
    h->m_submittedAtMs = m_clock->nowMs();
    h->m_estimate = options.estimatedTokens > 0 ? options.estimatedTokens : estimateTokens(request);

    // Everything starts on the next event-loop turn, so the submitter can connect first and
    // sees every progress stage from `queued` on.
    QMetaObject::invokeMethod(
        h,
        [this, h] {
            if (h->m_ended)
                return;
            if (m_cache && h->m_options.allowCache && ChatCache::isCacheable(h->m_request)) {
                if (auto hit = m_cache->lookup(h->m_request)) {
                    answerFromCache(h, *hit);
                    return;
                }
            }
            m_enqueuing = h;
            const auto job =
                m_scheduler->enqueue(h->m_options.priority, h->m_estimate, h,
                                     [this, h](RequestScheduler::JobId, RateLimiter::Ticket t) { start(h, t); });
            m_enqueuing = nullptr;
            h->m_job = job;
            // The job may already have started (or even ended) inside enqueue().
            if (h->m_ended)
                m_byJob.remove(job);
        },
        Qt::QueuedConnection);
    return h;
}

void ChatService::start(ChatHandle *h, RateLimiter::Ticket ticket)
{
    h->m_started = true;
    h->m_ticket = ticket;
    sendAttempt(h);
}

void ChatService::sendAttempt(ChatHandle *h)
{
    ChatRequest req = h->m_request;
    if (!h->m_prefix.isEmpty())
        req.messages.append(ChatMessage::assistant(h->m_prefix, true));
    h->m_stripper = PrefixStripper(h->m_prefix);

    ChatCall *call = m_client->chat(req, h);
    h->m_call = call;
    ++m_activeCalls;
    ++h->m_usage.attempts;
    h->m_attemptStartMs = m_clock->nowMs();
    if (h->m_usage.attempts > 1)
        m_scheduler->reportRunning(h->m_job, h->m_usage.attempts);

    connect(call, &ApiCall::headersReceived, this, [this](int status, const RawHeaders &headers) {
        // Every answer teaches the limiter; a 429's headers are handled with the retry decision.
        if (status != 429)
            m_limiter->observe(RateLimitHeaders::parse(headers, m_clock->wallTime()));
    });
    connect(call, &ApiCall::modelDeprecated, this,
            [this, model = req.model](const QByteArray &, const QDateTime &removal) {
                emit modelDeprecated(model, removal);
            });
    connect(call, &ChatCall::textDelta, h, [h](const QString &delta) {
        const QString shown = h->m_stripper.feed(delta);
        if (!shown.isEmpty()) {
            h->m_text += shown;
            emit h->textDelta(shown);
        }
    });
    connect(call, &ChatCall::thinkingDelta, h, [h](const QString &delta) {
        h->m_thinking += delta;
        emit h->thinkingDelta(delta);
    });
    connect(call, &ChatCall::finished, this,
            [this, h, call](const ChatResult &result) { onCallFinished(h, call, result); });
    connect(call, &ChatCall::failed, this, [this, h, call](const ApiError &error, const ChatResult &partial) {
        onCallFailed(h, call, error, partial);
    });
}

void ChatService::endCall(ChatHandle *h, ChatCall *call, qint64 actualTokens)
{
    --m_activeCalls;
    h->m_attemptTimeMs += m_clock->nowMs() - h->m_attemptStartMs;
    m_limiter->release(h->m_ticket, actualTokens);
    h->m_ticket = 0;
    h->m_call = nullptr;
    call->disconnect(this);
    call->disconnect(h);
    call->deleteLater();
}

void ChatService::onCallFinished(ChatHandle *h, ChatCall *call, const ChatResult &result)
{
    ChatResult r = result;
    h->m_stripper.finish();
    r.text = h->m_prefix + PrefixStripper::strip(h->m_prefix, result.text);
    // A plain (non-stream) answer brings its text only now: show the part not shown yet.
    if (r.text.size() > h->m_text.size() && r.text.startsWith(h->m_text)) {
        const QString rest = r.text.mid(h->m_text.size());
        h->m_text = r.text;
        emit h->textDelta(rest);
    }
    h->m_text = r.text;
    if (!h->m_thinking.isEmpty())
        r.thinking = h->m_thinking;
    else if (!r.thinking.isEmpty())
        emit h->thinkingDelta(r.thinking);

    UsageRecord &u = h->m_usage;
    addUsage(u, r.usage);
    u.httpStatus = call->httpStatus();
    u.ttftMs = call->ttftMs();
    u.latencyMs = call->latencyMs();
    u.tokensPerSecond = call->tokensPerSecond();
    u.functionCallsMade = int(r.toolCalls.size());

    qint64 actual = r.usage.valid ? r.usage.totalTokens : -1;
    if (actual < 0) {
        const auto rh = RateLimitHeaders::parse(call->responseHeaders(), m_clock->wallTime());
        if (rh.queryCost)
            actual = *rh.queryCost;
    }
    endCall(h, call, actual);
    m_limiter->succeeded();
    if (m_cache && h->m_options.allowCache && ChatCache::isCacheable(h->m_request) && r.isComplete())
        m_cache->store(h->m_request, r);
    succeed(h, r);
}

void ChatService::onCallFailed(ChatHandle *h, ChatCall *call, const ApiError &error, const ChatResult &partial)
{
    ApiError e = error;
    UsageRecord &u = h->m_usage;
    u.attemptErrors << e.errorClass;
    u.httpStatus = e.httpStatus ? e.httpStatus : call->httpStatus();
    addUsage(u, partial.usage);
    h->m_stripper.finish(); // anything held back was a repeat of the prefix

    const auto rh = RateLimitHeaders::parse(call->responseHeaders(), m_clock->wallTime());
    if (isRateLimit(e.errorClass) && rh.noQuota())
        e.errorClass = ErrorClass::NoQuota;
    if (e.retryAfterMs < 0 && isRateLimit(e.errorClass))
        e.retryAfterMs = rh.waitHintMs();
    // A refused request used nothing; a cut stream used its estimate as far as we know.
    const qint64 actual = partial.usage.valid              ? partial.usage.totalTokens
        : (e.httpStatus >= 400 || call->httpStatus() == 0) ? 0
                                                           : -1;
    endCall(h, call, actual);
    qCDebug(lcFlow) << "attempt" << u.attempts << "failed:" << e.debugText();

    if (h->m_cancelRequested || e.errorClass == ErrorClass::Cancelled) {
        fail(h, ApiError::make(ErrorClass::Cancelled), partialResult(h));
        return;
    }
    // The server refused the prefix: fall back to a plain restart, once.
    if (!h->m_prefix.isEmpty() && e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus != 429
        && !h->m_resumeRefused) {
        qCInfo(lcFlow) << "resume refused, restarting:" << e.debugText();
        h->m_resumeRefused = true;
        h->m_prefix.clear();
        h->m_text.clear();
        h->m_thinking.clear();
        emit h->textReset();
        if (u.attempts <= m_retry.config().maxRetries) {
            scheduleRetry(h, e, {true, 0});
            return;
        }
    }

    // An explicit Retry-After decides the delay (plus jitter), not the backoff.
    const RetryPolicy::Decision d = m_retry.decide(u.attempts, e, h->m_previousDelayMs, rh.retryAfterMs.value_or(-1));
    if (!d.retry) {
        fail(h, e, partialResult(h));
        return;
    }
    if (!h->m_text.isEmpty() || !h->m_thinking.isEmpty()) {
        if (h->m_options.resume && !h->m_resumeRefused && !h->m_text.isEmpty()) {
            h->m_prefix = h->m_text; // continue from what was shown
        } else {
            h->m_prefix.clear();
            h->m_text.clear();
            h->m_thinking.clear();
            emit h->textReset();
        }
    }
    if (isRateLimit(e.errorClass))
        m_limiter->rateLimited(rh, d.delayMs, h->m_attemptStartMs); // everyone waits, in one place
    scheduleRetry(h, e, d);
}

void ChatService::scheduleRetry(ChatHandle *h, const ApiError &error, const RetryPolicy::Decision &decision)
{
    h->m_previousDelayMs = decision.delayMs;
    m_scheduler->reportRetrying(h->m_job, decision.delayMs, h->m_usage.attempts + 1, error);
    if (isRateLimit(error.errorClass) || decision.delayMs <= 0) {
        // The limiter is paused for the delay: asking now queues behind the pause.
        acquireFor(h);
        return;
    }
    h->m_retryTimer = m_clock->callLater(decision.delayMs, h, [this, h] {
        h->m_retryTimer = 0;
        acquireFor(h);
    });
}

void ChatService::acquireFor(ChatHandle *h)
{
    const RateLimiter::Ticket t = m_limiter->acquire(h->m_estimate);
    h->m_ticket = t;
    if (m_limiter->isGranted(t)) {
        sendAttempt(h);
        return;
    }
    m_waitingTickets.insert(t, h);
    const auto st = m_limiter->state();
    m_scheduler->reportWaitingForLimit(h->m_job, RateLimiter::reasonName(st.waitReason), st.etaMs);
}

void ChatService::onGranted(RateLimiter::Ticket ticket)
{
    if (ChatHandle *h = m_waitingTickets.take(ticket))
        sendAttempt(h);
}

ChatResult ChatService::partialResult(const ChatHandle *h)
{
    ChatResult r;
    r.model = h->m_request.model;
    r.text = h->m_text;
    r.thinking = h->m_thinking;
    return r;
}

void ChatService::finishUsage(ChatHandle *h)
{
    UsageRecord &u = h->m_usage;
    const qint64 elapsed = m_clock->nowMs() - h->m_submittedAtMs;
    u.waitedMs = std::max<qint64>(0, elapsed - h->m_attemptTimeMs);
}

void ChatService::succeed(ChatHandle *h, ChatResult result)
{
    if (h->m_ended)
        return;
    h->m_ended = true;
    h->m_usage.finalError = ErrorClass::None;
    finishUsage(h);
    m_scheduler->finish(h->m_job, true);
    m_byJob.remove(h->m_job);
    emit h->finished(result, h->m_usage);
    emit requestFinished(h->m_usage);
    emit h->ended();
}

void ChatService::fail(ChatHandle *h, const ApiError &error, const ChatResult &partial)
{
    if (h->m_ended)
        return;
    h->m_ended = true;
    h->m_usage.finalError = error.errorClass;
    if (!h->m_usage.httpStatus)
        h->m_usage.httpStatus = error.httpStatus;
    finishUsage(h);
    if (h->m_started)
        m_scheduler->finish(h->m_job, false, error);
    m_byJob.remove(h->m_job);
    emit h->failed(error, partial, h->m_usage);
    emit requestFinished(h->m_usage);
    emit h->ended();
}

void ChatService::cancel(ChatHandle *h)
{
    if (h->m_ended)
        return;
    h->m_cancelRequested = true;
    if (h->m_call) {
        h->m_call->cancel(); // ends in onCallFailed with `cancelled`
        return;
    }
    if (h->m_retryTimer) {
        m_clock->cancel(h->m_retryTimer);
        h->m_retryTimer = 0;
    }
    if (h->m_ticket && m_waitingTickets.remove(h->m_ticket)) {
        m_limiter->cancel(h->m_ticket);
        h->m_ticket = 0;
    }
    if (!h->m_started && h->m_job)
        m_scheduler->cancel(h->m_job);
    fail(h, ApiError::make(ErrorClass::Cancelled), partialResult(h));
}

void ChatService::abandon(ChatHandle *h)
{
    if (h->m_retryTimer)
        m_clock->cancel(h->m_retryTimer);
    if (h->m_call) {
        --m_activeCalls;
        h->m_call->disconnect(this);
    }
    if (h->m_ticket) {
        m_waitingTickets.remove(h->m_ticket);
        m_limiter->cancel(h->m_ticket);
    }
    if (h->m_started)
        m_scheduler->finish(h->m_job, false, ApiError::make(ErrorClass::Cancelled));
    else if (h->m_job)
        m_scheduler->cancel(h->m_job);
    m_byJob.remove(h->m_job);
}

void ChatService::answerFromCache(ChatHandle *h, const ChatResult &cached)
{
    if (h->m_ended)
        return;
    h->m_ended = true;
    UsageRecord &u = h->m_usage;
    u.cached = true;
    u.attempts = 0;
    u.latencyMs = 0;
    u.ttftMs = 0;
    u.functionCallsMade = int(cached.toolCalls.size());
    finishUsage(h);
    h->m_text = cached.text;
    h->m_thinking = cached.thinking;
    if (!cached.thinking.isEmpty())
        emit h->thinkingDelta(cached.thinking);
    if (!cached.text.isEmpty())
        emit h->textDelta(cached.text);
    RequestScheduler::Progress p;
    p.stage = RequestScheduler::Stage::Done;
    h->m_progress = p;
    emit h->progress(p);
    emit h->finished(cached, u);
    emit requestFinished(u);
    emit h->ended();
}

} // namespace rostrum
