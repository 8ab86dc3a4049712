// ContextFitter: a request that fits goes as it is; one that does not waits for a summary of the oldest speeches
// (asked through the ChatBackend), then goes with it in their place.

#include "ScriptedChatBackend.h"

#include "clock/ManualClock.h"
#include "context/Summarizer.h"
#include "debate/ContextFitter.h"
#include "debate/DebateFormat.h"
#include "debate/SpeechRequestFactory.h"
#include "models/ModelCatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::test;

class TestContextFitter final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

    static DebateSpec spec()
    {
        DebateSpec s;
        s.motion = QStringLiteral("Homework should be abolished");
        s.maxTokens = 500;
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("voxtral-small-2507"), {}, false},
                      Debater {{}, QStringLiteral("con"), {}, QStringLiteral("voxtral-small-2507"), {}, false}};
        return s;
    }
    static QList<Speech> speeches(int n, int chars)
    {
        QList<Speech> out;
        for (int i = 0; i < n; ++i) {
            Speech s;
            s.index = i;
            s.turn = i;
            s.debater = i % 2;
            s.side = i % 2 ? QStringLiteral("con") : QStringLiteral("pro");
            s.role = QStringLiteral("rebuttal");
            s.status = Speech::Status::Finished;
            s.text = QStringLiteral("Point %1. ").arg(i) + QString(chars, QLatin1Char('x'));
            out << s;
        }
        return out;
    }

    // A fitter for the classic format's third turn, its summaries asked of a scripted backend.
    struct Rig
    {
        explicit Rig(const ModelCatalog *catalog)
            : summarizer(&chat, &clock, catalog)
            , fitter(&summarizer, catalog, RequestTokens())
            , builder(spec(), *DebateFormat::load(QStringLiteral("classic")))
            , f(spec(), builder)
            , turn(DebateFormat::load(QStringLiteral("classic"))->turns(1).at(2))
        {
            fitter.setDebate(QStringLiteral("d"), builder);
        }
        ManualClock clock;
        ScriptedChatBackend chat;
        Summarizer summarizer;
        ContextFitter fitter;
        const PromptBuilder builder;
        const SpeechRequestFactory f;
        const Turn turn;
    };

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void extractKeepsEachHeaderAndFirstSentence()
    {
        const QString e = ContextFitter::extractSummary(
            {QStringLiteral("[Pro, opening]\nHomework is busywork. It takes hours."), QStringLiteral("No header!")});
        QCOMPARE(e, QStringLiteral("[Pro, opening] Homework is busywork.\nNo header!"));
    }

    void aRequestThatFitsIsLeftAlone()
    {
        Rig rig(&m_catalog);
        ScriptedChatBackend &chat = rig.chat;
        ContextFitter &fitter = rig.fitter;
        const SpeechRequestFactory &f = rig.f;
        const Turn &turn = rig.turn;
        const QList<Speech> heard = speeches(2, 100);
        ChatRequest r = *f.speech(0, QStringLiteral("voxtral-small-2507"));
        QVERIFY(fitter.fit(r, heard, f.speechMessages(turn, 0, heard), true));
        QCOMPARE(r.messages, f.speechMessages(turn, 0, heard)(QString(), 0));
        QCOMPARE(chat.count(), 0);
    }

    void anOversizedRequestWaitsForASummaryThenCarriesIt()
    {
        Rig rig(&m_catalog);
        ManualClock &clock = rig.clock;
        ScriptedChatBackend &chat = rig.chat;
        ContextFitter &fitter = rig.fitter;
        const SpeechRequestFactory &f = rig.f;
        const Turn &turn = rig.turn;
        const QList<Speech> heard = speeches(30, 6000); // ~45k tokens for a 32k window
        QSignalSpy arrived(&fitter, &ContextFitter::summaryArrived);
        QSignalSpy fitted(&fitter, &ContextFitter::fitted);
        ChatRequest r = *f.speech(0, QStringLiteral("voxtral-small-2507"));
        QVERIFY(!fitter.fit(r, heard, f.speechMessages(turn, 0, heard), true));
        QVERIFY(fitter.isWaiting());
        // The Summarizer may go in several requests (long histories are summarised in parts): answer each.
        for (int guard = 0; guard < 20 && arrived.isEmpty(); ++guard) {
            clock.advance(0);
            for (int i = 0; i < chat.count(); ++i) {
                if (!chat.call(i).ended)
                    chat.answer(i, QStringLiteral("THE SUMMARY"));
            }
        }
        QVERIFY(chat.count() >= 1);
        QCOMPARE(chat.call(0).options.purpose, QStringLiteral("summary"));
        QCOMPARE(arrived.count(), 1);
        QVERIFY(!fitter.isWaiting());

        ChatRequest again = *f.speech(0, QStringLiteral("voxtral-small-2507"));
        QVERIFY(fitter.fit(again, heard, f.speechMessages(turn, 0, heard), true));
        QCOMPARE(fitted.count(), 1);
        const int summarized = fitted.first().at(1).toInt();
        QVERIFY(summarized > 0 && summarized < heard.size());
        QVERIFY(!fitted.first().at(4).toBool()); // a real summary, not the extract
        bool carried = false;
        for (const ChatMessage &m : again.messages)
            carried = carried || m.content.contains(QStringLiteral("THE SUMMARY"));
        QVERIFY(carried);
        QVERIFY(fitted.first().at(2).toLongLong() <= fitted.first().at(3).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestContextFitter)
#include "tst_contextfitter.moc"
