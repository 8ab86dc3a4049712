#pragma once

#include "clock/Clock.h"
#include "MockReply.h"
#include "RecordedRequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QStringList>

#include <functional>

namespace rostrum::test {

class HttpConnection;

// How one batch job of the mock behaves. The default is the specification's path: QUEUED when created,
// RUNNING at the first poll, requests completing as polls come, SUCCESS with an output file in shuffled order.
struct MockBatchScript
{
    enum class End { Success, Fail, Timeout }; // SUCCESS, FAILED, TIMEOUT_EXCEEDED
    End end = End::Success;
    int requestsPerPoll = 0; // requests completed at each poll while RUNNING (0: half the total, at least 1)
    int stopAfter = -1; // Fail / Timeout: requests completed before the job ends (-1: half the total)
    QStringList failingCustomIds; // these requests fail inside the job (their lines go to the error file too)
    bool shuffle = true; // output lines in an order other than the input's
    bool instant = false; // opt-in shortcut: the job is done when created (no QUEUED or RUNNING polls)
};

// The files and Batch API of MockMistralServer (POST /v1/files multipart, GET /v1/files/{id}[/content],
// POST|GET /v1/batch/jobs, GET /v1/batch/jobs/{id}, POST /v1/batch/jobs/{id}/cancel), with the job states of
// the specification and scripted ends. Every line of a job is answered like a chat request (validated, then the
// server's scripted or default reply), in the non-stream chat.completion shape.
class MockBatchApi
{
public:
    // The reply a line gets once it passed validation (MockMistralServer's queue / provider / default).
    using ReplyFor = std::function<MockReply(const RecordedRequest &line)>;

    MockBatchApi(rostrum::Clock *clock, ReplyFor replyFor);

    static bool isBatchPath(const QByteArray &path);
    // Answers an authorised request on one of those paths.
    void handle(HttpConnection *connection, const RecordedRequest &request);

    void enqueueScript(const MockBatchScript &script); // for the next created job
    void setDefaultScript(const MockBatchScript &script);
    void setClock(rostrum::Clock *clock) { m_clock = clock; }

    // What was paid for: jobs created and the request lines they hold.
    int jobsCreated() const { return int(m_jobOrder.size()); }
    QStringList jobIds() const { return m_jobOrder; }
    int paidRequests() const; // requests the jobs processed (what the API bills), over all jobs
    int filesUploaded() const { return m_uploads; }
    QList<QJsonObject> uploadedLines() const { return m_uploadedLines; } // every line of every uploaded file
    QJsonObject job(const QString &id) const; // as GET would show it, without advancing it
    int pollsOf(const QString &jobId) const;

private:
    struct Line
    {
        QString customId;
        QJsonObject body;
    };
    struct Job
    {
        QJsonObject meta; // the BatchJob fields that do not move
        QList<Line> lines;
        QList<QJsonObject> results; // one per completed request, in completion order
        QString status = QStringLiteral("QUEUED");
        MockBatchScript script;
        qint64 startedAt = -1;
        qint64 completedAt = -1;
        QString outputFile;
        QString errorFile;
        QJsonArray errors;
        int polls = 0;
        int succeeded = 0;
        int failed = 0;
    };
    struct File
    {
        QJsonObject meta;
        QByteArray content;
    };

    void uploadFile(HttpConnection *c, const RecordedRequest &r);
    void createJob(HttpConnection *c, const RecordedRequest &r);
    void pollJob(HttpConnection *c, const QString &id);
    void cancelJob(HttpConnection *c, const QString &id);
    void listJobs(HttpConnection *c);
    void advance(Job &job);
    void complete(Job &job, int count);
    QJsonObject answerLine(const Job &job, const Line &line);
    void end(Job &job, const QString &status, const QString &error = {});
    QString storeFile(const QByteArray &content, const QString &filename, const QString &sampleType,
                      const QString &source);
    QJsonObject jobJson(const Job &job) const;
    qint64 now() const;
    static void respondJson(HttpConnection *c, int status, const QJsonObject &body);
    static void respondError(HttpConnection *c, int status, const QString &message);

    QPointer<rostrum::Clock> m_clock;
    ReplyFor m_replyFor;
    MockBatchScript m_defaultScript;
    QQueue<MockBatchScript> m_scripts;
    QHash<QString, Job> m_jobs;
    QStringList m_jobOrder;
    QHash<QString, File> m_files;
    QList<QJsonObject> m_uploadedLines;
    int m_uploads = 0;
    int m_counter = 0;
};

} // namespace rostrum::test
