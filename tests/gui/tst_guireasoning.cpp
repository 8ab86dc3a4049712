// A reasoning model's thinking in the real window: kept with its speech, shown collapsed, opened
// and closed with the speech's own button (by mouse and by keyboard), exported only on request.
#include "DebateSession.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "StudioTestSupport.h"
#include "TranscriptDelegate.h"
#include "TranscriptModel.h"

#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestGuiReasoning final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    static QString readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase() { QVERIFY(prepareMockServerGuiTest(m_server)); }

    void reasoningIsCollapsedTogglesAndExportsOnRequest()
    {
        MockReply thoughtful;
        thoughtful.thinking = QStringLiteral("First weigh the noise figures against the shops' losses.");
        thoughtful.text = QStringLiteral("Quiet streets bring more customers to the shops.");
        m_server.setDefaultReply(thoughtful);
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DebateSpec spec = judgedDebate(QStringLiteral("Quiet streets are good for shops"), QString());
        w.startDebate(spec);
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.debateSession()->isActive() && w.currentDebate().status == DebateRecord::Status::Finished, 30000);
        // Kept with the speech (and saved with it).
        QCOMPARE(w.currentDebate().speeches.first().thinking, thoughtful.thinking);

        auto *view = child<QListView>(&w, "transcriptView");
        auto *delegate = qobject_cast<TranscriptDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex first = w.transcript()->index(0);
        QVERIFY(!delegate->bodyDocument(first)->toPlainText().contains(QStringLiteral("noise figures")));
        auto *toggle = qobject_cast<QPushButton *>(view->indexWidget(first));
        QVERIFY(toggle);
        QTRY_VERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Show reasoning"));
        QCOMPARE(first.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Reasoning hidden"));

        // Opened with a click: the reasoning reads above the speech.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(w.transcript()->speech(0).reasoningShown);
        QCOMPARE(toggle->text(), QStringLiteral("Hide reasoning"));
        const QString shown = delegate->bodyDocument(first)->toPlainText();
        QVERIFY2(shown.indexOf(QStringLiteral("noise figures")) >= 0
                     && shown.indexOf(QStringLiteral("noise figures")) < shown.indexOf(QStringLiteral("Quiet streets")),
                 qPrintable(shown));
        // The button keeps its place inside the card as the card grows.
        QVERIFY(view->visualRect(first).contains(toggle->geometry()));

        // Closed again from the keyboard: the button takes focus and Space presses it.
        toggle->setFocus(Qt::TabFocusReason);
        QVERIFY(toggle->hasFocus());
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!w.transcript()->speech(0).reasoningShown);
        QVERIFY(!delegate->bodyDocument(first)->toPlainText().contains(QStringLiteral("noise figures")));

        // Exports leave it out unless File → Include Reasoning in Exports is checked.
        QTemporaryDir dir;
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        const QString plain = dir.filePath(QStringLiteral("plain.md"));
        w.exportDebate(plain);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        QVERIFY(readAll(plain).contains(QStringLiteral("Quiet streets")));
        QVERIFY(!readAll(plain).contains(QStringLiteral("noise figures")));
        const QString json = dir.filePath(QStringLiteral("plain.json"));
        w.exportDebate(json);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 15000);
        QVERIFY(!readAll(json).contains(QStringLiteral("noise figures")));
        TRIGGER_ACTION(&w, "actionExportReasoning");
        const QString withReasoning = dir.filePath(QStringLiteral("reasoning.md"));
        w.exportDebate(withReasoning);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 15000);
        QVERIFY(readAll(withReasoning).contains(QStringLiteral("noise figures")));
    }
};

QTEST_MAIN(TestGuiReasoning)
#include "tst_guireasoning.moc"
