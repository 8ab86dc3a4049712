#include "AudienceVoteDialog.h"

#include "AudienceVoteForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rostrum::gui {

AudienceVoteDialog::AudienceVoteDialog(const DebateRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_form(new AudienceVoteForm(AudienceVoteForm::When::After, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("audienceVoteDialog"));
    setWindowTitle(tr("Audience Vote"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(record.voteBefore ? tr("The debate is over. How does the audience vote now? Before the debate: %1.")
                                           .arg(AudienceVoteForm::describe(*record.voteBefore))
                                     : tr("The debate is over. How does the audience vote now?"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    if (record.voteAfter)
        m_form->setVote(*record.voteAfter);
    else if (record.voteBefore)
        m_form->setVote(*record.voteBefore);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Vote"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordVoteButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&No Vote"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AudienceVoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->firstField()->setFocus();
    m_form->firstField()->selectAll();
}

std::optional<AudienceVote> AudienceVoteDialog::vote() const
{
    return m_form->vote();
}

void AudienceVoteDialog::accept()
{
    if (!vote()) {
        m_problem->setText(tr("Enter at least one vote, or choose No Vote."));
        m_problem->setVisible(true);
        m_form->firstField()->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rostrum::gui
