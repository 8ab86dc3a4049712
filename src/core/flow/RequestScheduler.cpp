#include "RequestScheduler.h"

#include <QLoggingCategory>

namespace rostrum {

RequestScheduler::RequestScheduler(Clock *clock, RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_limiter(limiter)
{
    qRegisterMetaType<rostrum::RequestScheduler::Progress>();
    if (m_limiter) {
        connect(m_limiter, &RateLimiter::granted, this, &RequestScheduler::onGranted);
        connect(m_limiter, &RateLimiter::waiting, this, &RequestScheduler::onLimiterWaiting);
    }
}

QString RequestScheduler::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Queued:
        return QStringLiteral("queued");
    case Stage::WaitingForLimit:
        return QStringLiteral("waiting_for_limit");
    case Stage::Running:
        return QStringLiteral("running");
    case Stage::Retrying:
        return QStringLiteral("retrying");
    case Stage::Done:
        return QStringLiteral("done");
    case Stage::Failed:
        return QStringLiteral("failed");
    case Stage::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<RequestScheduler::Priority> RequestScheduler::priorityFromName(const QString &name)
{
    if (name == QLatin1String("high"))
        return Priority::High;
    if (name == QLatin1String("normal") || name.isEmpty())
        return Priority::Normal;
    if (name == QLatin1String("low"))
        return Priority::Low;
    return std::nullopt;
}

void RequestScheduler::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(0, n);
    dispatch();
}

void RequestScheduler::setBurst(int burstSize, qint64 gapMs)
{
    m_burstSize = std::max(0, burstSize);
    m_burstGapMs = std::max<qint64>(0, gapMs);
    m_burstCount = 0;
    dispatch();
}

RequestScheduler::JobId RequestScheduler::enqueue(Priority priority, qint64 estimatedTokens, QObject *context,
                                                  StartFn start)
{
    Job job;
    job.id = m_nextId++;
    job.priority = priority;
    job.tokens = estimatedTokens;
    job.context = context;
    job.hadContext = context != nullptr;
    job.start = std::move(start);
    const JobId id = job.id;
    m_queues[size_t(priority)].push_back(std::move(job));
    emitProgress(id, Stage::Queued);

    // A higher-priority arrival takes the place of a lower-priority head that only waits.
    if (m_waitingJob && priority < m_waitingJob->priority && m_limiter) {
        m_limiter->cancel(m_waitingTicket);
        Job back = std::move(*m_waitingJob);
        m_waitingJob.reset();
        m_waitingTicket = 0;
        const JobId backId = back.id;
        m_queues[size_t(back.priority)].push_front(std::move(back));
        emitProgress(backId, Stage::Queued);
    }
    dispatch();
    return id;
}

bool RequestScheduler::cancel(JobId job)
{
    if (m_waitingJob && m_waitingJob->id == job) {
        if (m_limiter)
            m_limiter->cancel(m_waitingTicket);
        m_waitingJob.reset();
        m_waitingTicket = 0;
        emitProgress(job, Stage::Cancelled);
        dispatch();
        return true;
    }
    for (auto &q : m_queues) {
        for (auto it = q.begin(); it != q.end(); ++it) {
            if (it->id == job) {
                q.erase(it);
                emitProgress(job, Stage::Cancelled);
                return true;
            }
        }
    }
    return false;
}

bool RequestScheduler::isQueued(JobId job) const
{
    if (m_waitingJob && m_waitingJob->id == job)
        return true;
    for (const auto &q : m_queues) {
        for (const auto &j : q) {
            if (j.id == job)
                return true;
        }
    }
    return false;
}

int RequestScheduler::queuedCount() const
{
    int n = m_waitingJob ? 1 : 0;
    for (const auto &q : m_queues)
        n += int(q.size());
    return n;
}

void RequestScheduler::reportRunning(JobId job, int attempt)
{
    emitProgress(job, Stage::Running, {}, -1, attempt);
}

void RequestScheduler::reportWaitingForLimit(JobId job, const QString &reason, qint64 etaMs)
{
    emitProgress(job, Stage::WaitingForLimit, reason, etaMs);
}

void RequestScheduler::reportRetrying(JobId job, qint64 inMs, int attempt, const ApiError &error)
{
    emitProgress(job, Stage::Retrying, error.className(), inMs, attempt, error);
}

void RequestScheduler::finish(JobId job, bool ok, const ApiError &error)
{
    if (!m_running.remove(job))
        return;
    emitProgress(job, ok ? Stage::Done : (error.errorClass == ErrorClass::Cancelled ? Stage::Cancelled : Stage::Failed),
                 {}, -1, 0, error);
    dispatch();
}

void RequestScheduler::dispatch()
{
    if (m_inDispatch)
        return;
    m_inDispatch = true;
    while (!m_waitingJob && (m_maxConcurrent == 0 || m_running.size() < m_maxConcurrent)) {
        auto qit = std::find_if(m_queues.begin(), m_queues.end(), [](const auto &q) { return !q.empty(); });
        if (qit == m_queues.end())
            break;
        const qint64 now = m_clock->nowMs();
        if (m_quietUntil > now) {
            if (!m_burstTimer) {
                m_burstTimer = m_clock->callLater(m_quietUntil - now, this, [this] {
                    m_burstTimer = 0;
                    dispatch();
                });
            }
            break;
        }
        Job job = std::move(qit->front());
        qit->pop_front();
        if (job.hadContext && !job.context)
            continue; // its owner is gone
        if (m_burstSize > 0 && ++m_burstCount >= m_burstSize) {
            m_burstCount = 0;
            m_quietUntil = now + m_burstGapMs;
        }
        if (!m_limiter) {
            startJob(std::move(job), 0);
            continue;
        }
        const RateLimiter::Ticket ticket = m_limiter->acquire(job.tokens);
        if (m_limiter->isGranted(ticket)) {
            startJob(std::move(job), ticket);
            continue;
        }
        m_waitingTicket = ticket;
        const JobId id = job.id;
        m_waitingJob = std::move(job);
        const auto st = m_limiter->state();
        emitProgress(id, Stage::WaitingForLimit, RateLimiter::reasonName(st.waitReason), st.etaMs);
    }
    m_inDispatch = false;
    if (m_running.isEmpty() && queuedCount() == 0)
        emit idle();
}

void RequestScheduler::startJob(Job job, RateLimiter::Ticket ticket)
{
    m_running.insert(job.id, job.priority);
    emitProgress(job.id, Stage::Running, {}, -1, 1);
    if (job.start)
        job.start(job.id, ticket);
}

void RequestScheduler::onGranted(RateLimiter::Ticket ticket)
{
    if (!m_waitingJob || ticket != m_waitingTicket)
        return;
    Job job = std::move(*m_waitingJob);
    m_waitingJob.reset();
    m_waitingTicket = 0;
    if (job.hadContext && !job.context) {
        m_limiter->release(ticket, 0);
    } else {
        // Guard against re-entrant dispatch while the owner starts the job.
        const bool was = m_inDispatch;
        m_inDispatch = true;
        startJob(std::move(job), ticket);
        m_inDispatch = was;
    }
    dispatch();
}

void RequestScheduler::onLimiterWaiting(RateLimiter::WaitReason reason, qint64 etaMs)
{
    if (m_waitingJob)
        emitProgress(m_waitingJob->id, Stage::WaitingForLimit, RateLimiter::reasonName(reason), etaMs);
}

void RequestScheduler::emitProgress(JobId job, Stage stage, const QString &reason, qint64 etaMs, int attempt,
                                    const ApiError &error)
{
    Progress p;
    p.stage = stage;
    p.reason = reason;
    p.etaMs = etaMs;
    p.attempt = attempt;
    p.error = error;
    emit progress(job, p);
}

} // namespace rostrum
