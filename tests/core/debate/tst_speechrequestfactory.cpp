#include "debate/DebateFormat.h"
#include "debate/SpeechRequestFactory.h"

#include <QTest>

using namespace rostrum;

// The requests of a debate: a speech (the cite_lines tool with code), the moderator, the judge, a follow-up.
class TestSpeechRequestFactory final : public QObject
{
    Q_OBJECT

    static DebateSpec spec()
    {
        DebateSpec s;
        s.motion = QStringLiteral("m");
        s.maxTokens = 250;
        s.temperature = 0.5;
        s.moderatorModel = QStringLiteral("mod");
        s.judgeModel = QStringLiteral("judge");
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, {}, {}, false},
                      Debater {{}, QStringLiteral("con"), {}, {}, {}, false}};
        return s;
    }

private slots:
    void speechCarriesTheToolOnlyWithCode()
    {
        DebateSpec s = spec();
        const PromptBuilder b(s, *DebateFormat::load(QStringLiteral("classic")));
        const ChatRequest plain = *SpeechRequestFactory(s, b).speech(0, QStringLiteral("x"));
        QCOMPARE(plain.model, QStringLiteral("x"));
        QCOMPARE(plain.maxTokens.value_or(0), 250);
        QCOMPARE(plain.temperature.value_or(0), 0.5);
        QVERIFY(plain.stream);
        QVERIFY(plain.tools.isEmpty());
        s.code.text = QStringLiteral("int x;\n");
        const PromptBuilder withCode(s, *DebateFormat::load(QStringLiteral("classic")));
        const ChatRequest tooled = *SpeechRequestFactory(s, withCode).speech(0, QStringLiteral("x"));
        QCOMPARE(tooled.tools.size(), 1);
        QCOMPARE(tooled.tools.first().name, QStringLiteral("cite_lines"));
        QCOMPARE(tooled.toolChoice, QStringLiteral("auto"));
    }

    void speechMessagesContinueFromAPrefix()
    {
        const DebateSpec s = spec();
        const PromptBuilder b(s, *DebateFormat::load(QStringLiteral("classic")));
        const SpeechRequestFactory f(s, b);
        const Turn turn = DebateFormat::load(QStringLiteral("classic"))->turns(0).first();
        const QList<ChatMessage> fresh = f.speechMessages(turn, 0, {})(QString(), 0);
        const QList<ChatMessage> resumed = f.speechMessages(turn, 0, {}, QStringLiteral("Half"))(QString(), 0);
        QCOMPARE(resumed.size(), fresh.size() + 1);
        QVERIFY(resumed.last().prefix);
        QCOMPARE(resumed.last().content, QStringLiteral("Half"));
    }

    void moderatorJudgeAndFollowUp()
    {
        const DebateSpec s = spec();
        const PromptBuilder b(s, *DebateFormat::load(QStringLiteral("classic")));
        const SpeechRequestFactory f(s, b);
        const ChatRequest mod = f.moderator();
        QCOMPARE(mod.model, QStringLiteral("mod"));
        QCOMPARE(mod.maxTokens.value_or(0), SpeechRequestFactory::kModeratorMaxTokens);
        QVERIFY(!mod.messages.isEmpty());
        const ChatRequest judge = f.judge(s.judgeModel);
        QCOMPARE(judge.model, QStringLiteral("judge"));
        QCOMPARE(judge.temperature.value_or(-1), 0.0);
        QCOMPARE(judge.maxTokens.value_or(0), SpeechRequestFactory::kJudgeMaxTokens);
        QVERIFY(judge.responseFormat.has_value());
        const ChatRequest follow = f.followUp(QStringLiteral("x"), {ChatMessage::user(QStringLiteral("q"))});
        QCOMPARE(follow.messages.size(), 1);
        QVERIFY(follow.tools.isEmpty());
        QCOMPARE(follow.maxTokens.value_or(0), 250);
    }
};

QTEST_GUILESS_MAIN(TestSpeechRequestFactory)
#include "tst_speechrequestfactory.moc"
