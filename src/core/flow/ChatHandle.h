#pragma once

#include "api/ApiError.h"
#include "api/ChatRequest.h"
#include "api/ChatResult.h"
#include "flow/ChatOptions.h"
#include "flow/PrefixStripper.h"
#include "flow/RequestScheduler.h"
#include "usage/UsageRecord.h"

#include <QObject>
#include <QPointer>

namespace rostrum {

class ChatCall;
class ChatService;

// One request submitted to ChatService, across all its attempts. Owned by the service (deleted
// with it); the submitter may deleteLater() it once ended(). Ends with exactly one of finished()
// or failed(), then ended().
class ChatHandle : public QObject
{
    Q_OBJECT
public:
    // A handle of a ChatBackend other than ChatService (a test's scripted backend), which emits the signals
    // itself; cancel() then only emits cancelRequested() for that backend to act on.
    ChatHandle(const ChatRequest &request, const ChatOptions &options, QObject *parent);
    ~ChatHandle() override;

    const QString &requestId() const { return m_usage.requestId; }
    const ChatRequest &request() const { return m_request; }
    const ChatOptions &options() const { return m_options; }
    const RequestScheduler::Progress &progressState() const { return m_progress; }
    // The answer text shown so far (whole after finished(); the kept part after failed()).
    const QString &text() const { return m_text; }
    const QString &thinking() const { return m_thinking; }
    const UsageRecord &usage() const { return m_usage; }
    bool isEnded() const { return m_ended; }

    // Function calls of this answer as the submitter judged them (e.g. code citations verified after the
    // answer): call it from the finished() or failed() slot. The usage record of requestFinished(), emitted
    // right after those signals, then carries these counts.
    void setFunctionCalls(int made, int succeeded);

    // For a backend other than ChatService (batch/): ends the handle with a whole answer, without text deltas
    // before it, or with an error, keeping text() and usage() in step with the signals. Ignored once ended and
    // on a handle ChatService drives.
    void finishWith(const ChatResult &result, const UsageRecord &usage);
    void failWith(const ApiError &error, const ChatResult &partial, const UsageRecord &usage);

public Q_SLOTS:
    // Stops the request wherever it is (queued, waiting, running): it fails with `cancelled`,
    // keeping the text received so far.
    void cancel();

Q_SIGNALS:
    void progress(const rostrum::RequestScheduler::Progress &progress);
    void textDelta(const QString &text);
    void thinkingDelta(const QString &text);
    // Text shown so far is void: the request restarts from scratch (a resume was refused).
    void textReset();
    void finished(const rostrum::ChatResult &result, const rostrum::UsageRecord &usage);
    void failed(const rostrum::ApiError &error, const rostrum::ChatResult &partial, const rostrum::UsageRecord &usage);
    void ended();
    // cancel() on a handle that no ChatService drives.
    void cancelRequested();

private:
    friend class ChatService;
    ChatHandle(ChatService *service, const ChatRequest &request, const ChatOptions &options);
    // The common part of finishWith() and failWith(); false when the handle may not be ended so.
    bool endWith(const ChatResult &shown, const UsageRecord &usage);

    QPointer<ChatService> m_service;
    ChatRequest m_request;
    ChatOptions m_options;
    RequestScheduler::Progress m_progress;
    UsageRecord m_usage;

    RequestScheduler::JobId m_job = 0;
    RateLimiter::Ticket m_ticket = 0; // the limiter slot of the current attempt
    QPointer<ChatCall> m_call;
    Clock::TimerId m_retryTimer = 0;
    qint64 m_estimate = 0;
    qint64 m_submittedAtMs = 0;
    qint64 m_attemptStartMs = 0;
    qint64 m_attemptTimeMs = 0; // summed attempt durations: the rest of the elapsed time was waiting
    qint64 m_previousDelayMs = 0;
    QString m_text; // answer text shown so far
    QString m_thinking;
    QString m_prefix; // the text the current attempt continues (resume), empty for a fresh start
    PrefixStripper m_stripper;
    bool m_resumeRefused = false;
    bool m_started = false;
    bool m_ended = false;
    bool m_cancelRequested = false;
};

} // namespace rostrum
