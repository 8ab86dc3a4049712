#include "DebateSetupDialog.h"

#include "AccessibleNames.h"
#include "AppSettings.h"
#include "AudienceVoteForm.h"
#include "CodeHighlighter.h"
#include "debate/DebateCostPreview.h"
#include "debate/DebateFormat.h"
#include "models/ModelCatalog.h"
#include "ui_DebateSetupDialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace rostrum::gui {

namespace {

enum Column { NameColumn, SideColumn, ModelColumn, PersonaColumn };

// The model combo's choice for a debater the person at the keyboard plays.
const QString kYou = QStringLiteral("@you");

// Languages with shipped prompts; shown in their own name so a reader finds theirs.
const QList<std::pair<QString, QString>> &languages()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},  {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("it"), QStringLiteral("Italiano")}, {QStringLiteral("pt"), QStringLiteral("Português")},
    };
    return list;
}

} // namespace

DebateSetupDialog::DebateSetupDialog(const ModelCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DebateSetupDialog>())
    , m_catalog(catalog)
    , m_defaults(languageModelsFromSettings())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start Debate"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startDebateButton"));
    m_ui->codeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new CodeHighlighter(m_ui->codeEdit->document());
    m_highlighter->setDarkPalette(palette().color(QPalette::Base).lightness() < 128);
    m_ui->debatersTable->setColumnCount(4);
    m_ui->debatersTable->setHorizontalHeaderLabels({tr("Name"), tr("Side"), tr("Model"), tr("Persona")});
    m_ui->debatersTable->horizontalHeader()->setSectionResizeMode(SideColumn, QHeaderView::ResizeToContents);
    m_ui->debatersTable->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_ui->debatersTable->horizontalHeader()->setSectionResizeMode(PersonaColumn, QHeaderView::Stretch);
    populate();
    setupVoteBefore();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DebateSetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addDebaterButton, &QPushButton::clicked, this, [this] {
        const int n = m_ui->debatersTable->rowCount();
        Debater d;
        d.side = n % 2 ? QStringLiteral("con") : QStringLiteral("pro");
        d.name = tr("Debater %1").arg(n + 1);
        addDebaterRow(d);
        updatePreview();
    });
    connect(m_ui->removeDebaterButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->debatersTable->currentRow();
        if (m_ui->debatersTable->rowCount() > DebateSpec::kMinDebaters)
            m_ui->debatersTable->removeRow(row >= 0 ? row : m_ui->debatersTable->rowCount() - 1);
        updatePreview();
    });
    connect(m_ui->openCodeButton, &QPushButton::clicked, this, &DebateSetupDialog::chooseCodeFile);
    connect(m_ui->codeLanguageCombo, &QComboBox::currentIndexChanged, this, &DebateSetupDialog::updateCodeLanguage);
    connect(m_ui->motionEdit, &QLineEdit::textChanged, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (auto f = DebateFormat::load(m_ui->formatCombo->currentData().toString())) {
            m_ui->roundsSpin->setEnabled(f->usesRounds());
            if (f->usesRounds())
                m_ui->roundsSpin->setRange(qMax(1, f->minRounds()), qMax(1, f->maxRounds()));
            if (f->requiresCode())
                m_ui->setupTabs->setCurrentWidget(m_ui->codePage);
            m_ui->debateForm->setRowVisible(m_voteBefore, f->audienceVote());
        }
        updatePreview();
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->roundsSpin, &QSpinBox::valueChanged, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->speechLengthSpin, &QSpinBox::valueChanged, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->budgetCheck, &QCheckBox::toggled, m_ui->budgetSpin, &QWidget::setEnabled);
    connect(m_ui->budgetCheck, &QCheckBox::toggled, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->judgeCombo, &QComboBox::currentIndexChanged, this, &DebateSetupDialog::updatePreview);
    connect(m_ui->codeEdit, &QPlainTextEdit::textChanged, this, &DebateSetupDialog::updatePreview);

    DebateSpec initial;
    initial.rounds = 2;
    initial.budgetUsd = 0.50;
    initial.debaters = {Debater {tr("Proposition"), QStringLiteral("pro"), {}, {}, {}, false},
                        Debater {tr("Opposition"), QStringLiteral("con"), {}, {}, {}, false}};
    setSpec(initial);
    AccessibleNames::complete(this);
    m_ui->motionEdit->setFocus();
}

DebateSetupDialog::~DebateSetupDialog() = default;

