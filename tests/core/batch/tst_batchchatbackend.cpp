// BatchChatBackend against the mock server's Batch API: many requests in one job, answers matched whatever
// the output order, jobs that fail, time out or are cancelled, and a job adopted after a restart without
// paying for anything twice.

#include "BatchTestRig.h"

#include "batch/BatchChatBackend.h"
#include "clock/ManualClock.h"

#include <QSignalSpy>

using namespace rostrum;
using namespace rostrum::test;

namespace {
struct Outcome
{
    bool finished = false;
    bool failed = false;
    QString text;
    ApiError error;
    UsageRecord usage;
};

// Submits one request per prompt and records how each handle ends.
QList<ChatHandle *> submitAll(BatchChatBackend &backend, const QStringList &prompts, QHash<QString, Outcome> &outcomes)
{
    QList<ChatHandle *> handles;
    for (const QString &p : prompts) {
        ChatHandle *h = backend.submit(BatchTestRig::request(p));
        QObject::connect(h, &ChatHandle::finished, h, [&outcomes, p](const ChatResult &r, const UsageRecord &u) {
            outcomes[p].finished = true;
            outcomes[p].text = r.text;
            outcomes[p].usage = u;
        });
        QObject::connect(h, &ChatHandle::failed, h,
                         [&outcomes, p](const ApiError &e, const ChatResult &, const UsageRecord &u) {
                             outcomes[p].failed = true;
                             outcomes[p].error = e;
                             outcomes[p].usage = u;
                         });
        handles << h;
    }
    return handles;
}

int endedCount(const QHash<QString, Outcome> &outcomes)
{
    return int(
        std::count_if(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.finished || o.failed; }));
}

const QStringList kPrompts {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
                            QStringLiteral("delta")};
} // namespace

class TestBatchChatBackend final : public QObject
{
    Q_OBJECT

    static void fastPolls(BatchChatBackend &backend)
    {
        BatchRunConfig config;
        config.pollIntervalMs = 2; // real time: the mock advances a job per poll
        backend.setConfig(config);
    }

private slots:
    void manyRequestsGoAsOneJobAndEachGetsItsOwnAnswer()
    {
        BatchTestRig rig;
        rig.answerByPrompt();
        BatchChatBackend backend(&rig.client);
        fastPolls(backend);
        QSignalSpy created(&backend, &BatchChatBackend::jobCreated);
        QSignalSpy progress(&backend, &BatchChatBackend::progress);
        QSignalSpy usage(&backend, &BatchChatBackend::requestFinished);
        QHash<QString, Outcome> outcomes;
        const QList<ChatHandle *> handles = submitAll(backend, kPrompts, outcomes);
        QCOMPARE(backend.queuedCount(), 4);
        QCOMPARE(backend.flush(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 4, 10000);

        for (const QString &p : kPrompts) {
            QVERIFY2(outcomes.value(p).finished, qPrintable(p));
            QCOMPARE(outcomes.value(p).text, QStringLiteral("answer to ") + p);
            QVERIFY(outcomes.value(p).usage.batch);
            QVERIFY(outcomes.value(p).usage.promptTokens > 0);
        }
        QCOMPARE(handles.first()->text(), QStringLiteral("answer to alpha"));
        QVERIFY(handles.first()->options().batch);
        QCOMPARE(rig.server.batch().jobsCreated(), 1);
        QCOMPARE(rig.server.batch().filesUploaded(), 1);
        QCOMPARE(rig.server.batch().uploadedLines().size(), 4);
        QCOMPARE(rig.server.chatRequestCount(), 0);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().at(1).toStringList().size(), 4);
        QCOMPARE(usage.count(), 4);
        // The counters of the job, as it went: the last report before the end is the whole job answered.
        QVERIFY(progress.count() >= 3);
        const QList<QVariant> done = progress.at(progress.count() - 2);
        QCOMPARE(done, (QList<QVariant> {4, 4, 4, 0}));
        // Every line was sent with stream off, whatever the caller asked.
        for (const QJsonObject &line : rig.server.batch().uploadedLines())
            QCOMPARE(line.value(QLatin1String("body")).toObject().value(QLatin1String("stream")).toBool(true), false);
    }

    void autoFlushSendsOnceTheExpectedCountIsQueued()
    {
        BatchTestRig rig;
        BatchChatBackend backend(&rig.client);
        fastPolls(backend);
        backend.setAutoFlushAt(3);
        QHash<QString, Outcome> outcomes;
        submitAll(backend, kPrompts.mid(0, 2), outcomes);
        QCOMPARE(backend.queuedCount(), 2);
        submitAll(backend, kPrompts.mid(2, 1), outcomes);
        QCOMPARE(backend.queuedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 3, 10000);
        QCOMPARE(rig.server.batch().jobsCreated(), 1);
    }

