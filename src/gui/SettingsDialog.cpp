#include "SettingsDialog.h"

#include "AppSettings.h"
#include "AppTranslator.h"
#include "models/ModelCatalog.h"
#include "security/ApiKeyStore.h"
#include "ui_SettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>

namespace rostrum::gui {

namespace {
enum PriceColumn { IdColumn, NameColumn, InputColumn, OutputColumn, ContextColumn, PriceColumns };
const QStringList kDebateLanguages = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
                                      QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pt")};
} // namespace

SettingsDialog::SettingsDialog(ApiKeyStore *keys, ModelCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_keys(keys)
    , m_catalog(catalog)
    , m_prices(new QStandardItemModel(0, PriceColumns, this))
{
    m_ui->setupUi(this);
    const QStringList endpointNames = {tr("Mistral (global)"), tr("Mistral (EU)"), tr("Mistral (US)")};
    const QList<QUrl> endpoints = knownEndpoints();
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        m_ui->endpointCombo->addItem(endpoints.at(i).toString());
        m_ui->endpointCombo->setItemData(int(i), endpointNames.value(i), Qt::ToolTipRole);
    }
    m_ui->endpointCombo->setToolTip(tr("Choose Mistral's global, EU or US endpoint, or type the address of "
                                       "another one (a proxy, a local server)."));
    m_ui->rateProfileCombo->addItem(tr("Auto (learn from the server)"), QStringLiteral("auto"));
    m_ui->rateProfileCombo->addItem(tr("Free tier"), QStringLiteral("free"));
    m_ui->rateProfileCombo->addItem(tr("Hobbyist"), QStringLiteral("hobbyist"));
    m_ui->rateProfileCombo->addItem(tr("Standard"), QStringLiteral("standard"));
    m_ui->rateProfileCombo->addItem(tr("Custom"), QStringLiteral("custom"));
    m_ui->interfaceLanguageCombo->addItem(tr("System default"), QString());
    // Each language in its own name, as people look for it.
    for (const QString &code : AppTranslator::availableLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->interfaceLanguageCombo->addItem(name.isEmpty() ? code : name, code);
    }
    for (auto *form : {m_ui->accountForm, m_ui->limitsForm, m_ui->cacheForm, m_ui->interfaceForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ui->priceTable->setModel(m_prices);
    m_ui->priceTable->setWordWrap(false);
    m_ui->priceTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->verifyResultLabel->setVisible(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->rateProfileCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLimitFields);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] {
        m_ui->verifyButton->setEnabled(false);
        m_ui->verifyResultLabel->setVisible(true);
        m_ui->verifyResultLabel->setText(tr("Checking…"));
        emit verifyRequested(enteredKey(), endpoint());
    });
    connect(m_prices, &QStandardItemModel::itemChanged, this, [this] { m_pricesEdited = true; });
    load();
    const QString languageAtStart = m_ui->interfaceLanguageCombo->currentData().toString();
    connect(m_ui->interfaceLanguageCombo, &QComboBox::currentIndexChanged, this, [this, languageAtStart] {
        // Translations are installed once at startup (AppTranslator::install), so a change waits for a restart.
        const bool changed = m_ui->interfaceLanguageCombo->currentData().toString() != languageAtStart;
        m_ui->uiLanguageHint->setText(
            changed
                ? tr("Rostrum will use %1 the next time it starts.").arg(m_ui->interfaceLanguageCombo->currentText())
                : tr("Takes effect the next time Rostrum starts."));
        QFont f = m_ui->uiLanguageHint->font();
        f.setBold(changed);
        m_ui->uiLanguageHint->setFont(f);
    });
}

SettingsDialog::~SettingsDialog() = default;

QList<QUrl> SettingsDialog::knownEndpoints()
{
    return {AppSettings::defaultEndpoint(), QUrl(QStringLiteral("https://api.eu.mistral.ai")),
            QUrl(QStringLiteral("https://api.us.mistral.ai"))};
}

QUrl SettingsDialog::endpoint() const
{
    return QUrl::fromUserInput(m_ui->endpointCombo->currentText().trimmed());
}

QString SettingsDialog::enteredKey() const
{
    return m_ui->apiKeyEdit->text().trimmed();
}

void SettingsDialog::load()
{
    const AppSettings s;
    const QString ep = s.endpoint().toString();
    if (m_ui->endpointCombo->findText(ep) < 0)
        m_ui->endpointCombo->addItem(ep);
    m_ui->endpointCombo->setCurrentText(ep);
    m_ui->rateProfileCombo->setCurrentIndex(qMax(0, m_ui->rateProfileCombo->findData(s.rateProfile())));
    m_ui->rpsSpin->setValue(int(s.customRps()));
    m_ui->rpmSpin->setValue(s.customRpm());
    m_ui->tpmSpin->setValue(int(s.customTpm()));
    m_ui->cacheEnabledCheck->setChecked(s.cacheEnabled());
    m_ui->cacheTtlSpin->setValue(s.cacheTtlMinutes());
    m_ui->cacheSizeSpin->setValue(s.cacheMaxEntries());
    m_ui->interfaceLanguageCombo->setCurrentIndex(
        qMax(0, m_ui->interfaceLanguageCombo->findData(s.interfaceLanguage())));
    updateLimitFields();

    // Model per language: a combo per row, "automatic" first.
    auto *table = m_ui->languageModelTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Language"), tr("Model")});
    table->setRowCount(int(kDebateLanguages.size()));
    for (int row = 0; row < kDebateLanguages.size(); ++row) {
        const QString lang = kDebateLanguages.at(row);
        static const QHash<QString, QString> names = {
            {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},  {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("it"), QStringLiteral("Italiano")}, {QStringLiteral("pt"), QStringLiteral("Português")}};
        auto *item = new QTableWidgetItem(names.value(lang, lang));
        item->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, 0, item);
        auto *combo = new QComboBox(table);
        combo->setAccessibleName(tr("Model for %1").arg(item->text()));
        combo->addItem(tr("Automatic"), QString());
        if (m_catalog) {
            for (const ModelInfo &m : m_catalog->models()) {
                if (m.hasCapability(QStringLiteral("chat")) && !m.isDeprecated())
                    combo->addItem(m.name.isEmpty() ? m.id : m.name, m.id);
            }
        }
        combo->setCurrentIndex(qMax(0, combo->findData(s.modelForLanguage(lang))));
        table->setCellWidget(row, 1, combo);
    }
    table->resizeColumnToContents(0);
    fillPrices();

