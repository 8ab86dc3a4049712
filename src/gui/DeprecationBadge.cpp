#include "DeprecationBadge.h"

namespace rostrum::gui {

DeprecationBadge::DeprecationBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("deprecationBadge"));
    setVisible(false);
}

void DeprecationBadge::addNotice(const QString &message)
{
    m_messages.append(message);
    setText(tr("⚠ %n deprecated model(s)", nullptr, int(m_messages.size())));
    setToolTip(m_messages.join(QLatin1Char('\n')));
    setAccessibleName(tr("Deprecated models"));
    setAccessibleDescription(toolTip());
    setVisible(true);
}

} // namespace rostrum::gui
