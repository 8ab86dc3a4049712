#include "batch/BatchChatBackend.h"

#include "batch/BatchLogging.h"
#include "clock/Clock.h"

#include <QUuid>

namespace rostrum {

BatchChatBackend::BatchChatBackend(BatchClient *client, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<rostrum::UsageRecord>();
    qRegisterMetaType<rostrum::BatchJob>();
}

BatchChatBackend::~BatchChatBackend() = default;

QString BatchChatBackend::uniqueId(const ChatRequest &request) const
{
    // The n-th identical request gets "-n": still the same id when the same requests are rebuilt.
    const QString base = BatchLines::contentId(request);
    QString id = base;
    for (int n = 2; std::find(m_ids.cbegin(), m_ids.cend(), id) != m_ids.cend(); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

ChatHandle *BatchChatBackend::submit(const ChatRequest &request, const ChatOptions &options)
{
    ChatOptions batchOptions = options;
    batchOptions.batch = true;
    auto *h = new ChatHandle(request, batchOptions, this);
    const QString id = uniqueId(request);
    m_ids.insert(h, id);
    m_submittedAt.insert(h, m_clock->wallTime().toUTC());
    connect(h, &ChatHandle::cancelRequested, this, [this, h] { onCancelRequested(h); });
    connect(h, &QObject::destroyed, this, [this, h] { forget(h); });

    if (m_spare.contains(id)) {
        // Answered by an adopted job before anyone asked again: nothing to send, nothing to pay.
        const BatchOutcome outcome = m_spare.take(id);
        QMetaObject::invokeMethod(
            h, [this, h, outcome] { answer(h, outcome); }, Qt::QueuedConnection);
        return h;
    }
    if (BatchRun *run = m_expected.take(id)) {
        m_members[run].insert(id, h);
        return h;
    }
    m_queue.append(h);
    if (m_autoFlushAt > 0 && m_queue.size() >= m_autoFlushAt)
        flush();
    return h;
}

QStringList BatchChatBackend::queuedCustomIds() const
{
    QStringList ids;
    for (const ChatHandle *h : m_queue)
        ids << m_ids.value(h);
    return ids;
}

QStringList BatchChatBackend::runningJobIds() const
{
    QStringList ids;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (!it.key()->jobId().isEmpty())
            ids << it.key()->jobId();
    }
    return ids;
}

bool BatchChatBackend::isIdle() const
{
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (it.key()->isCalling())
            return false;
    }
    return true;
}

BatchRun *BatchChatBackend::newRun()
{
    auto *run = new BatchRun(m_client, m_clock, m_retry, m_config, this);
    m_members.insert(run, {});
    connect(run, &BatchRun::created, this, &BatchChatBackend::jobCreated);
    connect(run, &BatchRun::progress, this, [this](const BatchJob &job) {
        emit jobChanged(job);
        emitProgress();
    });
    connect(run, &BatchRun::ended, this,
            [this, run](const BatchJob &job, const QHash<QString, BatchOutcome> &outcomes, const ApiError &error) {
                onRunEnded(run, job, outcomes, error);
            });
    return run;
}

void BatchChatBackend::take(ChatHandle *h, BatchRun *run, const QString &customId)
{
    m_queue.removeOne(h);
    m_ids.insert(h, customId);
    m_members[run].insert(customId, h);
}

int BatchChatBackend::flush()
{
    if (m_queue.isEmpty())
        return 0;
    BatchRun *run = newRun();
    BatchRun::Lines lines;
    const QList<ChatHandle *> queued = std::exchange(m_queue, {});
    for (ChatHandle *h : queued) {
        const QString id = m_ids.value(h);
        lines.append({id, h->request()});
        m_members[run].insert(id, h);
    }
    run->submit(lines);
    return int(lines.size());
}

void BatchChatBackend::adopt(const QString &jobId, const QStringList &customIds)
{
    BatchRun *run = newRun();
    for (const QString &id : customIds) {
        ChatHandle *queued = nullptr;
        for (ChatHandle *h : std::as_const(m_queue)) {
            if (m_ids.value(h) == id) {
                queued = h;
                break;
            }
        }
        if (queued) {
            take(queued, run, id);
        } else {
            m_members[run].insert(id, nullptr);
            m_expected.insert(id, run);
        }
    }
    qCInfo(lcBatch) << "adopting job" << jobId << "for" << customIds.size() << "requests";
    run->adopt(jobId);
}

void BatchChatBackend::adopt(const QString &jobId, const QHash<QString, ChatHandle *> &handles)
{
    for (auto it = handles.cbegin(); it != handles.cend(); ++it) {
        if (it.value() && m_queue.contains(it.value()))
            m_ids.insert(it.value(), it.key());
        else
            qCWarning(lcBatch) << "adopt: the handle for" << it.key() << "is not queued here";
    }
    adopt(jobId, handles.keys());
}

void BatchChatBackend::onRunEnded(BatchRun *run, const BatchJob &job, const QHash<QString, BatchOutcome> &outcomes,
                                  const ApiError &error)
{
    const Members members = m_members.take(run);
    run->deleteLater();
    // The run stopped before the job ended (no job, or the job could not be followed): say why.
    const bool stoppedEarly = error.isError() && !job.isTerminal();
    QStringList unansweredIds;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QString &id = it.key();
        ChatHandle *h = it.value();
        if (!h)
            m_expected.remove(id);
        const auto outcome = outcomes.constFind(id);
        if (outcome != outcomes.cend()) {
            if (h)
                answer(h, *outcome);
            else
                m_spare.insert(id, *outcome);
            continue;
        }
        if (stoppedEarly) {
            if (h)
                fail(h, error);
            continue;
        }
        unansweredIds << id;
        if (!h)
            continue;
        if (run->cancelRequested())
            fail(h, ApiError::make(ErrorClass::Cancelled));
        else
            m_queue.append(h);
    }
    if (!unansweredIds.isEmpty()) {
        qCInfo(lcBatch) << "job" << job.id << BatchJob::statusName(job.status) << "left" << unansweredIds.size()
                        << "requests unanswered";
        emit unanswered(job.id, job.status, unansweredIds);
    }
    emit jobEnded(job);
    emitProgress();
}