    // The key: asked for asynchronously; the field stays empty, only where it comes from is shown.
    m_ui->keySourceLabel->setText(m_keys ? tr("Looking for a stored key…") : tr("No keychain available."));
    if (m_keys) {
        m_keys->load(s.endpoint(), this, [this](const ApiKeyStore::KeyResult &r) {
            m_keyFromEnvironment = r.source == ApiKeyStore::Source::Environment;
            QString text;
            switch (r.source) {
            case ApiKeyStore::Source::Environment:
                text = tr("Using the key from the environment (MISTRAL_API_KEY). A key entered here is stored "
                          "in the keychain for when that variable is not set.");
                break;
            case ApiKeyStore::Source::Keychain:
                text = tr("A key is stored in the system keychain. Enter a new one to replace it.");
                break;
            case ApiKeyStore::Source::Session:
                text = tr("A key is kept in memory for this session only (no keychain answered).");
                break;
            case ApiKeyStore::Source::None:
                text = tr("No key yet. Get one at console.mistral.ai → API Keys.");
                break;
            }
            if (!r.message.isEmpty())
                text += QLatin1Char(' ') + r.message;
            m_ui->keySourceLabel->setText(text);
        });
    }
}

void SettingsDialog::fillPrices()
{
    m_prices->removeRows(0, m_prices->rowCount());
    m_prices->setHorizontalHeaderLabels(
        {tr("Model"), tr("Name"), tr("Input $/M tokens"), tr("Output $/M tokens"), tr("Context")});
    if (!m_catalog)
        return;
    const QDate asOf = m_catalog->pricesAsOf();
    m_ui->pricesAsOfLabel->setText(
        tr("Prices as of %1. Edit a price to override it; your prices are kept in %2.")
            .arg(asOf.isValid() ? QLocale().toString(asOf, QLocale::LongFormat) : tr("an unknown date"),
                 QDir::toNativeSeparators(ModelCatalog::userOverridePath())));
    for (const ModelInfo &m : m_catalog->models()) {
        QList<QStandardItem *> row;
        auto *id = new QStandardItem(m.id);
        id->setEditable(false);
        auto *name = new QStandardItem(m.name);
        name->setEditable(false);
        auto *in = new QStandardItem;
        auto *out = new QStandardItem;
        if (m.inputUsdPerMTok)
            in->setData(*m.inputUsdPerMTok, Qt::EditRole);
        if (m.outputUsdPerMTok)
            out->setData(*m.outputUsdPerMTok, Qt::EditRole);
        auto *ctx = new QStandardItem(m.contextTokens > 0 ? QLocale().toString(m.contextTokens) : tr("unknown"));
        ctx->setEditable(false);
        row << id << name << in << out << ctx;
        m_prices->appendRow(row);
    }
    m_ui->priceTable->resizeColumnsToContents();
    m_pricesEdited = false;
}

