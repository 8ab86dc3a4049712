#pragma once

#include "api/ApiError.h"
#include "api/ChatRequest.h"
#include "batch/BatchJob.h"
#include "batch/BatchLines.h"
#include "clock/Clock.h"
#include "flow/RetryPolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace rostrum {

class BatchCall;
class BatchClient;

// How BatchRun (and BatchChatBackend) run a job.
struct BatchRunConfig
{
    qint64 pollIntervalMs = 15000; // a job takes minutes to hours: a poll every 15 s is plenty and cheap
    int timeoutHours = 24; // the job's timeout_hours (1..168)
    QJsonObject metadata; // sent with the job (string values)
    QString filenamePrefix = QStringLiteral("rostrum-batch"); // of the uploaded JSONL
};

// One batch job from start to end: upload the JSONL, create the job (or adopt one that exists), poll it on
// the Clock, and once it has ended download its output and error files. It never finishes a request itself:
// ended() hands the outcomes read, and the job as it ended, to its owner (BatchChatBackend).
// Transient failures of a step are retried by RetryPolicy; creating a job is retried only after a 429 (the
// server then created nothing), so no request is ever paid twice.
class BatchRun : public QObject
{
    Q_OBJECT
public:
    using Lines = QList<std::pair<QString, ChatRequest>>; // custom_id, request

    BatchRun(BatchClient *client, Clock *clock, const RetryPolicy &retry, const BatchRunConfig &config,
             QObject *parent = nullptr);
    ~BatchRun() override;

    // Uploads `lines` as one file and creates a job for them (once; the run starts on the next event-loop turn).
    void submit(const Lines &lines);
    // Follows a job created earlier (by this process or one before it): no upload, no new job.
    void adopt(const QString &jobId);
    // Asks the server to cancel the job (or stops before creating one); the run still ends through ended(),
    // with the answers the job gave before it stopped.
    void cancel();

    QString jobId() const { return m_job.id; }
    const BatchJob &job() const { return m_job; }
    bool cancelRequested() const { return m_cancelRequested; }
    bool isEnded() const { return m_ended; }
    // A call is on the wire (a test settles the network before moving a ManualClock).
    bool isCalling() const { return !m_call.isNull(); }

Q_SIGNALS:
    // The job exists on the server: persist (jobId, customIds) to adopt it after a restart.
    void created(const QString &jobId, const QStringList &customIds);
    void progress(const rostrum::BatchJob &job);
    // The end: the job as last seen (no id if none was created), every outcome read from its files, and the
    // error that stopped the run early (none when the job reached a final status and its files were read).
    void ended(const rostrum::BatchJob &job, const QHash<QString, rostrum::BatchOutcome> &outcomes,
               const rostrum::ApiError &error);

private:
    using Step = std::function<BatchCall *()>;
    using Done = std::function<void(const QByteArray &body, const QJsonObject &json)>;
    // Runs a call; a failure RetryPolicy (and `retryable`) allows is tried again after its delay.
    void run(const Step &step, const Done &done, const std::function<bool(const ApiError &)> &retryable);
    void upload();
    void create(const QString &fileId);
    void onJob(const QJsonObject &json);
    void schedulePoll(qint64 delayMs);
    void poll();
    void requestCancel();
    void download(QStringList files);
    void finish(const ApiError &error = {});

    BatchClient *m_client;
    Clock *m_clock;
    RetryPolicy m_retry;
    BatchRunConfig m_config;
    Lines m_lines;
    BatchJob m_job;
    QHash<QString, BatchOutcome> m_outcomes;
    QPointer<BatchCall> m_call;
    Clock::TimerId m_timer = 0;
    int m_failures = 0; // consecutive failed attempts of the current step
    qint64 m_previousDelayMs = 0;
    bool m_cancelRequested = false;
    bool m_cancelSent = false;
    bool m_uploading = false; // the upload call is the one in flight
    bool m_ended = false;
};

} // namespace rostrum
