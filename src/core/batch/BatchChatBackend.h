#pragma once

#include "batch/BatchJob.h"
#include "batch/BatchLines.h"
#include "batch/BatchRun.h"
#include "flow/ChatBackend.h"
#include "flow/ChatHandle.h"
#include "flow/RetryPolicy.h"
#include "usage/UsageRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace rostrum {

class BatchClient;
class Clock;

// A ChatBackend that answers through the Batch API at the batch price: submit() queues the request under a
// custom_id; flush() (or the auto-flush count) sends every queued request as ONE job (BatchRun), polled on the
// Clock; when the job ends each handle is finished with its answer (whole, no text deltas) or failed with its
// line's error. Requests the job did not answer (FAILED, TIMEOUT_EXCEEDED, or CANCELLED elsewhere) go back to
// the queue and are reported by unanswered(): the caller flush()es them as the next job, or failQueued().
// A custom_id is a digest of the request (BatchLines::contentId), so after a restart the same requests rebuilt
// by the same engines get the same ids: adopt() then attaches them to the job created before the restart
// instead of paying for them again.
class BatchChatBackend : public QObject, public ChatBackend
{
    Q_OBJECT
public:
    // The backend uses, but does not own, the client and clock (nullptr: the system clock).
    explicit BatchChatBackend(BatchClient *client, Clock *clock = nullptr, QObject *parent = nullptr);
    ~BatchChatBackend() override;

    BatchClient *client() const { return m_client; }
    void setConfig(const BatchRunConfig &config) { m_config = config; }
    const BatchRunConfig &config() const { return m_config; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // flush() by itself once this many requests are queued (0, the default: only when asked). A round of a
    // tournament sets it to the number of debates waiting for an answer.
    void setAutoFlushAt(int count) { m_autoFlushAt = count; }

    // Queues the request (its handle is owned by this backend; connect right away). options.batch is set.
    ChatHandle *submit(const ChatRequest &request, const ChatOptions &options = {}) override;

    // Sends every queued request as one job; returns how many (0: nothing was queued).
    int flush();
    // Cancels every job in flight (the server stops them; their answers so far are still delivered, the
    // rest fail as cancelled) and fails the queued requests as cancelled.
    void cancel();
    // Fails every queued request with `error` (a caller that gives up instead of resubmitting).
    void failQueued(const ApiError &error);

    // Follows the job `jobId` created before (see jobCreated()) instead of sending these requests again:
    // queued handles with one of `customIds` join it now, requests submitted later with one of them join it
    // when they come (or are answered at once if it has already ended).
    void adopt(const QString &jobId, const QStringList &customIds);
    // The same with the caller's own mapping: each queued handle of this backend takes the custom_id it is
    // filed under.
    void adopt(const QString &jobId, const QHash<QString, ChatHandle *> &handles);

    int queuedCount() const { return int(m_queue.size()); }
    QStringList queuedCustomIds() const;
    QString customIdOf(const ChatHandle *handle) const { return m_ids.value(handle); }
    QStringList runningJobIds() const; // jobs created and not ended
    int runningJobCount() const { return int(m_members.size()); }
    // No call on the wire (a test settles the network before moving a ManualClock).
    bool isIdle() const;

Q_SIGNALS:
    // Persist this to resume after a restart (adopt()).
    void jobCreated(const QString &jobId, const QStringList &customIds);
    // The summed counters of the jobs in flight.
    void progress(int completed, int total, int succeeded, int failed);
    void jobChanged(const rostrum::BatchJob &job);
    void jobEnded(const rostrum::BatchJob &job);
    // Requests of a job that ended without answering them; they are queued again (or failed as cancelled
    // when cancel() stopped the job).
    void unanswered(const QString &jobId, rostrum::BatchJob::Status status, const QStringList &customIds);
    // One per finished or failed request, priced later by the usage tracker (batch = true).
    void requestFinished(const rostrum::UsageRecord &usage);

private:
    using Members = QHash<QString, QPointer<ChatHandle>>; // custom_id -> handle (null: expected, not yet submitted)

    QString uniqueId(const ChatRequest &request) const;
    BatchRun *newRun();
    void take(ChatHandle *h, BatchRun *run, const QString &customId);
    void onRunEnded(BatchRun *run, const BatchJob &job, const QHash<QString, BatchOutcome> &outcomes,
                    const ApiError &error);
    void emitProgress();
    void answer(ChatHandle *h, const BatchOutcome &outcome);
    void fail(ChatHandle *h, const ApiError &error);
    UsageRecord usageOf(const ChatHandle *h) const;
    void onCancelRequested(ChatHandle *h);
    void forget(ChatHandle *h);

    BatchClient *m_client;
    Clock *m_clock;
    BatchRunConfig m_config;
    RetryPolicy m_retry;
    int m_autoFlushAt = 0;
    QList<ChatHandle *> m_queue; // submit order
    QHash<const ChatHandle *, QString> m_ids; // every live handle's custom_id
    QHash<const ChatHandle *, QDateTime> m_submittedAt;
    QHash<BatchRun *, Members> m_members;
    QHash<QString, BatchRun *> m_expected; // custom_ids of adopted jobs still without a handle
    QHash<QString, BatchOutcome> m_spare; // answers of adopted jobs that no handle has claimed yet
};

} // namespace rostrum
