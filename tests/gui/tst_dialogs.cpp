#include "AppSettings.h"
#include "DebateSetupDialog.h"
#include "GuiTestBase.h"
#include "models/ModelCatalog.h"
#include "security/ApiKeyStore.h"
#include "security/MemorySecretStore.h"
#include "SettingsDialog.h"

#include "clock/ManualClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

class TestDialogs final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

private slots:
    void initTestCase()
    {
        prepareOfflineGuiTest();
        QVERIFY(m_catalog.loadShipped());
        QVERIFY(!m_catalog.models().isEmpty());
    }

    void setupProducesAFrenchTwoRoundSpec()
    {
        DebateSetupDialog dialog(&m_catalog);
        dialog.show();
        auto *ok = child<QPushButton>(&dialog, "startDebateButton");
        // No motion yet: the spec is invalid and Start is off.
        child<QLineEdit>(&dialog, "motionEdit")->clear();
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "motionEdit"),
                         QStringLiteral("Il faut rendre les transports gratuits"));
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        child<QSpinBox>(&dialog, "roundsSpin")->setValue(2);
        auto *model = child<QComboBox>(&dialog, "debaterModel0");
        QVERIFY(model->count() > 2);
        model->setCurrentIndex(2); // the first model, after "Default for the language" and "You"
        QVERIFY(ok->isEnabled());
        const DebateSpec spec = dialog.spec();
        QCOMPARE(spec.language, QStringLiteral("fr"));
        QCOMPARE(spec.rounds, 2);
        QCOMPARE(spec.debaters.size(), 2);
        QCOMPARE(spec.debaters.at(0).model, model->currentData().toString());
        QVERIFY(spec.isValid());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void costPreviewFollowsTheSettings()
    {
        DebateSetupDialog dialog(&m_catalog);
        QTest::keyClicks(child<QLineEdit>(&dialog, "motionEdit"), QStringLiteral("Motion"));
        child<QSpinBox>(&dialog, "roundsSpin")->setValue(1);
        const auto one = dialog.worstCaseUsd();
        QVERIFY(one.has_value());
        QVERIFY(*one > 0);
        child<QSpinBox>(&dialog, "roundsSpin")->setValue(3);
        const auto three = dialog.worstCaseUsd();
        QVERIFY(*three > *one);
        QVERIFY(child<QLabel>(&dialog, "costPreviewLabel")->text().contains(QStringLiteral("$")));
        // A tiny budget is flagged in the preview.
        child<QDoubleSpinBox>(&dialog, "budgetSpin")->setValue(0.01);
        QVERIFY(dialog.costPreviewText().contains(QStringLiteral("budget")));
    }

    void debatersCanBeAddedUpToTheLimit()
    {
        DebateSetupDialog dialog(&m_catalog);
        auto *table = child<QTableWidget>(&dialog, "debatersTable");
        QCOMPARE(table->rowCount(), 2);
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(child<QPushButton>(&dialog, "addDebaterButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 5);
        QTest::keyClicks(child<QLineEdit>(&dialog, "motionEdit"), QStringLiteral("Motion"));
        QVERIFY(!dialog.spec().isValid()); // five is more than DebateSpec allows
        QTest::mouseClick(child<QPushButton>(&dialog, "removeDebaterButton"), Qt::LeftButton);
        QVERIFY(dialog.spec().isValid());
    }

    void codePageLoadsAFileOffTheGuiThread()
    {
        DebateSetupDialog dialog(&m_catalog);
        QSignalSpy loaded(&dialog, &DebateSetupDialog::codeFileLoaded);
        dialog.openCodeFile(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/gui/code-debate-fr.json"));
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(dialog.spec().code.text.contains(QStringLiteral("moyenne")));
        QCOMPARE(dialog.spec().code.fileName, QStringLiteral("code-debate-fr.json"));
    }

    void settingsSaveAndKeyGoesToTheKeychain()
    {
        MemorySecretStore secrets;
        ManualClock clock;
        ApiKeyStore keys(&secrets, &clock);
        keys.setEnvironmentKey(QString());
        SettingsDialog dialog(&keys, &m_catalog);
        dialog.show();
        auto *profile = child<QComboBox>(&dialog, "rateProfileCombo");
        profile->setCurrentIndex(profile->findData(QStringLiteral("custom")));
        QVERIFY(child<QSpinBox>(&dialog, "rpmSpin")->isEnabled());
        child<QSpinBox>(&dialog, "rpmSpin")->setValue(42);
        QTest::keyClicks(child<QLineEdit>(&dialog, "apiKeyEdit"), QStringLiteral("k3y-for-tests"));
        auto *endpoint = child<QComboBox>(&dialog, "endpointCombo");
        endpoint->setCurrentText(QStringLiteral("http://127.0.0.1:9999"));
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        const AppSettings written;
        QCOMPARE(written.rateProfile(), QStringLiteral("custom"));
        QCOMPARE(written.customRpm(), 42);
        QCOMPARE(written.endpoint(), QUrl(QStringLiteral("http://127.0.0.1:9999")));
        QSettings s;
        QVERIFY(!s.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("k3y")));
        for (const QString &k : s.allKeys())
            QVERIFY(!s.value(k).toString().contains(QStringLiteral("k3y-for-tests")));
        QString stored;
        bool done = false;
        keys.load(QUrl(QStringLiteral("http://127.0.0.1:9999")), this, [&](const ApiKeyStore::KeyResult &r) {
            stored = r.key;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored, QStringLiteral("k3y-for-tests"));
    }

    void verifyShowsEachOutcome_data()
    {
        QTest::addColumn<SettingsDialog::VerifyOutcome>("outcome");
        QTest::addColumn<QString>("words");
        QTest::newRow("valid") << SettingsDialog::VerifyOutcome::Valid << QStringLiteral("works");
        QTest::newRow("rejected") << SettingsDialog::VerifyOutcome::Rejected << QStringLiteral("refused");
        QTest::newRow("no quota") << SettingsDialog::VerifyOutcome::NoQuota << QStringLiteral("payments");
        QTest::newRow("unreachable") << SettingsDialog::VerifyOutcome::Unreachable << QStringLiteral("reach");
    }
    void verifyShowsEachOutcome()
    {
        QFETCH(SettingsDialog::VerifyOutcome, outcome);
        QFETCH(QString, words);
        SettingsDialog dialog(nullptr, &m_catalog);
        QSignalSpy asked(&dialog, &SettingsDialog::verifyRequested);
        QTest::keyClicks(child<QLineEdit>(&dialog, "apiKeyEdit"), QStringLiteral("abc"));
        QTest::mouseClick(child<QPushButton>(&dialog, "verifyButton"), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("abc"));
        QVERIFY(!child<QPushButton>(&dialog, "verifyButton")->isEnabled());
        dialog.showVerifyResult(outcome);
        QVERIFY(child<QPushButton>(&dialog, "verifyButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "verifyResultLabel")->text().contains(words));
    }

    void priceTableIsDatedAndEditable()
    {
        SettingsDialog dialog(nullptr, &m_catalog);
        QStandardItemModel *prices = dialog.priceModel();
        QCOMPARE(prices->rowCount(), m_catalog.models().size());
        QVERIFY(child<QLabel>(&dialog, "pricesAsOfLabel")->text().contains(QStringLiteral("2026")));
        QVERIFY(prices->item(0, 2)->isEditable());
        QVERIFY(!prices->item(0, 0)->isEditable());
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
