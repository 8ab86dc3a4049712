#include "batch/BatchRun.h"

#include "batch/BatchClient.h"
#include "batch/BatchFile.h"
#include "batch/BatchLogging.h"

#include <QSet>
#include <QUuid>

namespace rostrum {

namespace {
bool isRateLimit(const ApiError &e)
{
    return e.errorClass == ErrorClass::RateLimited || e.errorClass == ErrorClass::Capacity;
}
} // namespace

BatchRun::BatchRun(BatchClient *client, Clock *clock, const RetryPolicy &retry, const BatchRunConfig &config,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
    , m_retry(retry)
    , m_config(config)
{
    qRegisterMetaType<rostrum::BatchJob>();
}

BatchRun::~BatchRun()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void BatchRun::submit(const Lines &lines)
{
    m_lines = lines;
    QMetaObject::invokeMethod(this, &BatchRun::upload, Qt::QueuedConnection);
}

void BatchRun::adopt(const QString &jobId)
{
    m_job.id = jobId;
    schedulePoll(0);
}

void BatchRun::run(const Step &step, const Done &done, const std::function<bool(const ApiError &)> &retryable)
{
    BatchCall *call = step();
    m_call = call;
    connect(call, &BatchCall::finished, this, [this, call, done](const QByteArray &body, const QJsonObject &json) {
        m_call = nullptr;
        call->deleteLater();
        m_failures = 0;
        m_previousDelayMs = 0;
        if (!m_ended)
            done(body, json);
    });
    connect(call, &BatchCall::failed, this, [this, call, step, done, retryable](const ApiError &error) {
        m_call = nullptr;
        call->deleteLater();
        if (m_ended)
            return;
        const RetryPolicy::Decision d = m_retry.decide(++m_failures, error, m_previousDelayMs, error.retryAfterMs);
        if (!d.retry || (retryable && !retryable(error))) {
            finish(error);
            return;
        }
        qCInfo(lcBatch).noquote() << "retrying in" << d.delayMs << "ms after" << error.debugText();
        m_previousDelayMs = d.delayMs;
        m_timer = m_clock->callLater(d.delayMs, this, [this, step, done, retryable] {
            m_timer = 0;
            run(step, done, retryable);
        });
    });
}

void BatchRun::upload()
{
    if (m_ended)
        return;
    QByteArray jsonl;
    for (const auto &[customId, request] : m_lines)
        jsonl += BatchLines::requestLine(customId, request);
    const QString filename = m_config.filenamePrefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128)
        + QStringLiteral(".jsonl");
    qCInfo(lcBatch) << "uploading" << m_lines.size() << "requests," << jsonl.size() << "bytes";
    m_uploading = true;
    run([this, filename, jsonl] { return m_client->uploadFile(filename, jsonl, this); },
        [this](const QByteArray &, const QJsonObject &json) {
            m_uploading = false;
            BatchFile file;
            QString why;
            if (!BatchFile::fromJson(json, &file, &why))
                finish(ApiError::make(ErrorClass::BadResponse, why));
            else if (m_cancelRequested)
                finish(ApiError::make(ErrorClass::Cancelled));
            else
                create(file.id);
        },
        {});
}

void BatchRun::create(const QString &fileId)
{
    BatchJobRequest request;
    request.inputFiles = {fileId};
    request.metadata = m_config.metadata;
    request.timeoutHours = m_config.timeoutHours;
    // The job names the model when every request uses the same one; otherwise each body names its own.
    QSet<QString> models;
    for (const auto &line : std::as_const(m_lines))
        models.insert(line.second.model);
    if (models.size() == 1)
        request.model = *models.begin();
    run([this, request] { return m_client->createJob(request, this); },
        [this](const QByteArray &, const QJsonObject &json) { onJob(json); },
        // Anything but a 429 may have created the job: trying again could pay for every request twice.
        isRateLimit);
}

void BatchRun::onJob(const QJsonObject &json)
{
    BatchJob job;
    QString why;
    if (!BatchJob::fromJson(json, &job, &why)) {
        finish(ApiError::make(ErrorClass::BadResponse, why));
        return;
    }
    const bool isNew = m_job.id.isEmpty();
    m_job = job;
    if (isNew) {
        QStringList ids;
        for (const auto &line : std::as_const(m_lines))
            ids << line.first;
        qCInfo(lcBatch) << "job" << m_job.id << "created for" << ids.size() << "requests";
        emit created(m_job.id, ids);
    }
    qCDebug(lcBatch) << "job" << m_job.id << BatchJob::statusName(m_job.status) << m_job.completedRequests << "/"
                     << m_job.totalRequests;
    emit progress(m_job);
    if (m_ended)
        return;
    if (m_job.isTerminal()) {
        QStringList files;
        for (const QString &f : {m_job.outputFile, m_job.errorFile}) {
            if (!f.isEmpty())
                files << f;
        }
        download(files);
        return;
    }
    if (m_cancelRequested && !m_cancelSent)
        requestCancel();
    else
        schedulePoll(m_config.pollIntervalMs);
}

void BatchRun::schedulePoll(qint64 delayMs)
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = m_clock->callLater(delayMs, this, [this] {
        m_timer = 0;
        poll();
    });
}

void BatchRun::poll()
{
    run([this] { return m_client->getJob(m_job.id, this); },
        [this](const QByteArray &, const QJsonObject &json) { onJob(json); }, {});
}

void BatchRun::requestCancel()
{
    m_cancelSent = true;
    qCInfo(lcBatch) << "cancelling job" << m_job.id;
    run([this] { return m_client->cancelJob(m_job.id, this); },
        [this](const QByteArray &, const QJsonObject &json) { onJob(json); }, {});
}

void BatchRun::cancel()
{
    if (m_ended || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_job.id.isEmpty()) {
        // Still uploading: nothing was paid yet. A create in flight is let through (it may create the job,
        // which onJob() then cancels); an upload is simply stopped.
        if (m_call && m_uploading)
            m_call->cancel();
        else if (!m_call)
            finish(ApiError::make(ErrorClass::Cancelled));
        return;
    }
    if (m_call)
        return; // a poll in flight: its answer leads to requestCancel()
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    requestCancel();
}

void BatchRun::download(QStringList files)
{
    if (files.isEmpty()) {
        finish();
        return;
    }
    const QString file = files.takeFirst();
    run([this, file] { return m_client->downloadFile(file, this); },
        [this, files](const QByteArray &body, const QJsonObject &) {
            BatchLines::merge(m_outcomes, BatchLines::parseResults(body));
            download(files);
        },
        {});
}

void BatchRun::finish(const ApiError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    if (error.isError())
        qCInfo(lcBatch).noquote() << "job" << m_job.id << "stopped:" << error.debugText();
    emit ended(m_job, m_outcomes, error);
}

} // namespace rostrum
