// BatchClient against the mock server: the files and Batch API endpoints as the specification shapes them,
// and their errors mapped to ApiError like every other call.

#include "BatchTestRig.h"

#include "batch/BatchFile.h"
#include "batch/BatchJob.h"
#include "batch/BatchLines.h"

#include <QJsonArray>

using namespace rostrum;
using namespace rostrum::test;

namespace {
QByteArray twoLines()
{
    return BatchLines::requestLine(QStringLiteral("first"), BatchTestRig::request(QStringLiteral("one")))
        + BatchLines::requestLine(QStringLiteral("second"), BatchTestRig::request(QStringLiteral("two")));
}

BatchJob jobOf(const BatchTestRig::Answer &a)
{
    BatchJob j;
    QString why;
    if (!BatchJob::fromJson(a.json, &j, &why))
        qWarning() << why;
    return j;
}
} // namespace

class TestBatchClient final : public QObject
{
    Q_OBJECT

    // Uploads twoLines() and creates a job for it.
    static BatchJob createJob(BatchTestRig &rig)
    {
        const auto upload = BatchTestRig::await(rig.client.uploadFile(QStringLiteral("in.jsonl"), twoLines()));
        BatchFile file;
        BatchFile::fromJson(upload.json, &file, nullptr);
        BatchJobRequest request;
        request.inputFiles = {file.id};
        request.model = QStringLiteral("mistral-small-latest");
        request.metadata = {{QStringLiteral("round"), QStringLiteral("1")}};
        return jobOf(BatchTestRig::await(rig.client.createJob(request)));
    }

private slots:
    void uploadSendsMultipartAndAnswersTheFileObject()
    {
        BatchTestRig rig;
        const QByteArray jsonl = twoLines();
        const auto a = BatchTestRig::await(rig.client.uploadFile(QStringLiteral("round-1.jsonl"), jsonl));
        QVERIFY2(a.ok, qPrintable(a.error.debugText()));
        BatchFile file;
        QVERIFY(BatchFile::fromJson(a.json, &file, nullptr));
        QVERIFY(!file.id.isEmpty());
        QCOMPARE(file.purpose, QStringLiteral("batch"));
        QCOMPARE(file.filename, QStringLiteral("round-1.jsonl"));
        QCOMPARE(file.numLines, 2);
        QCOMPARE(file.bytes, qint64(jsonl.size()));
        const RecordedRequest sent = rig.server.lastRequest();
        QCOMPARE(sent.path, QByteArray("/v1/files"));
        QVERIFY(sent.header("content-type").startsWith("multipart/form-data; boundary="));
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer test-key"));
        QCOMPARE(rig.server.batch().uploadedLines().size(), 2);
        QCOMPARE(rig.server.batch().uploadedLines().at(1).value(QLatin1String("custom_id")).toString(),
                 QStringLiteral("second"));
    }

