// File → Import… in the real window: a .json export read back is saved as a new debate, listed and
// shown, and exporting it again gives the same document apart from its id and dates; a file that is
// not a debate export is refused with a clear message and nothing is written.
#include "DebateSession.h"
#include "DebateStudio.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "SessionListModel.h"
#include "StudioTestSupport.h"
#include "TranscriptModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestGuiImport final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;

    // The document without what a new debate changes: its id and its dates.
    static QJsonObject comparable(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (const char *key : {"id", "created", "updated"})
            o.remove(QLatin1String(key));
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(prepareMockServerGuiTest(m_server)); }

    void exportImportExportRoundTrip()
    {
        m_server.setDefaultReply(MockReply::withText(QStringLiteral("Libraries are the last free public rooms.")));
        scriptJudge(m_server, [](int) { return verdictJson(QStringLiteral("pro")); });
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startDebate(judgedDebate(QStringLiteral("Every town needs a library")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.debateSession()->isActive() && w.currentDebate().status == DebateRecord::Status::Finished, 30000);
        const QString originalId = w.currentDebate().id;
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.json"));
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        w.exportDebate(first);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        const int listed = w.sessions()->rowCount();

        QVERIFY(findAction(&w, "actionImport")->isEnabled());
        auto *studio = w.findChild<DebateStudio *>();
        QVERIFY(studio);
        QSignalSpy imported(studio, &DebateStudio::imported);
        studio->importDebate(first); // what File → Import… does with the chosen file
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 15000);
        const QString importedId = imported.first().first().toString();
        QVERIFY(!importedId.isEmpty() && importedId != originalId);
        // Listed as a new debate and shown, its verdict card included.
        QCOMPARE(w.sessions()->rowCount(), listed + 1);
        QCOMPARE(w.currentDebate().id, importedId);
        QCOMPARE(w.transcript()->speech(w.transcript()->rowCount() - 1).kind, SpeechRow::Kind::Verdict);

        // Saved: opened again from the database, then exported, it reads as the original did.
        QSignalSpy opened(&w, &MainWindow::debateOpened);
        w.openSavedDebate(originalId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        w.openSavedDebate(importedId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 15000);
        QCOMPARE(w.currentDebate().id, importedId);
        const QString second = dir.filePath(QStringLiteral("second.json"));
        w.exportDebate(second);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 15000);
        QCOMPARE(comparable(second), comparable(first));
    }

    void aFileThatIsNotADebateIsRefused()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::historyLoaded);
        w.completeStartup();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000); // the list of saved debates is in
        const int listed = w.sessions()->rowCount();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"theme":"dark","fontSize":12})");
        f.close();

        MessageBoxes::setNextAnswers({QMessageBox::Ok});
        auto *studio = w.findChild<DebateStudio *>();
        QSignalSpy imported(studio, &DebateStudio::imported);
        studio->importDebate(path);
        QTRY_COMPARE_WITH_TIMEOUT(MessageBoxes::shown().size(), 1, 15000);
        const QString box = MessageBoxes::shown().first();
        QVERIFY2(box.contains(QStringLiteral("settings.json was not imported: ")), qPrintable(box));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(w.sessions()->rowCount(), listed);
        QVERIFY(w.currentDebate().id.isEmpty());
    }
};

QTEST_MAIN(TestGuiImport)
#include "tst_guiimport.moc"