    void aFailedLineFailsOnlyItsRequest()
    {
        BatchTestRig rig;
        rig.answerByPrompt();
        BatchChatBackend backend(&rig.client);
        fastPolls(backend);
        QHash<QString, Outcome> outcomes;
        const QList<ChatHandle *> handles = submitAll(backend, kPrompts, outcomes);
        MockBatchScript script;
        script.failingCustomIds = {backend.customIdOf(handles.at(1))};
        rig.server.batch().enqueueScript(script);
        backend.flush();
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 4, 10000);
        QVERIFY(outcomes.value(QStringLiteral("beta")).failed);
        QCOMPARE(outcomes.value(QStringLiteral("beta")).error.errorClass, ErrorClass::Server);
        QCOMPARE(outcomes.value(QStringLiteral("beta")).error.httpStatus, 500);
        QCOMPARE(outcomes.value(QStringLiteral("beta")).usage.finalError, ErrorClass::Server);
        for (const QString &p : {QStringLiteral("alpha"), QStringLiteral("gamma"), QStringLiteral("delta")})
            QCOMPARE(outcomes.value(p).text, QStringLiteral("answer to ") + p);
    }

    void aJobThatEndsEarlyReportsItsUnansweredRequestsForTheNextRound_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("status");
        QTest::newRow("failed") << int(MockBatchScript::End::Fail) << int(BatchJob::Status::Failed);
        QTest::newRow("timeout") << int(MockBatchScript::End::Timeout) << int(BatchJob::Status::TimeoutExceeded);
    }
    void aJobThatEndsEarlyReportsItsUnansweredRequestsForTheNextRound()
    {
        QFETCH(int, end);
        QFETCH(int, status);
        BatchTestRig rig;
        rig.answerByPrompt();
        BatchChatBackend backend(&rig.client);
        fastPolls(backend);
        QSignalSpy unanswered(&backend, &BatchChatBackend::unanswered);
        QHash<QString, Outcome> outcomes;
        const QList<ChatHandle *> handles = submitAll(backend, kPrompts, outcomes);
        MockBatchScript script;
        script.end = MockBatchScript::End(end);
        script.stopAfter = 1;
        rig.server.batch().enqueueScript(script);
        backend.flush();
        QTRY_COMPARE_WITH_TIMEOUT(unanswered.count(), 1, 10000);
        QCOMPARE(unanswered.first().at(1).value<BatchJob::Status>(), BatchJob::Status(status));
        const QStringList missing = unanswered.first().at(2).toStringList();
        QCOMPARE(missing.size(), 3);
        QCOMPARE(endedCount(outcomes), 1); // the one answer the job gave is delivered
        QCOMPARE(outcomes.value(QStringLiteral("alpha")).text, QStringLiteral("answer to alpha"));
        // The rest wait in the queue, as they were: the next round sends them, and only them.
        QCOMPARE(backend.queuedCount(), 3);
        QCOMPARE(QSet<QString>(missing.begin(), missing.end()),
                 QSet<QString>({backend.customIdOf(handles.at(1)), backend.customIdOf(handles.at(2)),
                                backend.customIdOf(handles.at(3))}));
        QCOMPARE(backend.flush(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 4, 10000);
        for (const QString &p : kPrompts)
            QCOMPARE(outcomes.value(p).text, QStringLiteral("answer to ") + p);
        QCOMPARE(rig.server.batch().jobsCreated(), 2);
        QCOMPARE(rig.server.batch().paidRequests(), 4); // nothing answered was sent again
        QCOMPARE(rig.server.batch().uploadedLines().size(), 7);
    }

    void cancelStopsTheJobAndKeepsWhatWasAnswered()
    {
        BatchTestRig rig;
        rig.answerByPrompt();
        BatchChatBackend backend(&rig.client);
        fastPolls(backend);
        QSignalSpy changed(&backend, &BatchChatBackend::jobChanged);
        QSignalSpy unanswered(&backend, &BatchChatBackend::unanswered);
        MockBatchScript script;
        script.requestsPerPoll = 1;
        rig.server.batch().enqueueScript(script);
        QHash<QString, Outcome> outcomes;
        submitAll(backend, kPrompts, outcomes);
        backend.flush();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && changed.last().at(0).value<BatchJob>().completedRequests >= 1,
                                 10000);
        backend.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 4, 10000);
        const BatchJob last = changed.last().at(0).value<BatchJob>();
        QCOMPARE(last.status, BatchJob::Status::Cancelled);
        const int answered =
            int(std::count_if(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.finished; }));
        QCOMPARE(answered, last.completedRequests);
        QVERIFY(answered >= 1 && answered < 4);
        for (const Outcome &o : std::as_const(outcomes)) {
            if (o.failed)
                QCOMPARE(o.error.errorClass, ErrorClass::Cancelled);
        }
        QCOMPARE(unanswered.count(), 1);
        QCOMPARE(backend.queuedCount(), 0); // cancelled, not queued for another round
        const QList<RecordedRequest> sent = rig.server.requests();
        QVERIFY(
            std::any_of(sent.begin(), sent.end(), [](const RecordedRequest &r) { return r.path.endsWith("/cancel"); }));
    }

    void aRestartAdoptsTheJobInsteadOfPayingAgain()
    {
        BatchTestRig rig;
        rig.answerByPrompt();
        MockBatchScript slow;
        slow.requestsPerPoll = 1;
        rig.server.batch().enqueueScript(slow);
        QString jobId;
        QStringList customIds;
        {
            BatchChatBackend before(&rig.client);
            BatchRunConfig config;
            config.pollIntervalMs = 60000; // it dies before its first poll
            before.setConfig(config);
            connect(&before, &BatchChatBackend::jobCreated, this, [&](const QString &id, const QStringList &ids) {
                jobId = id;
                customIds = ids;
            });
            QHash<QString, Outcome> lost;
            submitAll(before, kPrompts.mid(0, 3), lost);
            before.flush();
            QTRY_VERIFY_WITH_TIMEOUT(!jobId.isEmpty(), 10000);
            QCOMPARE(endedCount(lost), 0);
        } // the process dies with the job running
        QCOMPARE(customIds.size(), 3);

        BatchChatBackend after(&rig.client);
        fastPolls(after);
        QHash<QString, Outcome> outcomes;
        // The engines rebuild their requests: two before the job is adopted, one after it has ended.
        submitAll(after, kPrompts.mid(0, 2), outcomes);
        after.adopt(jobId, customIds);
        QCOMPARE(after.queuedCount(), 0);
        QSignalSpy ended(&after, &BatchChatBackend::jobEnded);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        submitAll(after, kPrompts.mid(2, 1), outcomes);
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 3, 10000);
        for (const QString &p : kPrompts.mid(0, 3))
            QCOMPARE(outcomes.value(p).text, QStringLiteral("answer to ") + p);
        QCOMPARE(rig.server.batch().jobsCreated(), 1);
        QCOMPARE(rig.server.batch().filesUploaded(), 1);
        QCOMPARE(rig.server.batch().paidRequests(), 3);
    }

    void pollsFollowTheClock()
    {
        ManualClock clock;
        BatchTestRig rig(&clock);
        BatchChatBackend backend(&rig.client, &clock);
        BatchRunConfig config;
        config.pollIntervalMs = 10000;
        backend.setConfig(config);
        QSignalSpy created(&backend, &BatchChatBackend::jobCreated);
        QHash<QString, Outcome> outcomes;
        submitAll(backend, kPrompts.mid(0, 2), outcomes);
        backend.flush();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        const QString id = created.first().at(0).toString();
        QTRY_VERIFY_WITH_TIMEOUT(backend.isIdle() && rig.server.busyConnections() == 0, 10000);
        QCOMPARE(rig.server.batch().pollsOf(id), 0);
        clock.advance(9999);
        QCoreApplication::processEvents();
        QCOMPARE(rig.server.batch().pollsOf(id), 0);
        clock.advance(1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.batch().pollsOf(id), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(backend.isIdle(), 10000);
        clock.advance(10000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.batch().pollsOf(id), 2, 10000);
        QCOMPARE(endedCount(outcomes), 0);
    }

    void anUploadRefusedFailsEveryRequestWithItsError()
    {
        BatchTestRig rig;
        rig.mistral.setApiKey(QStringLiteral("revoked"));
        BatchChatBackend backend(&rig.client);
        fastPolls(backend);
        QHash<QString, Outcome> outcomes;
        submitAll(backend, kPrompts.mid(0, 2), outcomes);
        backend.flush();
        QTRY_COMPARE_WITH_TIMEOUT(endedCount(outcomes), 2, 10000);
        QCOMPARE(outcomes.value(QStringLiteral("alpha")).error.errorClass, ErrorClass::Auth);
        QCOMPARE(rig.server.batch().jobsCreated(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchChatBackend)
#include "tst_batchchatbackend.moc"