void BatchChatBackend::emitProgress()
{
    int completed = 0, total = 0, succeeded = 0, failed = 0;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        const BatchJob &job = it.key()->job();
        completed += job.completedRequests;
        total += job.totalRequests > 0 ? job.totalRequests : int(it.value().size());
        succeeded += job.succeededRequests;
        failed += job.failedRequests;
    }
    emit progress(completed, total, succeeded, failed);
}

UsageRecord BatchChatBackend::usageOf(const ChatHandle *h) const
{
    UsageRecord u;
    u.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.model = h->request().model;
    u.debateId = h->options().debateId;
    u.purpose = h->options().purpose;
    u.startedAt = m_submittedAt.value(h);
    u.batch = true;
    return u;
}

void BatchChatBackend::answer(ChatHandle *h, const BatchOutcome &outcome)
{
    if (h->isEnded())
        return;
    if (!outcome.ok) {
        fail(h, outcome.error);
        return;
    }
    UsageRecord u = usageOf(h);
    u.attempts = 1;
    u.httpStatus = 200;
    if (outcome.result.usage.valid) {
        u.promptTokens = int(outcome.result.usage.promptTokens);
        u.completionTokens = int(outcome.result.usage.completionTokens);
        u.cachedPromptTokens = int(outcome.result.usage.cachedTokens);
    }
    u.functionCallsMade = int(outcome.result.toolCalls.size());
    m_ids.remove(h);
    h->finishWith(outcome.result, u);
    emit requestFinished(h->usage());
}

void BatchChatBackend::fail(ChatHandle *h, const ApiError &error)
{
    if (h->isEnded())
        return;
    UsageRecord u = usageOf(h);
    u.attempts = error.errorClass == ErrorClass::Cancelled ? 0 : 1;
    u.attemptErrors << error.errorClass;
    u.finalError = error.errorClass;
    u.httpStatus = error.httpStatus;
    ChatResult partial;
    partial.model = h->request().model;
    m_ids.remove(h);
    h->failWith(error, partial, u);
    emit requestFinished(h->usage());
}

void BatchChatBackend::failQueued(const ApiError &error)
{
    const QList<ChatHandle *> queued = std::exchange(m_queue, {});
    for (ChatHandle *h : queued)
        fail(h, error);
}

void BatchChatBackend::cancel()
{
    failQueued(ApiError::make(ErrorClass::Cancelled));
    const QList<BatchRun *> runs = m_members.keys();
    for (BatchRun *run : runs)
        run->cancel();
}

void BatchChatBackend::onCancelRequested(ChatHandle *h)
{
    if (h->isEnded())
        return;
    // One request cannot be taken out of a job: its answer, when it comes, is dropped.
    m_queue.removeOne(h);
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        const QString id = it->key(h);
        if (!id.isEmpty())
            it->remove(id);
    }
    fail(h, ApiError::make(ErrorClass::Cancelled));
}

void BatchChatBackend::forget(ChatHandle *h)
{
    m_queue.removeOne(h);
    m_ids.remove(h);
    m_submittedAt.remove(h);
}

} // namespace rostrum
