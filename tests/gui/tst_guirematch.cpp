// Rematch with sides swapped from the real window: enabled on a finished debate, runs in the window
// like a new debate, ends with a card comparing its verdict with the original's (the CLI's wording),
// whose button opens the original debate.
#include "DebateSession.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "StudioTestSupport.h"
#include "TranscriptModel.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestGuiRematch final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    static bool finished(MainWindow &w)
    {
        return !w.debateSession()->isActive() && w.currentDebate().status == DebateRecord::Status::Finished
            && w.currentDebate().verdict.has_value();
    }

private slots:
    void initTestCase() { QVERIFY(prepareMockServerGuiTest(m_server)); }

    void rematchEndsWithTheComparisonCard()
    {
        m_server.setDefaultReply(MockReply::withText(QStringLiteral("Cars make centres loud and dangerous.")));
        // The original's judge gives it to pro (mistral-small), the rematch's to con (mistral-small again).
        scriptJudge(m_server,
                    [](int n) { return verdictJson(n == 0 ? QStringLiteral("pro") : QStringLiteral("con")); });
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!findAction(&w, "actionRematch")->isEnabled()); // nothing on screen yet
        w.startDebate(judgedDebate(QStringLiteral("Cities should ban cars from their centres")));
        QTRY_VERIFY_WITH_TIMEOUT(finished(w), 30000);
        const QString originalId = w.currentDebate().id;
        QVERIFY(!originalId.isEmpty());

        TRIGGER_ACTION(&w, "actionRematch");
        QTRY_VERIFY_WITH_TIMEOUT(w.currentDebate().id != originalId && finished(w), 30000);
        const DebateRecord rematch = w.currentDebate();
        QCOMPARE(rematch.rematchOf, originalId);
        QCOMPARE(rematch.spec.debaters.at(0).side, QStringLiteral("con")); // mistral-small, on pro before

        TranscriptModel *t = w.transcript();
        const int last = t->rowCount() - 1;
        QCOMPARE(t->speech(last - 1).kind, SpeechRow::Kind::Verdict); // the rematch's own verdict
        QCOMPARE(t->speech(last).kind, SpeechRow::Kind::Rematch);
        const QString summary = QStringLiteral(
            "mistral-small-2603 won both times, first for the motion, then against it: the verdict followed the "
            "argument.");
        QVERIFY2(t->speech(last).text.contains(summary), qPrintable(t->speech(last).text));
        QVERIFY(t->speech(last).accessibleText.contains(summary));
        QCOMPARE(w.statusBar()->currentMessage(), summary);

        // Its button opens the original debate.
        auto *view = child<QListView>(&w, "transcriptView");
        auto *open = qobject_cast<QPushButton *>(view->indexWidget(t->index(last)));
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Open the original debate"));
        QTRY_VERIFY(open->isVisible());
        QSignalSpy opened(&w, &MainWindow::debateOpened);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        QCOMPARE(opened.first().first().toString(), originalId);
        QCOMPARE(w.currentDebate().id, originalId);
    }
};

QTEST_MAIN(TestGuiRematch)
#include "tst_guirematch.moc"
