// The desktop app against the mock server, on a database of its own: debates are saved and come
// back in the session list of a new window, searchable by motion and by spoken text, open with
// their speeches and resume; Settings' Verify gives each of its outcomes; settings reach the
// limiter, the cache and the setup dialog; a deprecated model shows a warning badge.
#include "AppSettings.h"
#include "AppTranslator.h"
#include "cache/ResponseCache.h"
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "MockMistralServer.h"
#include "security/MemorySecretStore.h"
#include "session/AppServices.h"
#include "SessionListModel.h"
#include "SettingsDialog.h"
#include "store/Database.h"
#include "TranscriptModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestGuiHistory final : public QObject
{
    Q_OBJECT

    MockMistralServer m_server;
    QTemporaryDir m_dir;

    static DebateSpec frenchSpec()
    {
        DebateSpec spec;
        spec.motion = QStringLiteral("Les trottinettes devraient être interdites");
        spec.language = QStringLiteral("fr");
        spec.rounds = 2;
        spec.debaters = {
            Debater {
                QStringLiteral("Pour"), QStringLiteral("pro"), {}, QStringLiteral("mistral-small-2603"), {}, false},
            Debater {
                QStringLiteral("Contre"), QStringLiteral("con"), {}, QStringLiteral("mistral-small-2603"), {}, false}};
        return spec;
    }

    static SettingsDialog *openSettings(MainWindow &w)
    {
        w.showSettings();
        return waitForDialog<SettingsDialog>(&w);
    }

    static int visibleSessions(MainWindow &w)
    {
        return w.findChild<QListView *>(QStringLiteral("sessionList"))->model()->rowCount();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("ROSTRUM_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(prepareMockServerGuiTest(m_server));
    }

    void init()
    {
        QSettings().clear();
        m_server.clearRequests();
        MockReply paced;
        paced.text = QStringLiteral("Les trottinettes encombrent les trottoirs et mettent les piétons en danger.");
        paced.tokensPerSecond = 200;
        m_server.setDefaultReply(paced);
    }

    void savedDebateComesBackSearchableAndResumes()
    {
        QString id;
        int savedSpeeches = 0;
        {
            MemorySecretStore secrets;
            MainWindow w(&secrets);
            w.show();
            QVERIFY(w.history());
            w.startDebate(frenchSpec());
            QTRY_VERIFY_WITH_TIMEOUT(w.debateSession()->isActive(), 10000);
            id = w.debateSession()->record().id;
            QVERIFY(!id.isEmpty());
            // Listed as soon as it starts.
            QTRY_VERIFY(w.sessions()->rowForId(id) >= 0);
            QTRY_VERIFY_WITH_TIMEOUT(w.transcript()->rowCount() >= 2
                                         && w.debateSession()->record().speeches.at(0).status
                                             == Speech::Status::Finished,
                                     30000);
            TRIGGER_ACTION(&w, "actionStop");
            QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);
            savedSpeeches = int(w.debateSession()->record().speeches.size());
        } // the window closes; the database finishes its writes

        MemorySecretStore secrets;
        MainWindow w(&secrets);
        QSignalSpy loaded(&w, &MainWindow::historyLoaded);
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(loaded.first().at(0).toInt() >= 1);
        const int row = w.sessions()->rowForId(id);
        QVERIFY(row >= 0);
        QCOMPARE(w.sessions()->session(row).motion, frenchSpec().motion);
        QCOMPARE(w.sessions()->session(row).status, QStringLiteral("stopped"));
        QCOMPARE(w.sessions()->session(row).speechCount, savedSpeeches);

        // Search: a word of the motion, a word only spoken (found by the database), and nothing.
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("sessionSearch"));
        QSignalSpy searched(&w, &MainWindow::historySearched);
        search->setText(QStringLiteral("trottinettes"));
        QCOMPARE(visibleSessions(w), 1);
        search->setText(QStringLiteral("piétons"));
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && searched.last().at(0).toString() == QStringLiteral("piétons"),
                                 5000);
        QCOMPARE(visibleSessions(w), 1);
        search->setText(QStringLiteral("zeppelin"));
        QTRY_VERIFY_WITH_TIMEOUT(searched.last().at(0).toString() == QStringLiteral("zeppelin"), 5000);
        QCOMPARE(visibleSessions(w), 0);
        search->clear();
        QCOMPARE(visibleSessions(w), 1);

        // Open it: the speeches are loaded off the GUI thread into the transcript.
        QSignalSpy opened(&w, &MainWindow::debateOpened);
        auto *list = w.findChild<QListView *>(QStringLiteral("sessionList"));
        const QModelIndex index = list->model()->index(0, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        QCOMPARE(opened.first().at(0).toString(), id);
        QCOMPARE(w.transcript()->rowCount(), savedSpeeches);
        QVERIFY(w.transcript()->speech(0).text.contains(QStringLiteral("piétons")));
        QCOMPARE(w.currentDebate().id, id);

        // Resume: the debate goes on from where it stopped, in the same record.
        QAction *resume = findAction(&w, "actionResumeDebate");
        QVERIFY(resume);
        QTRY_VERIFY(resume->isEnabled());
        const int before = m_server.chatRequestCount();
        TRIGGER_ACTION(resume, "actionResumeDebate");
        QTRY_VERIFY_WITH_TIMEOUT(m_server.chatRequestCount() > before, 15000);
        QCOMPARE(w.debateSession()->record().id, id);
        QTRY_VERIFY_WITH_TIMEOUT(w.debateSession()->record().speeches.size() > savedSpeeches, 30000);
        QVERIFY(!resume->isEnabled());
        TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);
    }

    void verifyGivesEachOutcome_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("noQuota");
        QTest::addColumn<bool>("unreachable");
        QTest::addColumn<int>("outcome");
        QTest::newRow("valid") << "test-key" << false << false << int(SettingsDialog::VerifyOutcome::Valid);
        QTest::newRow("refused") << "wrong-key" << false << false << int(SettingsDialog::VerifyOutcome::Rejected);
        QTest::newRow("no quota") << "test-key" << true << false << int(SettingsDialog::VerifyOutcome::NoQuota);
        QTest::newRow("unreachable") << "test-key" << false << true << int(SettingsDialog::VerifyOutcome::Unreachable);
    }

    void verifyGivesEachOutcome()
    {
        QFETCH(QString, key);
        QFETCH(bool, noQuota);
        QFETCH(bool, unreachable);
        QFETCH(int, outcome);
        if (noQuota)
            m_server.enqueue(MockMistralServer::noQuotaReply());
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        SettingsDialog *dialog = openSettings(w);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(key);
        auto *endpoint = dialog->findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        // Port 1 on the loopback refuses connections.
        endpoint->setCurrentText(unreachable ? QStringLiteral("http://127.0.0.1:1") : m_server.baseUrl().toString());
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("verifyResultLabel"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->property("outcome").isValid(), 20000);
        QCOMPARE(label->property("outcome").toInt(), outcome);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("verifyButton"))->isEnabled());
        if (!unreachable)
            QVERIFY(m_server.requests().size() >= 1);
        dialog->reject();
    }

    void settingsReachLimiterCacheAndSetup()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        SettingsDialog *dialog = openSettings(w);
        QVERIFY(dialog);
        auto *profile = dialog->findChild<QComboBox *>(QStringLiteral("rateProfileCombo"));
        profile->setCurrentIndex(profile->findData(QStringLiteral("custom")));
        dialog->findChild<QSpinBox *>(QStringLiteral("rpsSpin"))->setValue(3);
        dialog->findChild<QSpinBox *>(QStringLiteral("rpmSpin"))->setValue(42);
        dialog->findChild<QSpinBox *>(QStringLiteral("tpmSpin"))->setValue(77000);
        dialog->findChild<QSpinBox *>(QStringLiteral("cacheTtlSpin"))->setValue(5);
        auto *endpoints = dialog->findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        QVERIFY(endpoints->findText(QStringLiteral("https://api.eu.mistral.ai")) >= 0);
        QVERIFY(endpoints->findText(QStringLiteral("https://api.us.mistral.ai")) >= 0);
        endpoints->setCurrentText(m_server.baseUrl().toString());
        auto *uiLanguage = dialog->findChild<QComboBox *>(QStringLiteral("interfaceLanguageCombo"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("uiLanguageHint"));
        const QString hintBefore = hint->text();
        uiLanguage->setCurrentIndex(uiLanguage->findData(QStringLiteral("de")));
        QVERIFY(hint->text() != hintBefore); // says it applies at the next start
        // The model per language table: French gets a chosen model.
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("languageModelTable"));
        QComboBox *french = nullptr;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QStringLiteral("Français"))
                french = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        }
        QVERIFY(french);
        QVERIFY(french->count() > 1);
        french->setCurrentIndex(french->count() - 1);
        const QString frenchModel = french->currentData().toString();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        const RateLimits limits = w.services()->limiter()->effectiveLimits();
        QCOMPARE(w.services()->limiter()->profile(), RateLimiter::Profile::Custom);
        QCOMPARE(limits.requestsPerSecond, 3.0);
        QCOMPARE(limits.requestsPerMinute, 42);
        QCOMPARE(limits.tokensPerMinute, qint64(77000));
        QVERIFY(w.services()->cache());
        QCOMPARE(w.services()->cache()->options().ttlMs, qint64(5 * 60 * 1000));
        QCOMPARE(AppSettings().interfaceLanguage(), QStringLiteral("de"));
        QCOMPARE(AppTranslator::effectiveLanguage(), QStringLiteral("de"));

        // The setup dialog's "default for the language" is now that model.
        TRIGGER_ACTION(&w, "actionNewDebate");
        auto *setup = waitForDialog<DebateSetupDialog>(&w);
        QVERIFY(setup);
        auto *language = setup->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        auto *model0 = setup->findChild<QComboBox *>(QStringLiteral("debaterModel0"));
        model0->setCurrentIndex(0);
        QVERIFY2(model0->itemText(0).contains(frenchModel), qPrintable(model0->itemText(0)));
        QCOMPARE(setup->spec().debaters.at(0).model, frenchModel);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(setup->spec().debaters.at(0).model, LanguageModels().modelFor(QStringLiteral("en"), false));
        setup->reject();

        // Cache off: the window's ChatService no longer uses it.
        AppSettings().setCacheEnabled(false);
        w.applySettings();
        QVERIFY(!w.services()->cache()->isEnabled());
    }

    void deprecatedModelShowsABadge()
    {
        MockReply reply;
        reply.text = QStringLiteral("Cette réponse vient d'un modèle bientôt retiré.");
        reply.headers.append(
            {QByteArrayLiteral("x-model-deprecation-timestamp"), QByteArrayLiteral("2026-12-31T00:00:00Z")});
        m_server.setDefaultReply(reply);
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        auto *badge = w.findChild<QLabel *>(QStringLiteral("deprecationBadge"));
        QVERIFY(badge);
        QVERIFY(!badge->isVisible());
        // Every message the status bar showed: a fast mock can finish the debate (and replace the message)
        // between two polls of the badge.
        QSignalSpy messages(w.statusBar(), &QStatusBar::messageChanged);
        w.startDebate(frenchSpec());
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 15000);
        QVERIFY2(badge->toolTip().contains(QStringLiteral("mistral-small-2603")), qPrintable(badge->toolTip()));
        QVERIFY(badge->toolTip().contains(QStringLiteral("2026-12-31")));
        const bool told = std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &args) {
            const QString m = args.at(0).toString();
            return m.contains(QStringLiteral("deprecated")) || m.contains(QStringLiteral("2026-12-31"));
        });
        QVERIFY(told);
        // The short debate may already be over; Stop is only for one still running.
        if (w.debateSession()->isActive())
            TRIGGER_ACTION(&w, "actionStop");
        QTRY_VERIFY_WITH_TIMEOUT(!w.debateSession()->isActive(), 15000);
    }
};

QTEST_MAIN(TestGuiHistory)
#include "tst_guihistory.moc"
