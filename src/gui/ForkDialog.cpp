#include "ForkDialog.h"

#include "debate/DebateFork.h"
#include "debate/Prompts.h"
#include "models/ModelCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rostrum::gui {

namespace {
QString speakerName(const Debater &d, int index)
{
    if (!d.name.isEmpty())
        return d.name;
    return d.side == QLatin1String("con") ? ForkDialog::tr("Against (debater %1)").arg(index + 1)
                                          : ForkDialog::tr("For (debater %1)").arg(index + 1);
}
} // namespace

ForkDialog::ForkDialog(const DebateRecord &debate, int atSpeech, const ModelCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_debate(debate)
    , m_at(atSpeech)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("forkDialog"));
    setWindowTitle(tr("Continue from Here"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    const Speech &chosen = debate.speeches.at(atSpeech);
    auto *intro = new QLabel(tr("A new debate shares the first %n entries of this one, up to and including "
                                "speech %1 (%2), and goes on from there. The original debate is kept as it is.",
                                nullptr, atSpeech + 1)
                                 .arg(atSpeech + 1)
                                 .arg(chosen.speaker.isEmpty() ? chosen.side : chosen.speaker),
                             this);
    intro->setObjectName(QStringLiteral("forkIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<int> next = DebateFork::nextSpeakers(debate, atSpeech);
    for (int i = 0; i < next.size(); ++i)
        layout->addWidget(speakerBox(next.at(i), i == 0));
    if (next.isEmpty()) {
        auto *none = new QLabel(tr("No debater speaks after this speech: the new debate would only be judged."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->button(QDialogButtonBox::Ok);
    start->setText(tr("&Start the New Debate"));
    start->setObjectName(QStringLiteral("forkStart"));
    start->setEnabled(!next.isEmpty() || !debate.spec.judgeModel.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (!m_editors.isEmpty())
        m_editors.first().model->setFocus();
}

QWidget *ForkDialog::speakerBox(int debater, bool first)
{
    const Debater &d = m_debate.spec.debaters.at(debater);
    const QString name = speakerName(d, debater);
    auto *box = new QGroupBox(first ? tr("Speaks next: %1").arg(name) : tr("Then: %1").arg(name), this);
    box->setObjectName(QStringLiteral("forkSpeaker%1").arg(debater));
    auto *form = new QFormLayout(box);
    Editors e;
    e.debater = debater;
    e.model = modelCombo(d);
    e.model->setObjectName(QStringLiteral("forkModel%1").arg(debater));
    e.model->setAccessibleName(tr("Model of %1").arg(name));
    e.model->setEnabled(!d.human);
    e.language = languageCombo(m_debate.spec.languageOf(debater));
    e.language->setObjectName(QStringLiteral("forkLanguage%1").arg(debater));
    e.language->setAccessibleName(tr("Language of %1").arg(name));
    e.persona = new QLineEdit(d.persona, box);
    e.persona->setObjectName(QStringLiteral("forkPersona%1").arg(debater));
    e.persona->setAccessibleName(tr("Persona of %1").arg(name));
    e.persona->setPlaceholderText(tr("e.g. a pragmatic economist"));
    e.persona->setEnabled(!d.human);
    form->addRow(tr("&Model:"), e.model);
    form->addRow(tr("&Language:"), e.language);
    form->addRow(tr("&Persona:"), e.persona);
    m_editors.append(e);
    return box;
}

QComboBox *ForkDialog::modelCombo(const Debater &d) const
{
    auto *combo = new QComboBox;
    combo->addItem(tr("Default for the language"), QString());
    if (m_catalog) {
        for (const ModelInfo &m : m_catalog->models()) {
            if (m.hasCapability(QStringLiteral("chat")) && !m.isDeprecated())
                combo->addItem(m.name.isEmpty() ? m.id : QStringLiteral("%1 (%2)").arg(m.name, m.id), m.id);
        }
    }
    const QString current = m_catalog && !m_catalog->resolve(d.model).isEmpty() ? m_catalog->resolve(d.model) : d.model;
    int index = combo->findData(current);
    if (index < 0) {
        combo->addItem(d.model, d.model); // a model the catalog does not list still runs as it did
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(d.model.isEmpty() ? 0 : index);
    return combo;
}

QComboBox *ForkDialog::languageCombo(const QString &language) const
{
    auto *combo = new QComboBox;
    for (const QString &code : Prompts::availableLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        combo->addItem(name.isEmpty() ? code : name, code);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(language)));
    return combo;
}

QList<Debater> ForkDialog::debaters() const
{
    QList<Debater> out = m_debate.spec.debaters;
    for (const Editors &e : m_editors) {
        Debater &d = out[e.debater];
        const QString model = e.model->currentData().toString();
        // The same model stays spelled as it was (an alias stays an alias).
        const bool same = model == d.model || (m_catalog && !model.isEmpty() && m_catalog->resolve(d.model) == model);
        if (!d.human && !same)
            d.model = model;
        // The debate's own language stays implicit: only a different one is written down.
        const QString language = e.language->currentData().toString();
        d.language = language == m_debate.spec.language ? QString() : language;
        d.persona = e.persona->text().trimmed();
    }
    return out;
}

} // namespace rostrum::gui