QString DebateSetupDialog::modelLabel(const QString &id) const
{
    const ModelInfo *m = m_catalog ? m_catalog->find(id) : nullptr;
    if (!m)
        return id;
    QString label = m->name.isEmpty() ? m->id : m->name;
    if (m->priceKnown()) {
        label += tr(" — $%1 in / $%2 out per M tokens")
                     .arg(QString::number(*m->inputUsdPerMTok, 'g', 3), QString::number(*m->outputUsdPerMTok, 'g', 3));
    } else {
        label += tr(" — price unknown");
    }
    if (m->contextTokens > 0)
        label += tr(" · %1k context").arg(m->contextTokens / 1000);
    return label;
}

QString DebateSetupDialog::formatTitle(const QString &formatId)
{
    if (formatId == QLatin1String("classic"))
        return tr("Classic");
    if (formatId == QLatin1String("oxford"))
        return tr("Oxford");
    if (formatId == QLatin1String("lincoln-douglas"))
        return tr("Lincoln–Douglas");
    if (formatId == QLatin1String("code-review"))
        return tr("Code review");
    return {};
}

void DebateSetupDialog::populate()
{
    for (const QString &id : DebateFormat::availableFormats()) {
        QString title = formatTitle(id);
        if (title.isEmpty()) { // a format added as data before it got a translated name
            title = id;
            title.replace(QLatin1Char('-'), QLatin1Char(' '));
            title[0] = title[0].toUpper();
        }
        m_ui->formatCombo->addItem(title, id);
    }
    for (const auto &[code, name] : languages())
        m_ui->languageCombo->addItem(name, code);
    m_ui->judgeCombo->addItem(tr("No judge"), QString());
    if (m_catalog) {
        for (const ModelInfo &m : m_catalog->models()) {
            if (m.hasCapability(QStringLiteral("chat")) && !m.isDeprecated())
                m_ui->judgeCombo->addItem(modelLabel(m.id), m.id);
        }
    }
    for (auto language : CodeHighlighter::allLanguages())
        m_ui->codeLanguageCombo->addItem(CodeHighlighter::languageName(language), int(language));
}

void DebateSetupDialog::addDebaterRow(const Debater &d)
{
    auto *table = m_ui->debatersTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem(d.name));
    table->setItem(row, PersonaColumn, new QTableWidgetItem(d.persona));
    auto *side = new QComboBox(table);
    side->setAccessibleName(tr("Side of debater %1").arg(row + 1));
    side->addItem(tr("For (proposition)"), QStringLiteral("pro"));
    side->addItem(tr("Against (opposition)"), QStringLiteral("con"));
    side->setCurrentIndex(d.side == QLatin1String("con") ? 1 : 0);
    table->setCellWidget(row, SideColumn, side);
    auto *model = new QComboBox(table);
    model->setObjectName(QStringLiteral("debaterModel%1").arg(row));
    model->setAccessibleName(tr("Model of debater %1").arg(row + 1));
    model->addItem(tr("Default for the language"), QString());
    model->addItem(tr("You"), kYou);
    model->setItemData(1, tr("You type this debater's speeches"), Qt::ToolTipRole);
    if (m_catalog) {
        for (const ModelInfo &m : m_catalog->models()) {
            if (m.hasCapability(QStringLiteral("chat")) && !m.isDeprecated())
                model->addItem(modelLabel(m.id), m.id);
        }
    }
    const int idx = model->findData(d.human ? kYou : d.model);
    model->setCurrentIndex(idx >= 0 ? idx : 0);
    table->setCellWidget(row, ModelColumn, model);
    connect(model, &QComboBox::currentIndexChanged, this, &DebateSetupDialog::updatePreview);
    connect(side, &QComboBox::currentIndexChanged, this, &DebateSetupDialog::updatePreview);
}

