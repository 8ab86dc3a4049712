// A whole Oxford debate with the keyboard alone, against the mock Mistral server: every step is a key
// event sent to the widget that has the focus (QTest::keyClick/keyClicks), as a person without a mouse
// would do it. New Debate (Ctrl+N), the motion, the format, the audience's vote before, You as the first
// debater, Start (Alt+S); your speeches with Ctrl+Enter, a question with Ctrl+I; the vote after; export
// (Ctrl+E, the file name typed into the file dialog).
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Presses key on whatever has the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// Tab until target (or a widget inside it) has the focus; false after maxPresses.
bool tabTo(const QWidget *target, int maxPresses = 30)
{
    for (int i = 0; i < maxPresses; ++i) {
        if (focused() && (focused() == target || target->isAncestorOf(focused())))
            return true;
        press(Qt::Key_Tab);
    }
    return focused() == target;
}

// What the window manager does when a dialog closes (the offscreen platform has none): the window it
// came from is active again, with the focus it had.
void activate(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class TestKeyboardOnly final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

private slots:
    void initTestCase() { QVERIFY(prepareMockServerGuiTest(m_server)); }

    void aWholeDebateWithoutTheMouse()
    {
        MockReply reply;
        reply.text = QStringLiteral("Homework builds discipline and lets families see what children learn.");
        m_server.setDefaultReply(reply);
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // New Debate by its shortcut; the motion field has the focus.
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = waitForDialog<DebateSetupDialog>(&w);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(focused(), dialog->findChild<QWidget *>(QStringLiteral("motionEdit")));
        type(QStringLiteral("Homework should be abolished"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), dialog->findChild<QWidget *>(QStringLiteral("formatCombo")));
        type(QStringLiteral("O")); // Oxford: the audience votes before and after
        QCOMPARE(dialog->spec().format, QStringLiteral("oxford"));

        // The vote before: 30 for, 50 against, 20 undecided.
        QVERIFY(tabTo(dialog->findChild<QWidget *>(QStringLiteral("voteBeforeFor"))));
        type(QStringLiteral("30"));
        press(Qt::Key_Tab);
        type(QStringLiteral("50"));
        press(Qt::Key_Tab);
        type(QStringLiteral("20"));
        QCOMPARE(dialog->voteBefore()->total(), 100);

        // Debaters tab (Alt+B); Tab to the first debater's model (a combo in the table): You.
        press(Qt::Key_B, Qt::AltModifier);
        auto *model0 = dialog->findChild<QComboBox *>(QStringLiteral("debaterModel0"));
        QVERIFY(tabTo(model0));
        press(Qt::Key_Down);
        QVERIFY(model0->currentText().startsWith(QStringLiteral("You")));
        QVERIFY(dialog->spec().debaters.at(0).human);
        press(Qt::Key_S, Qt::AltModifier); // Start Debate
        QTRY_VERIFY_WITH_TIMEOUT(w.debateSession()->isActive(), 15000);
        activate(&w);

        // Your turn: the editor has the focus; Ctrl+Enter delivers the speech.
        const QString first = QStringLiteral("Homework steals the evenings children need for play and sleep");
        QTRY_COMPARE_WITH_TIMEOUT(w.debateSession()->state(), DebateEngine::State::WaitingForHuman, 15000);
        auto *edit = w.findChild<QPlainTextEdit *>(QStringLiteral("humanSpeechEdit"));
        QTRY_COMPARE(focused(), edit);
        type(first);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(w.debateSession()->record().speeches.size(), 1);

        // A question from the keyboard: Ctrl+I, type, Enter.
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(focused(), w.findChild<QWidget *>(QStringLiteral("interjectionEdit")));
        const QString question = QStringLiteral("What about pupils who fall behind");
        type(question);
        press(Qt::Key_Return);

        // The rest of the debate: each of your turns takes the keyboard again.
        int yourSpeeches = 1;
        const auto state = [&w] {
            return w.debateSession()->state();
        };
        while (state() != DebateEngine::State::Finished) {
            QTRY_VERIFY_WITH_TIMEOUT(state() == DebateEngine::State::Finished
                                         || (state() == DebateEngine::State::WaitingForHuman && focused() == edit),
                                     20000);
            if (state() == DebateEngine::State::Finished)
                break;
            type(QStringLiteral("My speech number %1 answers the opposition").arg(++yourSpeeches));
            press(Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(state() != DebateEngine::State::WaitingForHuman);
        }
        // Oxford with two rounds of rebuttals: four speeches for each side.
        QCOMPARE(yourSpeeches, 4);
        const QString all = QString::fromUtf8(m_server.requests().last().body);
        QVERIFY(all.contains(question));

        // The vote after, in the dialog the end of the debate opens: 45 for, 40 against, 15 undecided.
        QTRY_VERIFY(focused() && focused()->objectName() == QLatin1String("voteAfterFor"));
        type(QStringLiteral("45"));
        press(Qt::Key_Tab);
        type(QStringLiteral("40"));
        press(Qt::Key_Tab);
        type(QStringLiteral("15"));
        press(Qt::Key_Return);
        QTRY_VERIFY(w.debateSession()->record().voteAfter.has_value());
        activate(&w);
        QCOMPARE(*w.debateSession()->record().swing(), 15.0);

        // Export with Ctrl+E: the file name is typed into the file dialog once it is up.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homework.md"));
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        auto *typist = new QTimer(&w);
        connect(typist, &QTimer::timeout, typist, [typist, path] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files || !focused() || !files->isAncestorOf(focused()))
                return;
            typist->stop();
            press(Qt::Key_A, Qt::ControlModifier);
            type(path);
            press(Qt::Key_Return);
        });
        typist->start(50);
        QTRY_VERIFY(focused() && focused()->window() == &w);
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier); // returns once the file dialog closed
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.contains(first));
        QVERIFY(md.contains(question));
        QVERIFY(md.contains(QStringLiteral("Swing: +15.0 points")));
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
