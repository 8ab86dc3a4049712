#include "AudienceVoteForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace rostrum::gui {

namespace {
constexpr int kMaxVotes = 1000000;
}

AudienceVoteForm::AudienceVoteForm(When when, QWidget *parent)
    : QWidget(parent)
    , m_for(new QSpinBox(this))
    , m_against(new QSpinBox(this))
    , m_undecided(new QSpinBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const bool after = when == When::After;
    struct Field
    {
        QSpinBox *spin;
        QString caption;
        QString name;
        const char *id;
    };
    const QList<Field> fields = {
        {m_for, tr("For"),
         after ? tr("Votes for the motion after the debate") : tr("Votes for the motion before the debate"), "For"},
        {m_against, tr("Against"),
         after ? tr("Votes against the motion after the debate") : tr("Votes against the motion before the debate"),
         "Against"},
        {m_undecided, tr("Undecided"),
         after ? tr("Undecided votes after the debate") : tr("Undecided votes before the debate"), "Undecided"},
    };
    for (const Field &f : fields) {
        f.spin->setObjectName(
            QStringLiteral("vote%1%2")
                .arg(after ? QStringLiteral("After") : QStringLiteral("Before"), QLatin1String(f.id)));
        f.spin->setRange(0, kMaxVotes);
        f.spin->setAccessibleName(f.name);
        auto *caption = new QLabel(f.caption + QLatin1Char(':'), this);
        caption->setBuddy(f.spin);
        layout->addWidget(caption);
        layout->addWidget(f.spin);
        connect(f.spin, &QSpinBox::valueChanged, this, &AudienceVoteForm::changed);
    }
    layout->addStretch(1);
}

std::optional<AudienceVote> AudienceVoteForm::vote() const
{
    const AudienceVote v {m_for->value(), m_against->value(), m_undecided->value()};
    if (v.total() == 0)
        return std::nullopt;
    return v;
}

void AudienceVoteForm::setVote(const AudienceVote &vote)
{
    m_for->setValue(vote.forVotes);
    m_against->setValue(vote.againstVotes);
    m_undecided->setValue(vote.undecided);
}

QString AudienceVoteForm::describe(const AudienceVote &vote)
{
    return tr("%1 for (%2%), %3 against, %4 undecided")
        .arg(vote.forVotes)
        .arg(vote.forShare(), 0, 'f', 0)
        .arg(vote.againstVotes)
        .arg(vote.undecided);
}

QString AudienceVoteForm::swingText(const DebateRecord &record)
{
    const std::optional<double> swing = record.swing();
    if (!swing)
        return {};
    const QString figure =
        QStringLiteral("%1%2").arg(*swing > 0 ? QStringLiteral("+") : QString()).arg(*swing, 0, 'f', 1);
    return *swing < 0 ? tr("%1 points: the motion lost ground").arg(figure)
                      : tr("%1 points for the motion").arg(figure);
}

QString AudienceVoteForm::summary(const DebateRecord &record)
{
    QStringList parts;
    if (record.voteBefore)
        parts << tr("Audience before: %1.").arg(describe(*record.voteBefore));
    if (record.voteAfter)
        parts << tr("After: %1.").arg(describe(*record.voteAfter));
    if (const QString swing = swingText(record); !swing.isEmpty())
        parts << tr("Swing: %1.").arg(swing);
    return parts.join(QLatin1Char(' '));
}

} // namespace rostrum::gui
