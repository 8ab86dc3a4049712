// A person at the lectern, through the real window against the mock Mistral server: a debater set to
// You in the setup dialog makes the debate wait for typed text, Ctrl+Enter delivers it and the opponent's
// next request contains it; an empty speech is refused; a stop keeps the draft; an interjection typed
// under the transcript reaches the next speaker's request, the record and the export.
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "GuiTestBase.h"
#include "HumanSpeechEditor.h"
#include "InterjectionBar.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "TranscriptModel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

namespace {

// Everything a chat request says to the model, as one string.
QString messagesOf(const RecordedRequest &request)
{
    return QString::fromUtf8(
        QJsonDocument(request.json.value(QLatin1String("messages")).toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestGuiLectern final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    QList<RecordedRequest> chatRequests() const
    {
        QList<RecordedRequest> chats;
        for (const RecordedRequest &r : m_server.requests())
            if (r.isChat())
                chats.append(r);
        return chats;
    }

    // Opens New Debate, fills a classic debate without rebuttal rounds (4 speeches), debater 0 (for, speaks
    // first) played by You when you is set, and starts it with the dialog's button.
    static bool startDebate(MainWindow &w, bool you)
    {
        if (!triggerAction(&w, "actionNewDebate"))
            return false;
        auto *dialog = waitForDialog<DebateSetupDialog>(&w);
        if (!dialog)
            return false;
        auto *motion = dialog->findChild<QLineEdit *>(QStringLiteral("motionEdit"));
        motion->clear();
        QTest::keyClicks(motion, QStringLiteral("Homework should be abolished"));
        dialog->findChild<QSpinBox *>(QStringLiteral("roundsSpin"))->setValue(0);
        for (int i = 0; i < 2; ++i) {
            auto *model = dialog->findChild<QComboBox *>(QStringLiteral("debaterModel%1").arg(i));
            model->setCurrentIndex(model->findData(QStringLiteral("mistral-small-2603")));
        }
        if (you) {
            auto *model = dialog->findChild<QComboBox *>(QStringLiteral("debaterModel0"));
            const int index = model->findText(QStringLiteral("You"), Qt::MatchStartsWith);
            if (index < 0)
                return false;
            model->setCurrentIndex(index);
        }
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startDebateButton"));
        if (!start->isEnabled())
            return false;
        QTest::mouseClick(start, Qt::LeftButton);
        // What the window manager does when a dialog closes: its window is active again.
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w);
    }

private slots:
    void initTestCase() { QVERIFY(prepareMockServerGuiTest(m_server)); }

    void init()
    {
        m_server.clearRequests();
        MockReply reply;
        reply.text = QStringLiteral("Homework builds discipline and lets families see what children learn.");
        m_server.setDefaultReply(reply);
    }

    void youSpeakWithCtrlEnterAndTheOpponentHearsIt()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(startDebate(w, true));

        // The debate waits for the person: no request went out, the editor is open and has the keyboard.
        auto *editor = child<HumanSpeechEditor>(&w, "humanSpeechEditor");
        auto *edit = child<QPlainTextEdit>(&w, "humanSpeechEdit");
        QTRY_COMPARE_WITH_TIMEOUT(w.debateSession()->state(), DebateEngine::State::WaitingForHuman, 15000);
        QTRY_VERIFY(editor->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(m_server.chatRequestCount(), 0);
        QVERIFY(child<QLabel>(&w, "humanTurnHeading")->text().contains(QStringLiteral("for the motion")));

        // An empty speech is refused with a message, and nothing is sent.
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        auto *problem = child<QLabel>(&w, "humanSpeechProblem");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("empty")));
        QCOMPARE(w.debateSession()->record().speeches.size(), 0);

        // Typed text is counted as it comes, then Ctrl+Enter delivers it.
        const QString speech = QStringLiteral("Homework steals the evenings that children need for play and sleep.");
        QTest::keyClicks(edit, speech);
        QVERIFY(editor->tokenCount() > 5);
        QVERIFY(child<QLabel>(&w, "humanSpeechCount")->text().contains(QStringLiteral("of 600 tokens")));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!editor->isVisible());
        QCOMPARE(w.debateSession()->record().speeches.at(0).text, speech);
        QVERIFY(w.debateSession()->record().speeches.at(0).human);

        // The opponent's request carries the person's speech.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.chatRequestCount() >= 1, 15000);
        QVERIFY2(messagesOf(chatRequests().first()).contains(speech), qPrintable(messagesOf(chatRequests().first())));

        // The person's closing turn (the fourth speech) comes round; a stop keeps the draft, unsendable.
        QTRY_COMPARE_WITH_TIMEOUT(w.debateSession()->state(), DebateEngine::State::WaitingForHuman, 20000);
        QTRY_VERIFY(editor->isVisible());
        QTest::keyClicks(edit, QStringLiteral("A draft I have not finished"));
        TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY(!w.debateSession()->isActive());
        QVERIFY(editor->isVisible());
        QCOMPARE(edit->toPlainText(), QStringLiteral("A draft I have not finished"));
        QVERIFY(!child<QPushButton>(&w, "submitSpeechButton")->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), QStringLiteral("A draft I have not finished"));
    }

    void anInterjectionReachesTheNextSpeaker()
    {
        MockReply paced;
        paced.text = QStringLiteral("Homework builds discipline and lets families see what children learn, "
                                    "and it gives teachers a measure of what was understood in class.");
        paced.tokensPerSecond = 60; // the first speech is still streaming when the question is put
        m_server.setDefaultReply(paced);
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(startDebate(w, false));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.chatRequestCount() == 1, 15000);

        auto *bar = child<InterjectionBar>(&w, "interjectionBar");
        QTRY_VERIFY(bar->isVisible());
        auto *line = child<QLineEdit>(&w, "interjectionEdit");
        auto *as = child<QComboBox>(&w, "interjectionAs");
        as->setCurrentIndex(as->findData(true)); // from the audience
        QTest::mouseClick(line, Qt::LeftButton);
        const QString question = QStringLiteral("What about children without a quiet place to work");
        QTest::keyClicks(line, question);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(line->text().isEmpty());

        // Saved in the record as the audience's, shown in the transcript, sent to the next speaker.
        QTRY_VERIFY(!w.debateSession()->record().speeches.isEmpty());
        const auto speeches = w.debateSession()->record().speeches;
        const auto it = std::find_if(speeches.begin(), speeches.end(),
                                     [](const Speech &s) { return s.role == QLatin1String("interjection"); });
        QVERIFY(it != speeches.end());
        QCOMPARE(it->side, QStringLiteral("audience"));
        QCOMPARE(it->text, question);
        QTRY_VERIFY(w.transcript()->rowForId(QString::number(it->index)) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.chatRequestCount() >= 2, 20000);
        const QString next = messagesOf(chatRequests().at(1));
        QVERIFY2(next.contains(question), qPrintable(next));
        QVERIFY(!messagesOf(chatRequests().at(0)).contains(question));

        TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);
        QVERIFY(!bar->isVisible());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homework.md"));
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        w.exportDebate(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.contains(question));
        QVERIFY(md.contains(QStringLiteral("Audience question")));
    }
};

QTEST_MAIN(TestGuiLectern)
#include "tst_guilectern.moc"
