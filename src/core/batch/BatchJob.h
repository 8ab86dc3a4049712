#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rostrum {

// One batch job as GET /v1/batch/jobs/{id} describes it (the API's BatchJob schema).
struct BatchJob
{
    // BatchJobStatus: QUEUED -> RUNNING -> SUCCESS | FAILED | TIMEOUT_EXCEEDED, or
    // CANCELLATION_REQUESTED -> CANCELLED. Unknown: a status this build does not know.
    enum class Status { Unknown, Queued, Running, Success, Failed, TimeoutExceeded, CancellationRequested, Cancelled };

    struct Error
    {
        QString message;
        int count = 1;
    };

    QString id;
    Status status = Status::Unknown;
    QString statusText; // as the server spelled it (kept for an Unknown status)
    QStringList inputFiles;
    QString endpoint;
    QString model; // empty: the job names none (each request body names its model)
    QJsonObject metadata;
    QString outputFile; // empty until there is one
    QString errorFile;
    QList<Error> errors;
    int totalRequests = 0;
    int completedRequests = 0;
    int succeededRequests = 0;
    int failedRequests = 0;
    QDateTime createdAt; // UTC
    QDateTime startedAt; // invalid until it started
    QDateTime completedAt; // invalid until it ended

    // A job whose status will not change any more.
    bool isTerminal() const { return isTerminal(status); }
    static bool isTerminal(Status s);

    // Reads the BatchJob object; false with *error when a required field is missing or mistyped.
    static bool fromJson(const QJsonObject &o, BatchJob *out, QString *error);
    static QString statusName(Status s); // "QUEUED", ...
    static Status statusFromName(const QString &name);
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::BatchJob)
Q_DECLARE_METATYPE(rostrum::BatchJob::Status)
