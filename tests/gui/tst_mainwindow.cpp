#include "AppSettings.h"
#include "CodePane.h"
#include "dashboard/DashboardHost.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "security/MemorySecretStore.h"
#include "session/AppServices.h"
#include "SessionListModel.h"
#include "SettingsDialog.h"
#include "StatusIndicators.h"
#include "TranscriptDelegate.h"
#include "TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    static QString fixture() { return QStringLiteral(ROSTRUM_TEST_DATA_DIR "/gui/code-debate-fr.json"); }

    static void openFixture(MainWindow &w)
    {
        QSignalSpy opened(&w, &MainWindow::debateOpened);
        w.openDebateFile(fixture());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    }

private slots:
    void initTestCase() { prepareOfflineGuiTest(); }

    void showsTitleAndStatus()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Rostrum")));
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Ready"));
        for (const char *name : {"actionNewDebate", "actionStartPause", "actionStop", "actionRegenerate",
                                 "actionExport", "actionSettings"}) {
            auto *action = findAction(&w, name);
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
    }

    // The first frame comes before the database, the history, the dashboard's sources and the
    // keychain lookup; the session list says it is loading until the history is in.
    void startupCompletesAfterTheFirstFrame()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        auto *placeholder = w.findChild<QLabel *>(QStringLiteral("historyPlaceholder"));
        QVERIFY(placeholder);
        QSignalSpy completed(&w, &MainWindow::startupCompleted);
        QSignalSpy loaded(&w, &MainWindow::historyLoaded);
        w.show();
        QVERIFY(!w.isStartupComplete());
        QVERIFY(placeholder->isVisible());
        QCOMPARE(placeholder->text(), QStringLiteral("Loading saved debates…"));
        QTRY_COMPARE(completed.count(), 1);
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(placeholder->isHidden());
        QVERIFY(w.history());
        QVERIFY(w.services()->database());
        // The dashboard's charts are built when it is first shown, not at startup.
        QVERIFY(!w.dashboard()->dock()->widget());
        TRIGGER_ACTION(w.dashboard()->toggleAction(), "toggleDashboard");
        QVERIFY(w.dashboard()->dock()->widget());
        QCOMPARE(completed.count(), 1);
    }

    // Asking for the history before the first frame opens the database at once.
    void historyOnDemandCompletesTheStartup()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        QVERIFY(!w.isStartupComplete());
        QVERIFY(w.history());
        QVERIFY(w.isStartupComplete());
    }

    // The keychain is read at startup only when its answer changes what the window shows.
    void startupReadsTheKeychainOnlyWhenItMatters()
    {
        const QString mistral = AppSettings::defaultEndpoint().toString();
        const auto startAndCountReads = [](MemorySecretStore &secrets) {
            MainWindow w(&secrets);
            QSignalSpy completed(&w, &MainWindow::startupCompleted);
            w.show();
            [&] {
                QTRY_COMPARE(completed.count(), 1);
            }();
            const int reads = secrets.operationCount();
            // Let any answer arrive before the window goes.
            QTest::qWait(20);
            return std::make_pair(
                reads, w.findChild<QStackedWidget *>(QStringLiteral("transcriptStack"))->currentWidget()->objectName());
        };
        AppSettings settings;
        settings.clearKeyFoundFor();

        // A custom endpoint: no page depends on a key.
        settings.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9")));
        {
            MemorySecretStore secrets;
            QCOMPARE(startAndCountReads(secrets).first, 0);
        }
        settings.setEndpoint(AppSettings::defaultEndpoint());

        // Mistral's endpoint, nothing known: the keychain is asked, and its answer remembered.
        {
            MemorySecretStore secrets;
            bool stored = false;
            secrets.write(mistral, QStringLiteral("abcdefghijklmnopqrstuvwxyz012345"), this,
                          [&](const SecretStore::Result &) { stored = true; });
            QTRY_VERIFY(stored);
            const int before = secrets.operationCount();
            const auto [reads, page] = startAndCountReads(secrets);
            QCOMPARE(reads, before + 1);
            QCOMPARE(page, QStringLiteral("emptyPage"));
            QTRY_COMPARE(AppSettings().keyFoundFor(), mistral);
        }

        // The keychain held the key last time: not read again until a debate needs it.
        {
            MemorySecretStore secrets;
            const auto [reads, page] = startAndCountReads(secrets);
            QCOMPARE(reads, 0);
            QCOMPARE(page, QStringLiteral("emptyPage"));
        }

        // Nothing known and no key: asked, and the first-run page shows.
        settings.clearKeyFoundFor();
        {
            MemorySecretStore secrets;
            const auto [reads, page] = startAndCountReads(secrets);
            QCOMPARE(reads, 1);
            QCOMPARE(page, QStringLiteral("firstRunPage"));
        }
    }

    // The keychain held the key at the last start but no longer does: starting a debate asks for the
    // key instead of sending a request Mistral would refuse, and the remembered source is forgotten.
    void aRemovedKeyIsAskedForWhenADebateStarts()
    {
        AppSettings().setKeyFoundFor(AppSettings::defaultEndpoint().toString());
        MemorySecretStore secrets; // empty: the key is gone
        MainWindow w(&secrets);
        QSignalSpy completed(&w, &MainWindow::startupCompleted);
        w.show();
        QTRY_COMPARE(completed.count(), 1);
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("transcriptStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        DebateSpec spec;
        spec.motion = QStringLiteral("This house would make public transport free");
        spec.language = QStringLiteral("en");
        w.startDebate(spec);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("firstRunPage"));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("needs a key")));
        QVERIFY(AppSettings().keyFoundFor().isEmpty());
        QCOMPARE(w.transcript()->rowCount(), 0);
        QVERIFY(!findAction(&w, "actionStop")->isEnabled());
    }

    // No key and Mistral's own endpoint: the first-run page explains and stores the key in the keychain.
    void firstRunStoresTheKey()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("transcriptStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("firstRunPage"));
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("firstRunKeyEdit")),
                         QStringLiteral("abcdefghijklmnopqrstuvwxyz012345"));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("firstRunSaveButton")), Qt::LeftButton);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        QString stored;
        bool done = false;
        secrets.read(QStringLiteral("https://api.mistral.ai"), this, [&](const SecretStore::Result &r) {
            stored = r.secret;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored, QStringLiteral("abcdefghijklmnopqrstuvwxyz012345"));
    }

    void opensASavedDebateWithCode()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QAbstractItemModelTester tester(w.transcript(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        openFixture(w);
        QCOMPARE(w.transcript()->rowCount(), 6);
        QCOMPARE(w.transcript()->speech(1).speaker, QStringLiteral("Opposition"));
        QVERIFY(w.transcript()->speech(5).flags & SpeechRow::Streaming);
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("transcriptStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("transcriptPage"));
        auto *code = w.findChild<CodePane *>(QStringLiteral("codePane"));
        QVERIFY(code->isVisible());
        QCOMPARE(code->language(), CodeHighlighter::Language::Python);
        QVERIFY(code->citedLines().contains(6));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Ce code Python")));
        QVERIFY(w.statusIndicators()->usageText().contains(QStringLiteral("tokens")));
        QCOMPARE(w.sessions()->rowCount(), 1);
    }

    void citationClickJumpsToTheLine()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openFixture(w);
        auto *view = w.findChild<QListView *>(QStringLiteral("transcriptView"));
        auto *delegate = qobject_cast<TranscriptDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        QSignalSpy spy(delegate, &TranscriptDelegate::citationActivated);
        // Sweep the second speech (it cites "ligne 6" in its first line) until the link is hit.
        const QRect r = view->visualRect(w.transcript()->index(1));
        QVERIFY(r.isValid());
        for (int y = r.top(); y < r.bottom() && spy.isEmpty(); y += 4) {
            for (int x = r.left(); x < r.right() && spy.isEmpty(); x += 6)
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
        }
        QVERIFY(!spy.isEmpty());
        const int line = spy.first().first().toInt();
        QVERIFY(line == 6 || line == 11);
        QCOMPARE(w.findChild<CodePane *>(QStringLiteral("codePane"))->currentLine(), line);
    }

    void findsInTheTranscript()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        openFixture(w);
        auto *find = w.findChild<QLineEdit *>(QStringLiteral("transcriptSearch"));
        TRIGGER_ACTION(&w, "actionFind");
        QTest::keyClicks(find, QStringLiteral("encoding"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(w.findChild<QListView *>(QStringLiteral("transcriptView"))->currentIndex().row(), 3);
    }

    void exports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("markdown") << QStringLiteral("d.md") << QByteArray("Ce code Python");
        QTest::newRow("html") << QStringLiteral("d.html") << QByteArray("<html");
        QTest::newRow("json") << QStringLiteral("d.json") << QByteArray("\"speeches\"");
        QTest::newRow("pdf") << QStringLiteral("d.pdf") << QByteArray("%PDF");
    }
    void exports()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, expected);
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        openFixture(w);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QSignalSpy done(&w, &MainWindow::exportFinished);
        w.exportDebate(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(expected));
    }

    void brokenFileIsReportedNotCrashed()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not json");
        bad.close();
        MessageBoxes::setNextAnswers({QMessageBox::Ok});
        w.openDebateFile(bad.fileName());
        QTRY_COMPARE(MessageBoxes::shown().size(), 1);
        QVERIFY(MessageBoxes::shown().first().contains(QStringLiteral("not a Rostrum debate")));
        MessageBoxes::reset();
        QCOMPARE(w.transcript()->rowCount(), 0);
    }

    void aboutBoxShowsTheVersion()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QString seen;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                seen = box->text();
                box->accept();
            }
        });
        TRIGGER_ACTION(&w, "actionAbout");
        QVERIFY(seen.contains(QStringLiteral("Rostrum 0.")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
