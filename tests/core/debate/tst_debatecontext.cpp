// DebateEngine fitting its requests into a small context window: older speeches are summarised (by the cheapest
// model, through the real ChatService, against the in-process mock server) and every request fits the window.

#include "ChatPipeline.h"
#include "MockMistralServer.h"

#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "context/Summarizer.h"
#include "debate/DebateEngine.h"
#include "flow/ChatService.h"
#include "flow/RateLimiter.h"
#include "flow/RequestScheduler.h"
#include "models/ModelCatalog.h"
#include "tokens/TokenCounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
const QString kTiny = QStringLiteral("tiny-debater");
constexpr int kWindow = 2000;

QString contentOf(const QJsonObject &message)
{
    return message.value(QLatin1String("content")).toString();
}

bool isSummaryRequest(const RecordedRequest &r)
{
    const QJsonArray m = r.json.value(QLatin1String("messages")).toArray();
    return !m.isEmpty() && contentOf(m.first().toObject()).startsWith(QLatin1String("You summarise debate speeches"));
}

// About 310 tokens of plain English, different for every speech.
QString speechText(int n)
{
    QString text;
    for (int i = 0; i < 18; ++i)
        text +=
            QStringLiteral("Point %1.%2: homework shapes habits, and habits shape what children learn. ").arg(n).arg(i);
    return text.trimmed();
}
} // namespace

class TestDebateContext final : public QObject
{
    Q_OBJECT

    ChatPipeline m_pipe;
    TokenCounter m_tokens;

    qint64 exactPrompt(const RecordedRequest &r) const
    {
        return m_tokens
            .countMessages(r.json.value(QLatin1String("messages")).toArray(),
                           r.json.value(QLatin1String("model")).toString(),
                           r.json.value(QLatin1String("tools")).toArray())
            .count;
    }

private slots:
    void init()
    {
        QVERIFY(m_pipe.start());

        // The shipped table plus a model with a 2,000-token window, known to the catalog and to the server.
        const QByteArray tiny =
            QJsonDocument(QJsonObject {{QStringLiteral("prices_as_of"), QStringLiteral("2026-08-21")},
                                       {QStringLiteral("models"),
                                        QJsonArray {QJsonObject {
                                            {QStringLiteral("id"), kTiny},
                                            {QStringLiteral("context"), kWindow},
                                            {QStringLiteral("input_usd_per_mtok"), 0.5},
                                            {QStringLiteral("output_usd_per_mtok"), 1.5},
                                            {QStringLiteral("capabilities"),
                                             QJsonArray {QStringLiteral("chat"), QStringLiteral("structured_outputs")}},
                                            {QStringLiteral("strengths"), QJsonArray {QStringLiteral("balanced")}},
                                            {QStringLiteral("tokenizer"), QStringLiteral("tekken-240718")},
                                        }}}})
                .toJson();
        QString error;
        QVERIFY2(m_pipe.catalog->mergeJson(tiny, QStringLiteral("test"), &error), qPrintable(error));
        QJsonArray models = MockMistralServer::defaultModels();
        models.append(QJsonObject {{QStringLiteral("id"), kTiny},
                                   {QStringLiteral("object"), QStringLiteral("model")},
                                   {QStringLiteral("max_context_length"), kWindow}});
        m_pipe.server->setModels(models);
    }

    void cleanup() { m_pipe.stop(); }

