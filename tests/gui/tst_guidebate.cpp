// The acceptance walk through the real window against the mock Mistral server: open the setup
// dialog, start a two-round French debate, watch text stream into the transcript, stop,
// regenerate a speech, export; a 429 shows the retry countdown in the status bar.
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "TranscriptModel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestGuiDebate final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    static DebateSetupDialog *openSetup(MainWindow &w)
    {
        if (!triggerAction(&w, "actionNewDebate"))
            return nullptr;
        return waitForDialog<DebateSetupDialog>(&w);
    }

    void fillFrenchTwoRounds(DebateSetupDialog *dialog)
    {
        auto *motion = dialog->findChild<QLineEdit *>(QStringLiteral("motionEdit"));
        motion->clear();
        // keyClicks types ASCII only; the accented rest goes in as a paste would.
        QTest::keyClicks(motion, QStringLiteral("Les transports publics devraient "));
        motion->insert(QStringLiteral("être gratuits"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        dialog->findChild<QSpinBox *>(QStringLiteral("roundsSpin"))->setValue(2);
        for (int i = 0; i < 2; ++i) {
            auto *model = dialog->findChild<QComboBox *>(QStringLiteral("debaterModel%1").arg(i));
            model->setCurrentIndex(model->findData(QStringLiteral("mistral-small-2603")));
        }
    }

private slots:
    void initTestCase() { QVERIFY(prepareMockServerGuiTest(m_server)); }

    void init()
    {
        m_server.clearRequests();
        MockReply paced;
        paced.text = QStringLiteral("Mesdames et messieurs, la gratuité des transports publics réduit la pollution, "
                                    "désengorge les centres-villes et rend la mobilité accessible à tous. "
                                    "Les coûts de billettique disparaissent aussi.");
        paced.tokensPerSecond = 120; // slow enough to see a speech mid-stream
        m_server.setDefaultReply(paced);
    }

    void debateStreamsStopsRegeneratesAndExports()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DebateSetupDialog *dialog = openSetup(w);
        QVERIFY(dialog);
        fillFrenchTwoRounds(dialog);
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startDebateButton"));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);

        // Text streams into the first speech while it is still marked streaming.
        TranscriptModel *t = w.transcript();
        QTRY_VERIFY_WITH_TIMEOUT(t->rowCount() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!t->speech(0).text.isEmpty() && (t->speech(0).flags & SpeechRow::Streaming), 15000);
        QVERIFY(findAction(&w, "actionStop")->isEnabled());
        QCOMPARE(w.debateSession()->record().spec.language, QStringLiteral("fr"));
        QCOMPARE(w.debateSession()->record().spec.rounds, 2);

        // Let a couple of speeches finish, then stop.
        QTRY_VERIFY_WITH_TIMEOUT(t->rowCount() >= 2, 30000);
        TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);
        QVERIFY(!findAction(&w, "actionStop")->isEnabled());
        const int rowsAtStop = t->rowCount();

        // Regenerate the latest speech: a new request goes out and the speech streams again.
        const int before = m_server.chatRequestCount();
        QTRY_VERIFY(findAction(&w, "actionRegenerate")->isEnabled());
        TRIGGER_ACTION(&w, "actionRegenerate");
        QTRY_VERIFY_WITH_TIMEOUT(m_server.chatRequestCount() > before, 15000);
        // The regenerated speech streams again and finishes with new text.
        const int regenerated = rowsAtStop - 1;
        QTRY_VERIFY_WITH_TIMEOUT(w.debateSession()->record().speeches.size() > regenerated
                                     && w.debateSession()->record().speeches.at(regenerated).status
                                         == Speech::Status::Finished,
                                 30000);
        QVERIFY(!w.debateSession()->record().speeches.at(regenerated).text.isEmpty());
        // The engine reopens a stopped debate to regenerate; stop it again before exporting.
        TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);

        // Export what was said.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("debat.md"));
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        w.exportDebate(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        QVERIFY(exported.first().at(1).toBool());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.contains(QStringLiteral("Les transports publics devraient être gratuits")));
        QVERIFY(md.contains(QStringLiteral("gratuité")));
    }

    void rateLimitShowsTheCountdown()
    {
        MockReply limited = MockReply::error(429, ErrorShape::RateLimited429);
        limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("4")});
        m_server.enqueue(limited);
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        DebateSetupDialog *dialog = openSetup(w);
        QVERIFY(dialog);
        fillFrenchTwoRounds(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startDebateButton")), Qt::LeftButton);
        auto *flow = w.findChild<QLabel *>(QStringLiteral("flowStatus"));
        QVERIFY(flow);
        QTRY_VERIFY_WITH_TIMEOUT(flow->text().contains(QStringLiteral("retrying in")), 15000);
        QVERIFY2(flow->text().contains(QStringLiteral("rate limited")), qPrintable(flow->text()));
        // The countdown moves, then the retry goes through and text arrives.
        const QString first = flow->text();
        QTRY_VERIFY_WITH_TIMEOUT(flow->text() != first, 6000);
        QTRY_VERIFY_WITH_TIMEOUT(w.transcript()->rowCount() >= 1 && !w.transcript()->speech(0).text.isEmpty(), 20000);
        TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);
    }
};

QTEST_MAIN(TestGuiDebate)
#include "tst_guidebate.moc"
