#include "TokenizerTestData.h"

#include "tokens/TokenCounter.h"
#include "tokens/TokenizerRegistry.h"

#include <QTest>

using namespace rostrum;
using namespace tokentest;

// The counter says what it counted with, and whether to trust it.
class TestTokenCounter final : public QObject
{
    Q_OBJECT

private slots:
    void heuristicIsTheSeedRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("ascii 8") << QStringLiteral("abcdefgh") << qint64(2);
        QTest::newRow("ascii 9 rounds up") << QStringLiteral("abcdefghi") << qint64(3);
        QTest::newRow("non-ascii by 3") << QStringLiteral("été été") << qint64(3);
        QTest::newRow("japanese") << QStringLiteral("東京は日本の首都です。") << qint64(4);
    }
    void heuristicIsTheSeedRule()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(TokenCounter::heuristicCount(text), expected);
    }

    void modelTable_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("tokenizer");
        QTest::addColumn<bool>("modelMatches");
        QTest::newRow("nemo") << QStringLiteral("open-mistral-nemo") << QStringLiteral("tekken-240718") << true;
        QTest::newRow("small 2409") << QStringLiteral("mistral-small-2409") << QStringLiteral("tekken-240718") << true;
        QTest::newRow("mistral 7b") << QStringLiteral("open-mistral-7b") << QStringLiteral("spm-v3") << true;
        QTest::newRow("large 2407") << QStringLiteral("mistral-large-2407") << QStringLiteral("spm-v3") << true;
        QTest::newRow("mixtral 8x7b") << QStringLiteral("open-mixtral-8x7b") << QStringLiteral("spm-v1") << true;
        QTest::newRow("large 2411") << QStringLiteral("mistral-large-2411") << QStringLiteral("spm-v3") << false;
        QTest::newRow("medium latest (API only)")
            << QStringLiteral("mistral-medium-latest") << QStringLiteral("tekken-240718") << false;
        QTest::newRow("unknown") << QStringLiteral("some-future-model") << QStringLiteral("tekken-240718") << false;
    }
    void modelTable()
    {
        QFETCH(QString, model);
        QFETCH(QString, tokenizer);
        QFETCH(bool, modelMatches);
        const auto c = ModelTokenizers::forModel(model);
        QCOMPARE(c.tokenizer, tokenizer);
        QCOMPARE(c.modelMatches, modelMatches);
    }

    void exactForAKnownModel()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        TokenCounter counter;
        const auto c = counter.countText(QStringLiteral("Hello, how are you?"), QStringLiteral("open-mistral-nemo"),
                                         TokenCounter::Ids::Include);
        QCOMPARE(c.count, 6);
        QCOMPARE(c.tokenizer, QStringLiteral("tekken-240718"));
        QVERIFY(c.exact);
        QCOMPARE(c.ids, (QList<int> {22177, 1044, 2606, 1584, 1636, 1063}));
        // Without asking for ids, none are built, the count is the same.
        const auto n = counter.countText(QStringLiteral("Hello, how are you?"), QStringLiteral("open-mistral-nemo"));
        QCOMPARE(n.count, 6);
        QVERIFY(n.ids.isEmpty());
    }

    void apiOnlyModelIsAnEstimateWithTekken()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        TokenCounter counter;
        const auto c =
            counter.countText(QStringLiteral("Hello, how are you?"), QStringLiteral("mistral-medium-latest"));
        QCOMPARE(c.count, 6);
        QCOMPARE(c.tokenizer, QStringLiteral("tekken-240718"));
        QVERIFY(!c.exact);
    }

    void heuristicNameIsAlwaysAnEstimate()
    {
        TokenCounter counter;
        counter.setModelTokenizer(QStringLiteral("my-model"), QStringLiteral("heuristic"));
        const auto c = counter.countText(QStringLiteral("abcdefgh"), QStringLiteral("my-model"));
        QCOMPARE(c.count, 2);
        QCOMPARE(c.tokenizer, QStringLiteral("heuristic"));
        QVERIFY(!c.exact);
        QVERIFY(c.ids.isEmpty());
    }

    void catalogOverrideWins()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        TokenCounter counter;
        counter.setModelTokenizer(QStringLiteral("mistral-medium-latest"), QStringLiteral("spm-v3"));
        const auto c =
            counter.countText(QStringLiteral("Hello, how are you?"), QStringLiteral("mistral-medium-latest"));
        QCOMPARE(c.tokenizer, QStringLiteral("spm-v3"));
        QVERIFY(c.exact);
        QCOMPARE(counter.choiceFor(QStringLiteral("mistral-medium-latest")).chatTemplate, ChatTemplate::Version::V3);
        QCOMPARE(ModelTokenizers::fromName(QStringLiteral("tekken-240718@v13")).chatTemplate,
                 ChatTemplate::Version::V13);
        QCOMPARE(ModelTokenizers::fromName(QStringLiteral("nonsense")).tokenizer, QStringLiteral("heuristic"));
    }

    void messagesUseTheChatTemplate()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        TokenCounter counter;
        QJsonArray m;
        m.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                              {QStringLiteral("content"), QStringLiteral("You are a concise assistant.")}});
        m.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("content"), QStringLiteral("Explain RAII in C++ in one sentence.")}});
        // Reference: v3 Tekken 20 (Nemo), v3 SentencePiece 24 (Mistral 7B v0.3).
        QCOMPARE(counter.countMessages(m, QStringLiteral("open-mistral-nemo")).count, 20);
        QCOMPARE(counter.countMessages(m, QStringLiteral("open-mistral-7b")).count, 24);
        const auto heuristic = counter.countMessages(m, ModelTokenizers::fromName(QStringLiteral("heuristic")));
        QVERIFY(!heuristic.exact);
        QCOMPARE(heuristic.count, TokenCounter::heuristicMessagesCount(m));
        QVERIFY(heuristic.count > 10);
    }
};

QTEST_GUILESS_MAIN(TestTokenCounter)
#include "tst_tokencounter.moc"