bool SettingsDialog::savePriceOverrides(QString *error)
{
    const QString path = ModelCatalog::userOverridePath();
    QJsonObject root;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        root = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    QJsonArray models = root.value(QStringLiteral("models")).toArray();
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QString id = m_prices->item(row, IdColumn)->text();
        const ModelInfo *m = m_catalog->find(id);
        const QVariant in = m_prices->item(row, InputColumn)->data(Qt::EditRole);
        const QVariant out = m_prices->item(row, OutputColumn)->data(Qt::EditRole);
        const bool changed = (in.isValid() && (!m->inputUsdPerMTok || *m->inputUsdPerMTok != in.toDouble()))
            || (out.isValid() && (!m->outputUsdPerMTok || *m->outputUsdPerMTok != out.toDouble()));
        if (!changed)
            continue;
        QJsonObject entry;
        qsizetype at = -1;
        for (qsizetype i = 0; i < models.size(); ++i) {
            if (models.at(i).toObject().value(QStringLiteral("id")).toString() == id) {
                entry = models.at(i).toObject();
                at = i;
            }
        }
        entry.insert(QStringLiteral("id"), id);
        if (in.isValid())
            entry.insert(QStringLiteral("input_usd_per_mtok"), in.toDouble());
        if (out.isValid())
            entry.insert(QStringLiteral("output_usd_per_mtok"), out.toDouble());
        entry.insert(QStringLiteral("prices_as_of"), QDate::currentDate().toString(Qt::ISODate));
        if (at >= 0)
            models.replace(at, entry);
        else
            models.append(entry);
    }
    root.insert(QStringLiteral("models"), models);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return m_catalog->loadOverrideFile(path, error);
}

void SettingsDialog::save()
{
    AppSettings s;
    s.setEndpoint(endpoint());
    s.setRateProfile(m_ui->rateProfileCombo->currentData().toString());
    s.setCustomRps(m_ui->rpsSpin->value());
    s.setCustomRpm(m_ui->rpmSpin->value());
    s.setCustomTpm(m_ui->tpmSpin->value());
    s.setCacheEnabled(m_ui->cacheEnabledCheck->isChecked());
    s.setCacheTtlMinutes(m_ui->cacheTtlSpin->value());
    s.setCacheMaxEntries(m_ui->cacheSizeSpin->value());
    s.setInterfaceLanguage(m_ui->interfaceLanguageCombo->currentData().toString());
    for (int row = 0; row < kDebateLanguages.size(); ++row) {
        auto *combo = static_cast<QComboBox *>(m_ui->languageModelTable->cellWidget(row, 1));
        s.setModelForLanguage(kDebateLanguages.at(row), combo->currentData().toString());
    }
}

void SettingsDialog::accept()
{
    save();
    if (m_pricesEdited && m_catalog) {
        QString error;
        if (!savePriceOverrides(&error)) {
            m_ui->settingsTabs->setCurrentWidget(m_ui->modelsPage);
            m_ui->pricesAsOfLabel->setText(tr("Could not save the prices: %1").arg(error));
            return;
        }
    }
    const QString key = enteredKey();
    if (!key.isEmpty() && m_keys) {
        m_ui->buttonBox->setEnabled(false);
        m_keys->store(endpoint(), key, this, [this](const ApiKeyStore::KeyResult &r) {
            m_ui->buttonBox->setEnabled(true);
            if (!r.message.isEmpty())
                m_ui->keySourceLabel->setText(r.message);
            emit saved();
            QDialog::accept();
        });
        return;
    }
    emit saved();
    QDialog::accept();
}

void SettingsDialog::showVerifyResult(VerifyOutcome outcome, const QString &detail)
{
    m_ui->verifyButton->setEnabled(true);
    m_ui->verifyResultLabel->setVisible(true);
    QString text;
    switch (outcome) {
    case VerifyOutcome::Valid:
        text = tr("✔ The key works.");
        break;
    case VerifyOutcome::Rejected:
        text = tr("✘ The server refused this key. Check that it was copied whole, or create a new one in the console.");
        break;
    case VerifyOutcome::NoQuota:
        text = tr("⚠ The key is valid but has no quota: activate payments or a plan in the console.");
        break;
    case VerifyOutcome::Unreachable:
        text = tr("⚠ Could not reach the endpoint. Check the address and your connection.");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    m_ui->verifyResultLabel->setText(text);
    m_ui->verifyResultLabel->setProperty("outcome", int(outcome));
}

void SettingsDialog::updateLimitFields()
{
    const bool custom = m_ui->rateProfileCombo->currentData().toString() == QLatin1String("custom");
    m_ui->rpsSpin->setEnabled(custom);
    m_ui->rpmSpin->setEnabled(custom);
    m_ui->tpmSpin->setEnabled(custom);
}

} // namespace rostrum::gui
