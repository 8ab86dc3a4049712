// SpeechStream against a scripted ChatBackend: the request's options, text streamed into the speech, the charge,
// a failure keeping what arrived.

#include "ScriptedChatBackend.h"

#include "clock/ManualClock.h"
#include "debate/DebateFormat.h"
#include "debate/SpeechRequestFactory.h"
#include "debate/SpeechStream.h"
#include "debate/TurnPlanner.h"
#include "models/ModelCatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

class TestSpeechStream final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

    static DebateSpec spec()
    {
        DebateSpec s;
        s.motion = QStringLiteral("m");
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, {}, {}, false},
                      Debater {{}, QStringLiteral("con"), {}, {}, {}, false}};
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void streamsIntoTheSpeechAndSettlesIt()
    {
        ManualClock clock;
        ScriptedChatBackend chat;
        DebateTranscript transcript(nullptr, &clock, &clock);
        transcript.open(spec(), QStringLiteral("d"), {}, TurnPlanner(spec(), {}));
        Speech s;
        s.turn = 0;
        transcript.append(s);
        const PromptBuilder builder(spec(), *DebateFormat::load(QStringLiteral("classic")));
        const SpeechRequestFactory requests(spec(), builder);
        SpeechStream stream(&chat, BudgetGuard(&m_catalog, RequestTokens()), RequestTokens());
        stream.setDebate(&transcript, &requests, [](const ChatRequest &) { return true; });
        QSignalSpy done(&stream, &SpeechStream::speechDone);
        QSignalSpy cost(&stream, &SpeechStream::costChanged);

        ChatRequest r =
            requests.followUp(QStringLiteral("mistral-small-latest"), {ChatMessage::user(QStringLiteral("q"))});
        stream.start(SpeechStream::Kind::Speech, 0, r);
        QVERIFY(stream.isBusy());
        QCOMPARE(chat.call(0).options.purpose, QStringLiteral("speech"));
        QCOMPARE(chat.call(0).options.debateId, QStringLiteral("d"));
        QVERIFY(chat.call(0).options.estimatedTokens > r.maxTokens.value_or(0));
        chat.stream(0, QStringLiteral("Hello"));
        QCOMPARE(transcript.record().speeches.first().text, QStringLiteral("Hello"));
        chat.answer(0, QStringLiteral("Hello there."));
        QVERIFY(!stream.isBusy());
        QCOMPARE(done.count(), 1);
        const Speech &settled = transcript.record().speeches.first();
        QCOMPARE(settled.text, QStringLiteral("Hello there."));
        QCOMPARE(settled.status, Speech::Status::Finished);
        QCOMPARE(settled.promptTokens, 100);
        QCOMPARE(cost.count(), 1);
        QVERIFY(transcript.record().costUsd > 0);
        QCOMPARE(settled.costUsd, transcript.record().costUsd);
    }

    void aFailureKeepsWhatArrived()
    {
        ManualClock clock;
        ScriptedChatBackend chat;
        DebateTranscript transcript(nullptr, &clock, &clock);
        transcript.open(spec(), QStringLiteral("d"), {}, TurnPlanner(spec(), {}));
        transcript.append(Speech {});
        const PromptBuilder builder(spec(), *DebateFormat::load(QStringLiteral("classic")));
        const SpeechRequestFactory requests(spec(), builder);
        SpeechStream stream(&chat, BudgetGuard(&m_catalog, RequestTokens()), RequestTokens());
        stream.setDebate(&transcript, &requests, [](const ChatRequest &) { return true; });
        QSignalSpy failed(&stream, &SpeechStream::speechFailed);
        stream.start(SpeechStream::Kind::Speech, 0, requests.followUp(QStringLiteral("x"), {}));
        chat.stream(0, QStringLiteral("Half a"));
        stream.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().errorClass, ErrorClass::Cancelled);
        const Speech &s = transcript.record().speeches.first();
        QCOMPARE(s.text, QStringLiteral("Half a"));
        QCOMPARE(s.status, Speech::Status::Stopped);
        QCOMPARE(stream.speechIndex(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSpeechStream)
#include "tst_speechstream.moc"