    void createPollAndDownloadFollowTheJobStates()
    {
        BatchTestRig rig;
        rig.answerByPrompt();
        const BatchJob created = createJob(rig);
        QCOMPARE(created.status, BatchJob::Status::Queued);
        QCOMPARE(created.totalRequests, 2);
        QCOMPARE(created.completedRequests, 0);
        QCOMPARE(created.model, QStringLiteral("mistral-small-latest"));
        QCOMPARE(created.metadata.value(QLatin1String("round")).toString(), QStringLiteral("1"));
        const QJsonObject sent = rig.server.lastRequest().json;
        QCOMPARE(sent.value(QLatin1String("endpoint")).toString(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(sent.value(QLatin1String("timeout_hours")).toInt(), 24);

        QList<BatchJob> seen;
        for (int i = 0; i < 10 && (seen.isEmpty() || !seen.last().isTerminal()); ++i)
            seen << jobOf(BatchTestRig::await(rig.client.getJob(created.id)));
        QCOMPARE(seen.first().status, BatchJob::Status::Running);
        QVERIFY(seen.first().startedAt.isValid());
        QCOMPARE(seen.at(1).status, BatchJob::Status::Running);
        QCOMPARE(seen.at(1).completedRequests, 1); // counters advance as polls come
        const BatchJob done = seen.last();
        QCOMPARE(done.status, BatchJob::Status::Success);
        QCOMPARE(done.succeededRequests, 2);
        QVERIFY(done.completedAt.isValid());
        QVERIFY(!done.outputFile.isEmpty());
        QVERIFY(done.errorFile.isEmpty());

        const auto file = BatchTestRig::await(rig.client.downloadFile(done.outputFile));
        QVERIFY2(file.ok, qPrintable(file.error.debugText()));
        const auto outcomes = BatchLines::parseResults(file.body);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.value(QStringLiteral("first")).result.text, QStringLiteral("answer to one"));
        QCOMPARE(outcomes.value(QStringLiteral("second")).result.text, QStringLiteral("answer to two"));
        // Shuffled, as the API's output is in arbitrary order.
        QVERIFY(file.body.indexOf("\"second\"") < file.body.indexOf("\"first\""));
        QCOMPARE(rig.server.chatRequestCount(), 0); // nothing went through the live endpoint
    }

    void cancelGoesThroughCancellationRequested()
    {
        BatchTestRig rig;
        const BatchJob created = createJob(rig);
        const BatchJob asked = jobOf(BatchTestRig::await(rig.client.cancelJob(created.id)));
        QCOMPARE(asked.status, BatchJob::Status::CancellationRequested);
        QCOMPARE(rig.server.lastRequest().path, QByteArray("/v1/batch/jobs/" + created.id.toUtf8() + "/cancel"));
        const BatchJob after = jobOf(BatchTestRig::await(rig.client.getJob(created.id)));
        QCOMPARE(after.status, BatchJob::Status::Cancelled);
        QCOMPARE(after.completedRequests, 0);
    }

    void listShowsTheNewestJobFirst()
    {
        BatchTestRig rig;
        const BatchJob first = createJob(rig);
        const BatchJob second = createJob(rig);
        const auto list = BatchTestRig::await(rig.client.listJobs());
        QVERIFY(list.ok);
        const QJsonArray data = list.json.value(QLatin1String("data")).toArray();
        QCOMPARE(list.json.value(QLatin1String("total")).toInt(), 2);
        QCOMPARE(data.at(0).toObject().value(QLatin1String("id")).toString(), second.id);
        QCOMPARE(data.at(1).toObject().value(QLatin1String("id")).toString(), first.id);
    }

    void errorsAreClassifiedLikeEveryCall()
    {
        BatchTestRig rig;
        rig.mistral.setApiKey(QStringLiteral("wrong-key"));
        const auto unauthorized = BatchTestRig::await(rig.client.uploadFile(QStringLiteral("x.jsonl"), twoLines()));
        QVERIFY(!unauthorized.ok);
        QCOMPARE(unauthorized.error.errorClass, ErrorClass::Auth);
        QCOMPARE(unauthorized.error.httpStatus, 401);
        QCOMPARE(rig.server.batch().filesUploaded(), 0);

        rig.mistral.setApiKey(QStringLiteral("test-key"));
        BatchJobRequest bad;
        bad.inputFiles = {QStringLiteral("no-such-file")};
        const auto missing = BatchTestRig::await(rig.client.createJob(bad));
        QCOMPARE(missing.error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(missing.error.httpStatus, 404);

        bad.inputFiles.clear();
        bad.timeoutHours = 500; // the specification allows 1..168
        const auto invalid = BatchTestRig::await(rig.client.createJob(bad));
        QCOMPARE(invalid.error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(invalid.error.httpStatus, 422);
        QCOMPARE(rig.server.batch().jobsCreated(), 0);

        const auto unknown =
            BatchTestRig::await(rig.client.getJob(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QCOMPARE(unknown.error.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestBatchClient)
#include "tst_batchclient.moc"
