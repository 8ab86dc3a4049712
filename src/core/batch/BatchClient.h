#pragma once

#include "batch/BatchCall.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace rostrum {

class MistralClient;

// POST /v1/batch/jobs (CreateBatchJobRequest).
struct BatchJobRequest
{
    QStringList inputFiles; // ids from /v1/files
    QString endpoint = QStringLiteral("/v1/chat/completions");
    QString model; // empty: omitted, every request body names its own model
    QJsonObject metadata; // string values (the API allows keys of 1-32 and values of 1-512 characters)
    int timeoutHours = 24; // 1..168

    QJsonObject toJson() const;
};

// The files and batch endpoints of the Batch API, on MistralClient's wire (its base URL, key, timeouts and
// access manager). Like MistralClient it holds no state and never retries: BatchChatBackend decides.
// Every call starts on the next event-loop turn; the caller owns it (deleteLater() after ended()).
class BatchClient : public QObject
{
    Q_OBJECT
public:
    explicit BatchClient(MistralClient *client, QObject *parent = nullptr);

    MistralClient *client() const { return m_client; }

    // POST /v1/files, multipart/form-data: purpose=batch and the JSONL as `file`. Answers the file object
    // (BatchFile::fromJson).
    BatchCall *uploadFile(const QString &filename, const QByteArray &jsonl, QObject *parent = nullptr);
    // POST /v1/batch/jobs. Answers the job (BatchJob::fromJson).
    BatchCall *createJob(const BatchJobRequest &request, QObject *parent = nullptr);
    // GET /v1/batch/jobs/{id}.
    BatchCall *getJob(const QString &jobId, QObject *parent = nullptr);
    // GET /v1/batch/jobs (newest first; {"data":[job...],"total"}).
    BatchCall *listJobs(int page = 0, int pageSize = 100, QObject *parent = nullptr);
    // POST /v1/batch/jobs/{id}/cancel. Answers the job (CANCELLATION_REQUESTED, or already ended).
    BatchCall *cancelJob(const QString &jobId, QObject *parent = nullptr);
    // GET /v1/files/{id}/content: the raw bytes (a result file is JSONL).
    BatchCall *downloadFile(const QString &fileId, QObject *parent = nullptr);

private:
    BatchCall *call(const QString &path, const QByteArray &method, const QByteArray &body,
                    const QByteArray &contentType, BatchCall::Answer answer, QObject *parent) const;

    MistralClient *m_client;
};

} // namespace rostrum
