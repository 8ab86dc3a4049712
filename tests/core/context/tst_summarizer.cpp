// Summarizer against the in-process mock through the real ChatService: cheapest model, low priority and
// temperature 0, one request per slice, incremental summaries from a cached beginning, steps for a small window,
// and a timeout that lets the caller go on while the answer still fills the cache.

#include "ChatPipeline.h"
#include "MockMistralServer.h"

#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "context/Summarizer.h"
#include "flow/ChatService.h"
#include "flow/RateLimiter.h"
#include "flow/RequestScheduler.h"
#include "models/ModelCatalog.h"
#include "tokens/TokenCounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

namespace {
// The request the tests use: the previous summary, then the entries, as one user message.
QList<ChatMessage> prompt(const QString &previous, const QStringList &entries, int words)
{
    QString text = previous.isEmpty() ? QString() : QStringLiteral("PREVIOUS: ") + previous + QLatin1Char('\n');
    text += entries.join(QLatin1Char('\n'));
    return {ChatMessage::system(QStringLiteral("Summarise in at most %1 words.").arg(words)), ChatMessage::user(text)};
}

QString userOf(const RecordedRequest &r)
{
    return r.json.value(QLatin1String("messages"))
        .toArray()
        .last()
        .toObject()
        .value(QLatin1String("content"))
        .toString();
}
} // namespace

class TestSummarizer final : public QObject
{
    Q_OBJECT

    ChatPipeline m_pipe;
    TokenCounter m_tokens;

private slots:
    void init()
    {
        QVERIFY(m_pipe.start());
        int n = 0;
        m_pipe.server->setReplyProvider([n](int, const RecordedRequest &) mutable -> std::optional<MockReply> {
            return MockReply::withText(QStringLiteral("S%1").arg(++n));
        });
    }

    void cleanup() { m_pipe.stop(); }

    void cachedPerSliceAndBuiltIncrementally()
    {
        Summarizer summarizer(m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens);
        const QString cheapest = summarizer.modelFor(0);
        QVERIFY(!cheapest.isEmpty());
        const QStringList three {QStringLiteral("Pro: A."), QStringLiteral("Con: B."), QStringLiteral("Pro: C.")};

        // Two callers asking for the same slice at once share one request.
        QList<SummaryResult> got;
        summarizer.summarise(QStringLiteral("d1"), three, 100, prompt, this, [&](const SummaryResult &r) { got << r; });
        summarizer.summarise(QStringLiteral("d1"), three, 100, prompt, this, [&](const SummaryResult &r) { got << r; });
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 30000);
        QVERIFY(got.at(0).ok && got.at(1).ok);
        QCOMPARE(got.at(0).text, QStringLiteral("S1"));
        QCOMPARE(got.at(1).text, QStringLiteral("S1"));
        QCOMPARE(m_pipe.chats().size(), 1);
        const RecordedRequest &first = m_pipe.chats().first();
        QCOMPARE(first.json.value(QLatin1String("model")).toString(), cheapest);
        QCOMPARE(first.json.value(QLatin1String("temperature")).toDouble(), 0.0);
        QCOMPARE(first.json.value(QLatin1String("max_tokens")).toInt(), 100);

        // Asked again later: from the cache, no request.
        QCOMPARE(summarizer.cached(QStringLiteral("d1"), three), std::optional<QString>(QStringLiteral("S1")));
        got.clear();
        summarizer.summarise(QStringLiteral("d1"), three, 100, prompt, this, [&](const SummaryResult &r) { got << r; });
        QTRY_COMPARE(got.size(), 1);
        QVERIFY(got.first().fromCache);
        QCOMPARE(m_pipe.chats().size(), 1);
        // Another debate with the same words is another slice.
        QVERIFY(!summarizer.cached(QStringLiteral("d2"), three));

        // A longer slice starts from the cached summary of its beginning: only the new entries are sent.
        got.clear();
        summarizer.summarise(QStringLiteral("d1"), three + QStringList {QStringLiteral("Con: D.")}, 100, prompt, this,
                             [&](const SummaryResult &r) { got << r; });
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
        QCOMPARE(got.first().text, QStringLiteral("S2"));
        QCOMPARE(m_pipe.chats().size(), 2);
        QCOMPARE(userOf(m_pipe.chats().last()), QStringLiteral("PREVIOUS: S1\nCon: D."));
        QCOMPARE(summarizer.requestsSent(), 2);
    }

    void sliceTooBigForTheSummariserGoesInSteps()
    {
        // The only summariser has a 600-token window: 40 entries of ~40 tokens take several requests, each one
        // building on the summary before it, and every request fits.
        Summarizer summarizer(m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens);
        const QString model = summarizer.modelFor(0);
        const QByteArray small =
            QJsonDocument(QJsonObject {{QStringLiteral("models"),
                                        QJsonArray {QJsonObject {{QStringLiteral("id"), model},
                                                                 {QStringLiteral("context"), 600}}}}})
                .toJson();
        QVERIFY(m_pipe.catalog->mergeJson(small, QStringLiteral("test")));
        summarizer.setModel(model);
        QStringList entries;
        for (int i = 0; i < 40; ++i)
            entries << QStringLiteral("Speaker %1 argued that the cost of homework falls on families with less "
                                      "time, and offered a study as evidence.")
                           .arg(i);
        std::optional<SummaryResult> got;
        summarizer.summarise(QStringLiteral("d"), entries, 100, prompt, this, [&](const SummaryResult &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 60000);
        QVERIFY(got->ok);
        const QList<RecordedRequest> r = m_pipe.chats();
        QVERIFY(r.size() >= 3);
        QCOMPARE(got->text, QStringLiteral("S%1").arg(r.size()));
        for (int i = 0; i < r.size(); ++i) {
            const qint64 prompt =
                m_tokens.countMessages(r.at(i).json.value(QLatin1String("messages")).toArray(), model).count;
            QVERIFY2(prompt + 100 <= 540, qPrintable(QString::number(prompt)));
            if (i > 0)
                QVERIFY(userOf(r.at(i)).startsWith(QStringLiteral("PREVIOUS: S%1\n").arg(i)));
        }
        QVERIFY(summarizer.cached(QStringLiteral("d"), entries));
    }

    void timeoutLetsTheCallerGoOnAndTheAnswerIsStillCached()
    {
        MockReply slow = MockReply::withText(QStringLiteral("Late summary"));
        slow.firstByteDelayMs = 1500;
        m_pipe.server->setReplyProvider({});
        m_pipe.server->enqueue(slow);
        Summarizer summarizer(m_pipe.chat.get(), Clock::system(), m_pipe.catalog.get(), &m_tokens);
        summarizer.setTimeoutMs(100);
        const QStringList entries {QStringLiteral("Pro: A."), QStringLiteral("Con: B.")};
        std::optional<SummaryResult> got;
        summarizer.summarise(QStringLiteral("d"), entries, 50, prompt, this, [&](const SummaryResult &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY(!got->ok);
        QCOMPARE(got->error.errorClass, ErrorClass::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(summarizer.cached(QStringLiteral("d"), entries).has_value(), 30000);
        QCOMPARE(*summarizer.cached(QStringLiteral("d"), entries), QStringLiteral("Late summary"));
        QCOMPARE(m_pipe.chats().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSummarizer)
#include "tst_summarizer.moc"
