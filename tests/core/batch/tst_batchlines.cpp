// The Batch API's JSON shapes read and written without a server: the job object, result lines in any order,
// request lines and their stable custom_ids.

#include "batch/BatchJob.h"
#include "batch/BatchLines.h"

#include <QJsonDocument>
#include <QTest>

using namespace rostrum;

namespace {
QJsonObject jobObject(const QString &status)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"id":"b6f1","object":"batch","input_files":["f1"],
        "metadata":{"round":"2"},"endpoint":"/v1/chat/completions","model":null,"agent_id":null,
        "output_file":"o1","error_file":null,"errors":[{"message":"boom","count":2}],"outputs":null,
        "status":"%1","created_at":1765000000,"total_requests":4,"completed_requests":3,
        "succeeded_requests":2,"failed_requests":1,"started_at":1765000010,"completed_at":null})")
                                       .arg(status)
                                       .toUtf8())
        .object();
}

ChatRequest request(const QString &prompt)
{
    ChatRequest r;
    r.model = QStringLiteral("mistral-small-latest");
    r.messages = {ChatMessage::user(prompt)};
    return r;
}
} // namespace

class TestBatchLines final : public QObject
{
    Q_OBJECT

private slots:
    void jobReadsEveryFieldOfTheSpecification()
    {
        BatchJob j;
        QString why;
        QVERIFY2(BatchJob::fromJson(jobObject(QStringLiteral("RUNNING")), &j, &why), qPrintable(why));
        QCOMPARE(j.id, QStringLiteral("b6f1"));
        QCOMPARE(j.status, BatchJob::Status::Running);
        QCOMPARE(j.inputFiles, QStringList {QStringLiteral("f1")});
        QCOMPARE(j.model, QString()); // null: each body names its model
        QCOMPARE(j.metadata.value(QLatin1String("round")).toString(), QStringLiteral("2"));
        QCOMPARE(j.outputFile, QStringLiteral("o1"));
        QCOMPARE(j.errorFile, QString());
        QCOMPARE(j.errors.size(), 1);
        QCOMPARE(j.errors.first().count, 2);
        QCOMPARE(j.totalRequests, 4);
        QCOMPARE(j.completedRequests, 3);
        QCOMPARE(j.succeededRequests, 2);
        QCOMPARE(j.failedRequests, 1);
        QCOMPARE(j.createdAt, QDateTime::fromSecsSinceEpoch(1765000000, Qt::UTC));
        QVERIFY(j.startedAt.isValid());
        QVERIFY(!j.completedAt.isValid());
        QVERIFY(!j.isTerminal());
    }

    void statusesRoundTripAndTerminalOnesAreKnown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("queued") << "QUEUED" << false;
        QTest::newRow("running") << "RUNNING" << false;
        QTest::newRow("success") << "SUCCESS" << true;
        QTest::newRow("failed") << "FAILED" << true;
        QTest::newRow("timeout") << "TIMEOUT_EXCEEDED" << true;
        QTest::newRow("cancel requested") << "CANCELLATION_REQUESTED" << false;
        QTest::newRow("cancelled") << "CANCELLED" << true;
    }
    void statusesRoundTripAndTerminalOnesAreKnown()
    {
        QFETCH(QString, name);
        QFETCH(bool, terminal);
        BatchJob j;
        QVERIFY(BatchJob::fromJson(jobObject(name), &j, nullptr));
        QVERIFY(j.status != BatchJob::Status::Unknown);
        QCOMPARE(BatchJob::statusName(j.status), name);
        QCOMPARE(j.isTerminal(), terminal);
    }

    void jobWithoutRequiredFieldIsRefused()
    {
        QJsonObject o = jobObject(QStringLiteral("QUEUED"));
        o.remove(QStringLiteral("total_requests"));
        BatchJob j;
        QString why;
        QVERIFY(!BatchJob::fromJson(o, &j, &why));
        QVERIFY(why.contains(QLatin1String("total_requests")));
    }

    void requestLineSendsTheBodyWithoutStreaming()
    {
        ChatRequest r = request(QStringLiteral("hi"));
        r.stream = true;
        const QByteArray line = BatchLines::requestLine(QStringLiteral("c1"), r);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QLatin1String("custom_id")).toString(), QStringLiteral("c1"));
        QCOMPARE(o.value(QLatin1String("body")).toObject().value(QLatin1String("stream")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("body")).toObject().value(QLatin1String("model")).toString(), r.model);
    }

    void contentIdIsStableAndTellsRequestsApart()
    {
        ChatRequest a = request(QStringLiteral("one"));
        ChatRequest streamed = a;
        streamed.stream = true;
        QCOMPARE(BatchLines::contentId(a), BatchLines::contentId(request(QStringLiteral("one"))));
        QCOMPARE(BatchLines::contentId(a), BatchLines::contentId(streamed));
        QVERIFY(BatchLines::contentId(a) != BatchLines::contentId(request(QStringLiteral("two"))));
    }

    void resultsAreMatchedByCustomIdWhateverTheirOrder()
    {
        const QByteArray jsonl =
            R"({"id":"r2","custom_id":"b","response":{"status_code":200,"body":{"id":"x","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"B!"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}},"error":null}
{"id":"r3","custom_id":"c","response":{"status_code":422,"body":{"object":"error","message":"bad","type":"invalid_request_error","code":"3051"}},"error":{"message":"bad"}}
not json
{"id":"r1","custom_id":"a","response":{"status_code":200,"body":{"id":"y","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"A!"},"finish_reason":"stop"}],"usage":{"prompt_tokens":4,"completion_tokens":1,"total_tokens":5}}},"error":null}
{"id":"r4","custom_id":"d","error":{"message":"lost"}}
)";
        int unreadable = 0;
        const auto outcomes = BatchLines::parseResults(jsonl, &unreadable);
        QCOMPARE(unreadable, 1);
        QCOMPARE(outcomes.size(), 4);
        QVERIFY(outcomes.value(QStringLiteral("a")).ok);
        QCOMPARE(outcomes.value(QStringLiteral("a")).result.text, QStringLiteral("A!"));
        QCOMPARE(outcomes.value(QStringLiteral("b")).result.text, QStringLiteral("B!"));
        QCOMPARE(outcomes.value(QStringLiteral("b")).result.usage.promptTokens, 5);
        QVERIFY(!outcomes.value(QStringLiteral("c")).ok);
        QCOMPARE(outcomes.value(QStringLiteral("c")).error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(outcomes.value(QStringLiteral("c")).error.httpStatus, 422);
        QVERIFY(!outcomes.value(QStringLiteral("d")).ok);
        QCOMPARE(outcomes.value(QStringLiteral("d")).error.serverMessage, QStringLiteral("lost"));
    }

    void aSuccessIsNeverReplacedByAFailure()
    {
        BatchOutcome ok {QStringLiteral("a"), true, {}, {}};
        BatchOutcome bad {QStringLiteral("a"), false, {}, ApiError::make(ErrorClass::Server)};
        QHash<QString, BatchOutcome> into {{QStringLiteral("a"), bad}};
        BatchLines::merge(into, {{QStringLiteral("a"), ok}});
        QVERIFY(into.value(QStringLiteral("a")).ok);
        BatchLines::merge(into, {{QStringLiteral("a"), bad}});
        QVERIFY(into.value(QStringLiteral("a")).ok);
    }
};

QTEST_GUILESS_MAIN(TestBatchLines)
#include "tst_batchlines.moc"
