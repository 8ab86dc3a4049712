#pragma once

#include "api/ApiError.h"
#include "clock/Clock.h"
#include "flow/RateLimiter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <array>
#include <deque>
#include <functional>

namespace rostrum {

// Decides which request goes next: three priority levels, FIFO within a level, at most
// maxConcurrent running, optional burst smoothing (N starts, then a pause), and a rate-limiter
// slot before a start. Only the head of the queue waits on the limiter, so a request submitted
// later with a higher priority still overtakes everything behind it (and preempts a lower
// priority head that is only waiting).
//
// The scheduler does not run requests: start(job, ticket) hands the job to its owner, which
// reports what happens (running, retrying, finished) so every stage is one progress signal.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    enum class Priority { High, Normal, Low };
    Q_ENUM(Priority)
    enum class Stage { Queued, WaitingForLimit, Running, Retrying, Done, Failed, Cancelled };
    Q_ENUM(Stage)
    using JobId = quint64;
    using StartFn = std::function<void(JobId job, RateLimiter::Ticket ticket)>;

    struct Progress
    {
        Stage stage = Stage::Queued;
        QString reason; // waiting_for_limit: the limit ("requests_per_minute", ...)
        qint64 etaMs = -1; // waiting_for_limit / retrying: ms until it may go (-1 unknown)
        int attempt = 0; // running / retrying: 1-based attempt number
        ApiError error; // retrying / failed: why
    };

    // limiter may be null (no rate limiting).
    RequestScheduler(Clock *clock, RateLimiter *limiter, QObject *parent = nullptr);

    static QString stageName(Stage stage);
    static std::optional<Priority> priorityFromName(const QString &name);

    void setMaxConcurrent(int n); // 0 = no cap
    int maxConcurrent() const { return m_maxConcurrent; }
    // burstSize starts, then gapMs of quiet (batch uses 5 / 200 ms); burstSize 0 turns it off.
    void setBurst(int burstSize, qint64 gapMs);

    // Queues a job. start is called (with the job's limiter ticket, 0 without a limiter) once the
    // job may run; context guards it. The job holds its concurrency slot until finish().
    JobId enqueue(Priority priority, qint64 estimatedTokens, QObject *context, StartFn start);
    // Removes a job that has not started. A running job is cancelled by its owner (then finish()).
    bool cancel(JobId job);

    // Reports from the owner of a running job.
    void reportRunning(JobId job, int attempt);
    void reportWaitingForLimit(JobId job, const QString &reason, qint64 etaMs);
    void reportRetrying(JobId job, qint64 inMs, int attempt, const ApiError &error);
    void finish(JobId job, bool ok, const ApiError &error = {});

    int queuedCount() const;
    int runningCount() const { return int(m_running.size()); }
    bool isQueued(JobId job) const;

Q_SIGNALS:
    void progress(rostrum::RequestScheduler::JobId job, const rostrum::RequestScheduler::Progress &progress);
    void idle(); // nothing queued, nothing running

private:
    struct Job
    {
        JobId id = 0;
        Priority priority = Priority::Normal;
        qint64 tokens = 0;
        QPointer<QObject> context;
        bool hadContext = false;
        StartFn start;
    };

    void dispatch();
    void startJob(Job job, RateLimiter::Ticket ticket);
    void onGranted(RateLimiter::Ticket ticket);
    void onLimiterWaiting(RateLimiter::WaitReason reason, qint64 etaMs);
    void emitProgress(JobId job, Stage stage, const QString &reason = {}, qint64 etaMs = -1, int attempt = 0,
                      const ApiError &error = {});

    Clock *m_clock;
    QPointer<RateLimiter> m_limiter;
    int m_maxConcurrent = 4;
    int m_burstSize = 0;
    qint64 m_burstGapMs = 200;
    int m_burstCount = 0;
    qint64 m_quietUntil = 0;
    Clock::TimerId m_burstTimer = 0;

    std::array<std::deque<Job>, 3> m_queues; // by Priority
    QHash<JobId, Priority> m_running;
    // The one job that holds a limiter ticket and waits for it.
    std::optional<Job> m_waitingJob;
    RateLimiter::Ticket m_waitingTicket = 0;
    JobId m_nextId = 1;
    bool m_inDispatch = false;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::RequestScheduler::Progress)
