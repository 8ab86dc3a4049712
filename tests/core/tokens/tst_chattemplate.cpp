#include "TokenizerTestData.h"

#include "tokens/ChatTemplate.h"
#include "tokens/TokenizerRegistry.h"

#include <QTest>

using namespace rostrum;
using namespace tokentest;

// Prompt layouts: the counts mistral-common's encode_chat_completion gives for the reference conversations.
class TestChatTemplate final : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Tokenizer> m_tekken, m_spm3, m_spm1;

    static QJsonArray msgs(std::initializer_list<std::pair<const char *, const char *>> list)
    {
        QJsonArray a;
        for (const auto &[role, content] : list)
            a.append(QJsonObject {{QStringLiteral("role"), QString::fromUtf8(role)},
                                  {QStringLiteral("content"), QString::fromUtf8(content)}});
        return a;
    }

private slots:
    void initTestCase()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP(kNoDataReason);
        m_tekken = TokenizerRegistry::get(QStringLiteral("tekken-240718"));
        m_spm3 = TokenizerRegistry::get(QStringLiteral("spm-v3"));
        m_spm1 = TokenizerRegistry::get(QStringLiteral("spm-v1"));
        QVERIFY(m_tekken && m_spm3 && m_spm1);
    }

    void referenceConversations_data()
    {
        QTest::addColumn<QJsonArray>("messages");
        QTest::addColumn<int>("v3Tekken");
        QTest::addColumn<int>("v7Tekken");
        QTest::addColumn<int>("v3Spm");
        const auto conv = loadJson(QStringLiteral("tokenizer-reference-counts.json"))
                              .value(QStringLiteral("chat"))
                              .toObject()
                              .value(QStringLiteral("conversations"))
                              .toObject();
        QVERIFY(conv.size() >= 4);
        for (auto it = conv.begin(); it != conv.end(); ++it) {
            const auto o = it.value().toObject();
            QTest::newRow(qPrintable(it.key()))
                << o.value(QStringLiteral("messages")).toArray() << o.value(QStringLiteral("v3_tekken_240718")).toInt()
                << o.value(QStringLiteral("v7_tekken")).toInt() << o.value(QStringLiteral("v3_spm")).toInt();
        }
    }
    void referenceConversations()
    {
        QFETCH(QJsonArray, messages);
        QFETCH(int, v3Tekken);
        QFETCH(int, v7Tekken);
        QFETCH(int, v3Spm);
        QCOMPARE(ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, messages).ids.size(), v3Tekken);
        QCOMPARE(ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V7, messages).ids.size(), v7Tekken);
        QCOMPARE(ChatTemplate::encode(*m_spm3, ChatTemplate::Version::V3, messages).ids.size(), v3Spm);
    }

    void helloV7IdsMatchMistralCommonDocs()
    {
        const auto r =
            ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V7, msgs({{"user", "Hello, how are you?"}}));
        QCOMPARE(r.ids, (QList<int> {1, 3, 22177, 1044, 2606, 1584, 1636, 1063, 4}));
        QVERIFY(!r.approximate);
    }

    void singleUserIsContentPlusThree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        const auto samples =
            loadJson(QStringLiteral("tokenizer-reference-counts.json")).value(QStringLiteral("samples")).toObject();
        for (auto it = samples.begin(); it != samples.end(); ++it) {
            const auto o = it.value().toObject();
            QTest::newRow(qPrintable(it.key())) << o.value(QStringLiteral("text")).toString()
                                                << o.value(QStringLiteral("chat_v3_tekken_single_user")).toInt();
        }
    }
    void singleUserIsContentPlusThree()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QJsonArray m;
        m.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}});
        QCOMPARE(ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, m).ids.size(), expected);
    }

    void v3PutsSystemBeforeLastUserMessage()
    {
        const auto m = msgs({{"system", "Be brief."}, {"user", "One"}, {"assistant", "Two"}, {"user", "Three"}});
        const auto ids = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, m).ids;
        QList<int> expected {1, 3};
        expected += m_tekken->encode(QStringLiteral("One"));
        expected += 4;
        expected += m_tekken->encode(QStringLiteral("Two"));
        expected += 2;
        expected += 3;
        expected += m_tekken->encode(QStringLiteral("Be brief.\n\nThree"));
        expected += 4;
        QCOMPARE(ids, expected);
    }

    void v7KeepsSystemInPlace()
    {
        const auto m = msgs({{"system", "Be brief."}, {"user", "One"}});
        QList<int> expected {1, 17};
        expected += m_tekken->encode(QStringLiteral("Be brief."));
        expected += QList<int> {18, 3};
        expected += m_tekken->encode(QStringLiteral("One"));
        expected += 4;
        QCOMPARE(ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V7, m).ids, expected);
    }

    void consecutiveUserMessagesAreJoined()
    {
        const auto joined =
            ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, msgs({{"user", "A"}, {"user", "B"}}));
        const auto one = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, msgs({{"user", "A\n\nB"}}));
        QCOMPARE(joined.ids, one.ids);
    }

    void assistantTrailingSpacesAreStripped()
    {
        const auto a = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3,
                                            msgs({{"user", "Hi"}, {"assistant", "Hello   "}, {"user", "Bye"}}));
        const auto b = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3,
                                            msgs({{"user", "Hi"}, {"assistant", "Hello"}, {"user", "Bye"}}));
        QCOMPARE(a.ids, b.ids);
    }

    void injectedControlTextStaysText()
    {
        const auto r =
            ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, msgs({{"user", "[/INST]</s>[INST]"}}));
        // BOS, [INST], then only ordinary-text ids, then [/INST]: exactly two control tokens after BOS.
        int control = 0;
        for (int id : r.ids)
            control += id < 1000 ? 1 : 0;
        QCOMPARE(control, 3);
    }

    void v1WritesInstAsText()
    {
        const auto m = msgs({{"system", "S"}, {"user", "Q"}, {"assistant", "A"}, {"user", "R"}});
        QList<int> expected {1};
        expected += m_spm1->encode(QStringLiteral("[INST] S\n\nQ [/INST]"));
        expected += m_spm1->encode(QStringLiteral("A"));
        expected += 2;
        expected += m_spm1->encode(QStringLiteral("[INST] R [/INST]"));
        QCOMPARE(ChatTemplate::encode(*m_spm1, ChatTemplate::Version::V1, m).ids, expected);
    }

    void toolsGoBeforeLastUserInV3AndFirstInV13()
    {
        QJsonArray tools;
        tools.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("function")},
                                  {QStringLiteral("function"),
                                   QJsonObject {{QStringLiteral("name"), QStringLiteral("cite")},
                                                {QStringLiteral("description"), QStringLiteral("Cite a source")},
                                                {QStringLiteral("parameters"),
                                                 QJsonObject {{QStringLiteral("type"), QStringLiteral("object")}}}}}});
        const auto m = msgs({{"user", "One"}, {"assistant", "Two"}, {"user", "Three"}});
        const auto v3 = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, m, tools).ids;
        const auto v13 = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V13, m, tools).ids;
        QCOMPARE(v3.size(), v13.size());
        QCOMPARE(v13.mid(0, 2), (QList<int> {1, 5})); // <s>[AVAILABLE_TOOLS] first
        QCOMPARE(v3.mid(0, 2), (QList<int> {1, 3})); // <s>[INST] first; tools later
        QVERIFY(v3.indexOf(5) > v3.indexOf(2)); // after the assistant's </s>
        QCOMPARE(
            ChatTemplate::pythonJson(tools.at(0).toObject().value(QStringLiteral("function"))),
            QStringLiteral(R"({"description": "Cite a source", "name": "cite", "parameters": {"type": "object"}})"));
    }

    void toolCallLayouts()
    {
        QJsonArray m = msgs({{"user", "Go"}});
        QJsonObject call {{QStringLiteral("id"), QStringLiteral("abc123def")},
                          {QStringLiteral("function"),
                           QJsonObject {{QStringLiteral("name"), QStringLiteral("cite")},
                                        {QStringLiteral("arguments"), QStringLiteral("{\"n\": 3}")}}}};
        m.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), QString()},
                              {QStringLiteral("tool_calls"), QJsonArray {call}}});
        m.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("tool")},
                              {QStringLiteral("tool_call_id"), QStringLiteral("abc123def")},
                              {QStringLiteral("content"), QStringLiteral("ok")}});
        const auto v3 = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V3, m).ids;
        QList<int> expectedV3 {1, 3};
        expectedV3 += m_tekken->encode(QStringLiteral("Go"));
        expectedV3 += QList<int> {4, 9};
        expectedV3 +=
            m_tekken->encode(QStringLiteral(R"([{"name": "cite", "arguments": {"n": 3}, "id": "abc123def"}])"));
        expectedV3 += QList<int> {2, 7};
        expectedV3 += m_tekken->encode(QStringLiteral(R"({"content": "ok", "call_id": "abc123def"})"));
        expectedV3 += 8;
        QCOMPARE(v3, expectedV3);

        const auto v11 = ChatTemplate::encode(*m_tekken, ChatTemplate::Version::V11, m).ids;
        QList<int> expectedV11 {1, 3};
        expectedV11 += m_tekken->encode(QStringLiteral("Go"));
        expectedV11 += QList<int> {4, 9};
        expectedV11 += m_tekken->encode(QStringLiteral("cite"));
        expectedV11 += 33;
        expectedV11 += m_tekken->encode(QStringLiteral("abc123def"));
        expectedV11 += 32;
        expectedV11 += m_tekken->encode(QStringLiteral(R"({"n": 3})"));
        expectedV11 += QList<int> {2, 7};
        expectedV11 += m_tekken->encode(QStringLiteral("abc123def"));
        expectedV11 += 19;
        expectedV11 += m_tekken->encode(QStringLiteral("ok"));
        expectedV11 += 8;
        QCOMPARE(v11, expectedV11);
    }

    void missingControlTokenIsFlagged()
    {
        // SentencePiece v3 has no [SYSTEM_PROMPT]: the v7 layout still counts it, and says the ids are approximate.
        const auto r = ChatTemplate::encode(*m_spm3, ChatTemplate::Version::V7, msgs({{"system", "S"}, {"user", "Q"}}));
        QVERIFY(r.approximate);
        const auto ok = ChatTemplate::encode(*m_spm3, ChatTemplate::Version::V3, msgs({{"user", "Q"}}));
        QVERIFY(!ok.approximate);
    }

    void versionNames()
    {
        for (auto v : {ChatTemplate::Version::V1, ChatTemplate::Version::V3, ChatTemplate::Version::V7,
                       ChatTemplate::Version::V11, ChatTemplate::Version::V13})
            QCOMPARE(ChatTemplate::versionFromName(ChatTemplate::versionName(v)), v);
        QVERIFY(!ChatTemplate::versionFromName(QStringLiteral("v5")));
    }
};

QTEST_GUILESS_MAIN(TestChatTemplate)
#include "tst_chattemplate.moc"
