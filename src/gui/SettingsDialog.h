#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class QStandardItemModel;

namespace Ui {
class SettingsDialog;
}

namespace rostrum {
class ApiKeyStore;
class ModelCatalog;
} // namespace rostrum

namespace rostrum::gui {

// Application settings. The API key goes to the keychain through ApiKeyStore (asynchronously,
// never into QSettings); price edits go to the user's models.json override file, which the
// catalog re-reads; everything else is AppSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // The four answers a key check can give.
    enum class VerifyOutcome { Valid, Rejected, NoQuota, Unreachable };
    Q_ENUM(VerifyOutcome)

    SettingsDialog(ApiKeyStore *keys, ModelCatalog *catalog, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Mistral's endpoints the Account page offers (global, EU, US); any other address is custom.
    static QList<QUrl> knownEndpoints();

    QUrl endpoint() const;
    QString enteredKey() const;
    QStandardItemModel *priceModel() const { return m_prices; }

    void accept() override;

public slots:
    // The answer to verifyRequested(): shown next to the key with what to do about it.
    void showVerifyResult(rostrum::gui::SettingsDialog::VerifyOutcome outcome, const QString &detail = {});

signals:
    // The user asked to check a key against an endpoint; whoever owns the client answers with showVerifyResult().
    void verifyRequested(const QString &key, const QUrl &endpoint);
    void saved();

private:
    void load();
    void save();
    void fillPrices();
    bool savePriceOverrides(QString *error);
    void updateLimitFields();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ApiKeyStore *m_keys;
    ModelCatalog *m_catalog;
    QStandardItemModel *m_prices;
    bool m_keyFromEnvironment = false;
    bool m_pricesEdited = false;
};

} // namespace rostrum::gui
