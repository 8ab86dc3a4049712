#include "InterjectionBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rostrum::gui {

InterjectionBar::InterjectionBar(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_as(new QComboBox(this))
    , m_send(new QPushButton(tr("Inter&ject"), this))
{
    setObjectName(QStringLiteral("interjectionBar"));
    m_line->setObjectName(QStringLiteral("interjectionEdit"));
    m_line->setAccessibleName(tr("Interjection"));
    m_line->setPlaceholderText(tr("A question for the next speaker (Ctrl+I, Enter to send)"));
    m_line->setClearButtonEnabled(true);
    m_as->setObjectName(QStringLiteral("interjectionAs"));
    m_as->setAccessibleName(tr("Interject as"));
    m_as->addItem(tr("as moderator"), false);
    m_as->addItem(tr("from the audience"), true);
    m_send->setObjectName(QStringLiteral("interjectButton"));
    m_send->setToolTip(tr("Put this to the next speaker, who is asked to address it"));
    m_send->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_as);
    layout->addWidget(m_send);

    connect(m_line, &QLineEdit::returnPressed, this, &InterjectionBar::send);
    connect(m_send, &QPushButton::clicked, this, &InterjectionBar::send);
    connect(m_line, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_send->setEnabled(!text.trimmed().isEmpty()); });
}

void InterjectionBar::focusLine()
{
    m_line->setFocus(Qt::ShortcutFocusReason);
    m_line->selectAll();
}

QString InterjectionBar::text() const
{
    return m_line->text();
}

bool InterjectionBar::fromAudience() const
{
    return m_as->currentData().toBool();
}

void InterjectionBar::send()
{
    const QString text = m_line->text().trimmed();
    if (text.isEmpty())
        return;
    emit interjected(text, fromAudience());
    m_line->clear();
}

} // namespace rostrum::gui
