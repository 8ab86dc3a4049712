#include "debate/DebateFormat.h"
#include "debate/SpeechRequestFactory.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    // Every request of a debate carries its id as prompt_cache_key, once the engine has set it; none before.
    void everyRequestCarriesTheDebatesPromptCacheKey()
    {
        DebateSpec s = spec();
        s.code.text = QStringLiteral("int x;\n");
        const PromptBuilder b(s, *DebateFormat::load(QStringLiteral("classic")));
        SpeechRequestFactory f(s, b);
        QVERIFY(f.speech(0, QStringLiteral("x"))->promptCacheKey.isEmpty());
        f.setPromptCacheKey(QStringLiteral("20261207-abc"));
        const QList<ChatRequest> all = {*f.speech(0, QStringLiteral("x")),
                                        *f.speech(1, QStringLiteral("y")),
                                        f.moderator(),
                                        f.judge(QStringLiteral("j")),
                                        f.resample(QStringLiteral("x")),
                                        f.followUp(QStringLiteral("x"), {ChatMessage::user(QStringLiteral("q"))})};
        for (const ChatRequest &r : all) {
            QCOMPARE(r.promptCacheKey, QStringLiteral("20261207-abc"));
            QCOMPARE(r.toJson().value(QStringLiteral("prompt_cache_key")).toString(), QStringLiteral("20261207-abc"));
        }
    }

    // A debater's next request begins with its previous one (what the API's prompt cache reuses): the system
    // prompt and the speeches unchanged, the turn's instruction only after them. With code, the code leads the
    // system prompt, so both debaters' prompts begin with it.
    void aDebatersRequestsShareTheirBeginning()
    {
        DebateSpec s = spec();
        s.code.text = QStringLiteral("int main() { return 0; }\n");
        s.rounds = 1; // opening pro, opening con, rebuttal pro, ...
        const auto format = DebateFormat::load(QStringLiteral("classic"));
        const PromptBuilder b(s, *format);
        const QList<Turn> turns = format->turns(s.rounds);
        QCOMPARE(turns.at(2).side, QStringLiteral("pro"));
        auto speech = [&turns](int turn, int debater, const QString &text) {
            Speech sp;
            sp.index = turn;
            sp.turn = turn;
            sp.debater = debater;
            sp.side = turns.at(turn).side;
            sp.role = turns.at(turn).role;
            sp.speaker = debater == 0 ? QStringLiteral("Pro") : QStringLiteral("Con");
            sp.text = text;
            return sp;
        };
        // Pro speaks turns 0, 2 and 5 (opening, rebuttal, closing).
        const QList<Speech> heard2 = {speech(0, 0, QStringLiteral("Pro opens.")), speech(1, 1, QStringLiteral("Con."))};
        const QList<Speech> heard5 = heard2
            + QList<Speech> {speech(2, 0, QStringLiteral("Pro rebuts.")), speech(3, 1, QStringLiteral("Con rebuts.")),
                             speech(4, 1, QStringLiteral("Con closes."))};
        auto flat = [](const QList<ChatMessage> &m) {
            QString out;
            for (const ChatMessage &x : m)
                out += QString::number(int(x.role)) + QLatin1Char(':') + x.content + QLatin1Char('\n');
            return out;
        };
        const QList<ChatMessage> first = b.speechMessages(turns.at(0), 0, {});
        const QList<ChatMessage> second = b.speechMessages(turns.at(2), 0, heard2);
        const QList<ChatMessage> third = b.speechMessages(turns.at(5), 0, heard5);
        QCOMPARE(second.first().content, first.first().content); // the same system prompt every turn
        QCOMPARE(third.first().content, first.first().content);
        // The closing's prompt starts with everything the rebuttal's said before its instruction (and the blank line
        // that joined it to the last speech heard).
        const QString instruction = b.turnInstruction(turns.at(2), 0, false);
        QVERIFY(second.last().content.endsWith(instruction));
        const QString before = flat(second).left(flat(second).indexOf(instruction) - 2);
        QVERIFY(before.contains(QStringLiteral("Con.")));
        QVERIFY(flat(third).startsWith(before));
        QVERIFY(third.last().content.endsWith(b.turnInstruction(turns.at(5), 0, false)));
        // The code comes before anything that differs between the debaters.
        const QString pro = b.systemPrompt(turns.at(0), 0);
        const QString con = b.systemPrompt(turns.at(1), 1);
        QVERIFY(pro.indexOf(QStringLiteral("int main")) < pro.indexOf(QStringLiteral("You are")));
        const qsizetype codeEnd = pro.indexOf(QStringLiteral("return 0; }")) + 12;
        QCOMPARE(con.left(codeEnd), pro.left(codeEnd));
    }

    // A reasoning model's thinking stays with its speech: the opponent, the judge and the summariser hear the
    // speech's text only.
    void reasoningIsNeverSentOn()
    {
        const DebateSpec s = spec();
        const DebateFormat format = *DebateFormat::load(QStringLiteral("classic"));
        const PromptBuilder b(s, format);
        const SpeechRequestFactory f(s, b);
        Speech thought;
        thought.index = 0;
        thought.turn = 0;
        thought.debater = 0;
        thought.side = QStringLiteral("pro");
        thought.speaker = QStringLiteral("Pro");
        thought.text = QStringLiteral("Public transport should be free.");
        thought.thinking = QStringLiteral("SECRET-REASONING weigh the costs first");
        thought.status = Speech::Status::Finished;
        const QList<Speech> heard {thought};
        const auto sent = [](const QList<ChatMessage> &messages) {
            QString all;
            for (const ChatMessage &m : messages)
                all += QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
            return all;
        };
        const Turn reply = format.turns(0).at(1);
        const QString opponent = sent(f.speechMessages(reply, 1, heard)(QString(), 0));
        QVERIFY(opponent.contains(thought.text));
        QVERIFY(!opponent.contains(QStringLiteral("SECRET-REASONING")));
        const QString judge = sent(b.judgeMessages(heard));
        QVERIFY(judge.contains(thought.text));
        QVERIFY(!judge.contains(QStringLiteral("SECRET-REASONING")));
        const QString summary = sent(b.summaryMessages(heard, 100));
        QVERIFY(summary.contains(thought.text));
        QVERIFY(!summary.contains(QStringLiteral("SECRET-REASONING")));
    }
};

QTEST_GUILESS_MAIN(TestSpeechRequestFactory)
#include "tst_speechrequestfactory.moc"