void DebateSetupDialog::setupVoteBefore()
{
    m_voteBefore = new AudienceVoteForm(AudienceVoteForm::When::Before, this);
    m_voteBefore->setObjectName(QStringLiteral("voteBeforeForm"));
    m_voteBefore->setToolTip(tr("An Oxford debate is won by the swing: the audience votes before and after it"));
    auto *label = new QLabel(tr("Audience &vote before:"), this);
    label->setBuddy(m_voteBefore->firstField());
    m_ui->debateForm->addRow(label, m_voteBefore);
    m_ui->debateForm->setRowVisible(m_voteBefore, false);
    // After the budget in the Tab order, as on screen.
    QWidget *previous = m_ui->budgetSpin;
    for (const char *name : {"voteBeforeFor", "voteBeforeAgainst", "voteBeforeUndecided"}) {
        auto *field = m_voteBefore->findChild<QWidget *>(QLatin1String(name));
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
}

std::optional<AudienceVote> DebateSetupDialog::voteBefore() const
{
    const auto format = DebateFormat::load(m_ui->formatCombo->currentData().toString());
    if (!format || !format->audienceVote())
        return std::nullopt;
    return m_voteBefore->vote();
}

void DebateSetupDialog::setVoteBefore(const AudienceVote &vote)
{
    m_voteBefore->setVote(vote);
}

void DebateSetupDialog::setSpec(const DebateSpec &spec)
{
    m_ui->motionEdit->setText(spec.motion);
    m_ui->formatCombo->setCurrentIndex(qMax(0, m_ui->formatCombo->findData(spec.format)));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(spec.language)));
    m_ui->roundsSpin->setValue(spec.rounds);
    m_ui->speechLengthSpin->setValue(spec.maxTokens);
    m_ui->budgetCheck->setChecked(spec.budgetUsd.has_value());
    m_ui->budgetSpin->setEnabled(spec.budgetUsd.has_value());
    if (spec.budgetUsd)
        m_ui->budgetSpin->setValue(*spec.budgetUsd);
    m_ui->judgeCombo->setCurrentIndex(qMax(0, m_ui->judgeCombo->findData(spec.judgeModel)));
    m_ui->debatersTable->setRowCount(0);
    for (const Debater &d : spec.debaters)
        addDebaterRow(d);
    m_ui->codeEdit->setPlainText(spec.code.text);
    m_codeFileName = spec.code.fileName;
    const auto lang = spec.code.language.isEmpty() ? CodeHighlighter::languageFromFileName(spec.code.fileName)
                                                   : CodeHighlighter::languageFromName(spec.code.language);
    m_ui->codeLanguageCombo->setCurrentIndex(qMax(0, m_ui->codeLanguageCombo->findData(int(lang))));
    updatePreview();
}

DebateSpec DebateSetupDialog::spec() const
{
    DebateSpec s;
    s.motion = m_ui->motionEdit->text().trimmed();
    s.format = m_ui->formatCombo->currentData().toString();
    s.language = m_ui->languageCombo->currentData().toString();
    s.rounds = m_ui->roundsSpin->value();
    s.maxTokens = m_ui->speechLengthSpin->value();
    if (m_ui->budgetCheck->isChecked())
        s.budgetUsd = m_ui->budgetSpin->value();
    s.judgeModel = m_ui->judgeCombo->currentData().toString();
    const auto *table = m_ui->debatersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        Debater d;
        d.name = table->item(row, NameColumn) ? table->item(row, NameColumn)->text().trimmed() : QString();
        d.persona = table->item(row, PersonaColumn) ? table->item(row, PersonaColumn)->text().trimmed() : QString();
        d.side = static_cast<QComboBox *>(table->cellWidget(row, SideColumn))->currentData().toString();
        d.model = static_cast<QComboBox *>(table->cellWidget(row, ModelColumn))->currentData().toString();
        if (d.model == kYou) {
            d.human = true;
            d.model.clear(); // the default for the language: what the token count of the person's speech uses
        }
        s.debaters.append(d);
    }
    s.code.text = m_ui->codeEdit->toPlainText();
    if (!s.code.text.isEmpty()) {
        s.code.fileName = m_codeFileName;
        const auto lang = CodeHighlighter::Language(m_ui->codeLanguageCombo->currentData().toInt());
        static const QHash<int, QString> names = {
            {int(CodeHighlighter::Language::Cpp), QStringLiteral("cpp")},
            {int(CodeHighlighter::Language::Python), QStringLiteral("python")},
            {int(CodeHighlighter::Language::JavaScript), QStringLiteral("javascript")},
            {int(CodeHighlighter::Language::TypeScript), QStringLiteral("typescript")},
            {int(CodeHighlighter::Language::Java), QStringLiteral("java")},
            {int(CodeHighlighter::Language::Go), QStringLiteral("go")},
            {int(CodeHighlighter::Language::Rust), QStringLiteral("rust")},
            {int(CodeHighlighter::Language::Shell), QStringLiteral("shell")},
            {int(CodeHighlighter::Language::Sql), QStringLiteral("sql")}};
        s.code.language = names.value(int(lang));
    }
    for (int i = 0; i < s.debaters.size(); ++i) {
        if (s.debaters.at(i).model.isEmpty())
            s.debaters[i].model = m_defaults.modelFor(s.languageOf(i), !s.code.isEmpty());
    }
    return s;
}

