// An unchanged DebateEngine running entirely on BatchChatBackend: every speech is one batch job whose answer
// arrives whole (no text deltas), and the debate ends with the right speeches, the live endpoint never used.

#include "BatchTestRig.h"

#include "batch/BatchChatBackend.h"
#include "debate/DebateEngine.h"
#include "models/CostEstimator.h"
#include "models/ModelCatalog.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace rostrum;
using namespace rostrum::test;

class TestBatchDebate final : public QObject
{
    Q_OBJECT

private slots:
    void twoDebatersFinishOnBatchAnswers()
    {
        BatchTestRig rig;
        rig.server.setReplyProvider([](int index, const RecordedRequest &) -> std::optional<MockReply> {
            return MockReply::withText(QStringLiteral("Speech number %1.").arg(index + 1));
        });
        BatchChatBackend backend(&rig.client);
        BatchRunConfig config;
        config.pollIntervalMs = 2;
        backend.setConfig(config);
        backend.setAutoFlushAt(1); // one debate: each speech is a round of its own
        QSignalSpy usage(&backend, &BatchChatBackend::requestFinished);

        ModelCatalog catalog;
        QVERIFY(catalog.loadShipped());
        DebateEngine engine(DebateEngine::Services {&backend, Clock::system(), &catalog, nullptr, nullptr});
        QSignalSpy deltas(&engine, &DebateEngine::speechDelta);
        QSignalSpy finished(&engine, &DebateEngine::finished);
        QSignalSpy failed(&engine, &DebateEngine::failed);
        DebateSpec spec;
        spec.motion = QStringLiteral("Homework should be abolished");
        spec.rounds = 0; // classic: opening pro, opening con, closing con, closing pro
        spec.maxTokens = 100;
        spec.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                         Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-large-latest"), {}, false}};
        QString why;
        QVERIFY2(engine.start(spec, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.first().at(0).value<DebateRecord::Status>(), DebateRecord::Status::Finished);

        const QList<Speech> &speeches = engine.record().speeches;
        QCOMPARE(speeches.size(), 4);
        for (int i = 0; i < speeches.size(); ++i) {
            QCOMPARE(speeches.at(i).status, Speech::Status::Finished);
            QCOMPARE(speeches.at(i).text, QStringLiteral("Speech number %1.").arg(i + 1));
            QVERIFY(speeches.at(i).promptTokens > 0);
        }
        // The debate is charged at the batch prices: half what the same tokens cost live.
        double batchUsd = 0, liveUsd = 0;
        for (const Speech &s : speeches) {
            batchUsd += CostEstimator(&catalog).batch(s.model, s.promptTokens, s.completionTokens).totalUsd;
            liveUsd += CostEstimator(&catalog).exact(s.model, s.promptTokens, s.completionTokens).totalUsd;
        }
        QVERIFY(batchUsd > 0);
        QVERIFY(qAbs(engine.record().costUsd - batchUsd) < 1e-12);
        QVERIFY(qAbs(engine.record().costUsd - liveUsd / 2) < 1e-12);
        QCOMPARE(speeches.at(0).side, QStringLiteral("pro"));
        QCOMPARE(speeches.at(1).side, QStringLiteral("con"));
        QCOMPARE(deltas.count(), 0); // the answers came whole
        // Each speech heard the one before it: the second request carries the first speech.
        const QList<QJsonObject> lines = rig.server.batch().uploadedLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY(QJsonDocument(lines.at(1)).toJson().contains("Speech number 1."));
        QCOMPARE(lines.at(1).value(QLatin1String("body")).toObject().value(QLatin1String("model")).toString(),
                 QStringLiteral("mistral-large-latest"));
        QCOMPARE(rig.server.batch().jobsCreated(), 4);
        QCOMPARE(rig.server.chatRequestCount(), 0);
        QCOMPARE(usage.count(), 4);
        QVERIFY(usage.first().at(0).value<UsageRecord>().batch);
    }
};

QTEST_GUILESS_MAIN(TestBatchDebate)
#include "tst_batchdebate.moc"