    void longDebateIsSummarisedAndEveryRequestFits()
    {
        const Summarizer probe(m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens);
        const QString cheapest = probe.modelFor(0);
        QVERIFY(!cheapest.isEmpty());
        QVERIFY(cheapest != kTiny); // the summariser is a model of its own, chosen by price

        int speeches = 0;
        int summaries = 0;
        m_pipe.server->setReplyProvider([&](int, const RecordedRequest &r) -> std::optional<MockReply> {
            if (isSummaryRequest(r)) {
                ++summaries;
                return MockReply::withText(
                    QStringLiteral("Summary %1: Pro says homework builds habits; Con says it crowds out rest and "
                                   "play. Both cite points about learning habits.")
                        .arg(summaries));
            }
            if (r.json.contains(QLatin1String("response_format")))
                return MockReply::withText(QStringLiteral(
                    R"({"winner":"pro","scores":[{"criterion":"evidence","pro":7,"con":5}],"reasons":"Clearer.","margin":2})"));
            return MockReply::withText(speechText(++speeches));
        });

        DebateSpec s;
        s.motion = QStringLiteral("Homework should be abolished");
        s.rounds = 2; // 8 speeches of ~310 tokens: far more than a 2,000-token window holds
        s.maxTokens = 400;
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, kTiny, {}, false},
                      Debater {{}, QStringLiteral("con"), {}, kTiny, {}, false}};
        s.judgeModel = kTiny;

        DebateEngine engine({m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens, nullptr});
        QSignalSpy done(&engine, &DebateEngine::finished);
        QSignalSpy fitted(&engine, &DebateEngine::contextFitted);
        QVERIFY(engine.start(s));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(engine.record().status, DebateRecord::Status::Finished);
        QVERIFY(engine.record().verdict && engine.record().verdict->valid);
        QCOMPARE(speeches, 8);

        // Summaries were needed, asked of the cheapest model at temperature 0, and used (never the fallback).
        QVERIFY(summaries >= 1);
        QVERIFY(fitted.count() >= 1);
        for (const QList<QVariant> &f : std::as_const(fitted)) {
            QCOMPARE(f.at(0).toString(), kTiny);
            QVERIFY(f.at(1).toInt() >= 1);
            QVERIFY(f.at(2).toLongLong() <= f.at(3).toLongLong());
            QCOMPARE(f.at(4).toBool(), false);
        }

        const QList<RecordedRequest> all = m_pipe.chats();
        QSet<QByteArray> summaryBodies;
        bool summaryHeard = false;
        bool judgeSummarised = false;
        for (const RecordedRequest &r : all) {
            const QJsonArray messages = r.json.value(QLatin1String("messages")).toArray();
            const int maxTokens = r.json.value(QLatin1String("max_tokens")).toInt();
            if (isSummaryRequest(r)) {
                QCOMPARE(r.json.value(QLatin1String("model")).toString(), cheapest);
                QCOMPARE(r.json.value(QLatin1String("temperature")).toDouble(), 0.0);
                // The same slice is never asked twice.
                const QByteArray body = QJsonDocument(messages).toJson(QJsonDocument::Compact);
                QVERIFY(!summaryBodies.contains(body));
                summaryBodies.insert(body);
                continue;
            }
            QCOMPARE(r.json.value(QLatin1String("model")).toString(), kTiny);
            // Every request to the small model fits its window, counted exactly, prompt and answer together,
            // and by the server's own count.
            const qint64 exact = exactPrompt(r);
            QVERIFY2(exact + maxTokens <= kWindow,
                     qPrintable(QStringLiteral("%1 + %2 > %3").arg(exact).arg(maxTokens).arg(kWindow)));
            QVERIFY(MockMistralServer::promptTokens(r.json) + maxTokens <= kWindow);
            const QString text = QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact));
            if (text.contains(QLatin1String("[Summary of the earlier speeches]"))) {
                summaryHeard = true;
                judgeSummarised = judgeSummarised || r.json.contains(QLatin1String("response_format"));
            }
        }
        QVERIFY(summaryHeard);
        QVERIFY(judgeSummarised);
        // Without fitting, the speeches alone would not have fit in the window.
        qint64 spoken = 0;
        for (const Speech &sp : engine.record().speeches)
            spoken += m_tokens.countText(sp.text, kTiny).count;
        QVERIFY2(spoken > kWindow, qPrintable(QString::number(spoken)));
    }

    void failedSummaryFallsBackToAnExtract()
    {
        m_pipe.server->setReplyProvider([&](int, const RecordedRequest &r) -> std::optional<MockReply> {
            if (isSummaryRequest(r))
                return MockReply::error(400, ErrorShape::UnknownModel400);
            return MockReply::withText(speechText(int(r.json.value(QLatin1String("messages")).toArray().size())));
        });
        DebateSpec s;
        s.motion = QStringLiteral("Homework should be abolished");
        s.rounds = 2;
        s.maxTokens = 400;
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, kTiny, {}, false},
                      Debater {{}, QStringLiteral("con"), {}, kTiny, {}, false}};
        DebateEngine engine({m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens, nullptr});
        QSignalSpy done(&engine, &DebateEngine::finished);
        QSignalSpy fitted(&engine, &DebateEngine::contextFitted);
        QVERIFY(engine.start(s));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(engine.record().status, DebateRecord::Status::Finished);
        QVERIFY(fitted.count() >= 1);
        QVERIFY(fitted.last().at(4).toBool()); // the extract stood in
        for (const RecordedRequest &r : m_pipe.chats()) {
            if (isSummaryRequest(r))
                continue;
            QVERIFY(exactPrompt(r) + r.json.value(QLatin1String("max_tokens")).toInt() <= kWindow);
        }
    }

    // A panel whose second judge has a small window: its request waits for a summary, and the panel goes on with
    // that judge (the first is not asked again).
    void panelJudgeWaitingForASummaryKeepsItsPlace()
    {
        QStringList judgeModels;
        int speeches = 0;
        m_pipe.server->setReplyProvider([&](int, const RecordedRequest &r) -> std::optional<MockReply> {
            if (isSummaryRequest(r))
                return MockReply::withText(QStringLiteral("Summary: Pro says habits; Con says rest."));
            if (r.json.contains(QLatin1String("response_format"))) {
                judgeModels << r.json.value(QLatin1String("model")).toString();
                return MockReply::withText(QStringLiteral(
                    R"({"winner":"con","scores":[{"criterion":"evidence","pro":5,"con":7}],"reasons":"Clearer.","margin":2})"));
            }
            return MockReply::withText(speechText(++speeches));
        });
        DebateSpec s;
        s.motion = QStringLiteral("Homework should be abolished");
        s.rounds = 2;
        s.maxTokens = 400;
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                      Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
        s.setJudges({QStringLiteral("mistral-large-latest"), kTiny});

        DebateEngine engine({m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens, nullptr});
        QSignalSpy done(&engine, &DebateEngine::finished);
        QSignalSpy fitted(&engine, &DebateEngine::contextFitted);
        QVERIFY(engine.start(s));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(judgeModels, (QStringList {QStringLiteral("mistral-large-latest"), kTiny}));
        QVERIFY(fitted.count() >= 1);
        QCOMPARE(fitted.last().at(0).toString(), kTiny);
        QVERIFY(engine.record().panel);
        QCOMPARE(engine.record().panel->conVotes, 2);
    }
};

QTEST_GUILESS_MAIN(TestDebateContext)
#include "tst_debatecontext.moc"