LanguageModels DebateSetupDialog::languageModelsFromSettings()
{
    LanguageModels m;
    const AppSettings settings;
    for (const auto &[code, name] : languages()) {
        const QString chosen = settings.modelForLanguage(code);
        if (!chosen.isEmpty())
            m.setOverride(code, chosen);
    }
    return m;
}

void DebateSetupDialog::updateDefaultModelLabels()
{
    const QString language = m_ui->languageCombo->currentData().toString();
    const QString model = m_defaults.modelFor(language, !m_ui->codeEdit->toPlainText().isEmpty());
    for (int row = 0; row < m_ui->debatersTable->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->debatersTable->cellWidget(row, ModelColumn)))
            combo->setItemText(0, tr("Default for the language (%1)").arg(model));
    }
}

void DebateSetupDialog::setTokenCounter(const TokenCounter *tokens)
{
    m_tokens = tokens;
    updatePreview();
}

CostPreview DebateSetupDialog::costPreview() const
{
    return DebateCostPreview(m_catalog, m_tokens).of(spec());
}

std::optional<double> DebateSetupDialog::worstCaseUsd() const
{
    const CostPreview preview = costPreview();
    if (!preview.known)
        return std::nullopt;
    return preview.highUsd;
}

QString DebateSetupDialog::costPreviewText() const
{
    return m_ui->costPreviewLabel->text();
}

void DebateSetupDialog::updatePreview()
{
    updateDefaultModelLabels();
    const DebateSpec s = spec();
    // The preview rostrum-cli debate prints, counted with the same tokens.
    const CostPreview preview = DebateCostPreview(m_catalog, m_tokens).of(s);
    QString text;
    if (!preview.known) {
        text = tr("%n requests. Cost: unknown (no price for %1).", nullptr, preview.requests)
                   .arg(preview.unknownModels.join(QStringLiteral(", ")));
    } else {
        const QString asOf = m_catalog && m_catalog->pricesAsOf().isValid()
            ? QLocale().toString(m_catalog->pricesAsOf(), QLocale::ShortFormat)
            : tr("unknown date");
        const auto money = [](double usd) {
            return QString::number(usd, 'f', usd < 0.1 ? 4 : 2);
        };
        text = tr("%n requests. Estimated cost: $%1 – $%2 (prices as of %3).", nullptr, preview.requests)
                   .arg(money(preview.lowUsd), money(preview.highUsd), asOf);
        if (s.budgetUsd && preview.highUsd > *s.budgetUsd)
            text += QLatin1Char(' ') + tr("The budget may stop the debate early.");
    }
    m_ui->costPreviewLabel->setText(text);
    m_ui->costPreviewLabel->setToolTip(preview.exact
                                           ? tr("Prompt tokens counted exactly with each model's tokenizer.")
                                           : tr("Prompt tokens estimated (no tokenizer data for some model)."));
    const QStringList problems = s.validate();
    m_ui->problemsLabel->setText(problems.isEmpty() ? QString() : problems.first());
    m_ui->problemsLabel->setVisible(!problems.isEmpty() && !s.motion.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void DebateSetupDialog::updateCodeLanguage()
{
    m_highlighter->setLanguage(CodeHighlighter::Language(m_ui->codeLanguageCombo->currentData().toInt()));
}

void DebateSetupDialog::chooseCodeFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Code"), QString(),
        tr("Source files (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;"
           "All files (*)"));
    if (!path.isEmpty())
        openCodeFile(path);
}

void DebateSetupDialog::openCodeFile(const QString &path)
{
    m_ui->codeLoadProgress->setVisible(true);
    m_ui->openCodeButton->setEnabled(false);
    m_ui->codeFileLabel->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<std::optional<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_ui->codeLoadProgress->setVisible(false);
        m_ui->openCodeButton->setEnabled(true);
        const auto text = watcher->result();
        if (!text) {
            m_ui->codeFileLabel->setText(tr("Could not read %1.").arg(QFileInfo(path).fileName()));
            return;
        }
        m_codeFileName = QFileInfo(path).fileName();
        m_ui->codeFileLabel->setText(m_codeFileName);
        const auto lang = CodeHighlighter::languageFromFileName(path);
        m_ui->codeLanguageCombo->setCurrentIndex(qMax(0, m_ui->codeLanguageCombo->findData(int(lang))));
        m_ui->codeEdit->setPlainText(*text);
        emit codeFileLoaded(path);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> std::optional<QString> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QString::fromUtf8(f.readAll());
    }));
}

void DebateSetupDialog::accept()
{
    const QStringList problems = spec().validate();
    if (!problems.isEmpty()) {
        m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->problemsLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace rostrum::gui
