#include "SessionFilterModel.h"

#include "SessionListModel.h"

namespace rostrum::gui {

void SessionFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_ids.clear();
    invalidateRowsFilter();
}

void SessionFilterModel::setMatchingIds(const QString &text, const QStringList &ids)
{
    if (text.trimmed() != m_text)
        return;
    m_ids = QSet<QString>(ids.cbegin(), ids.cend());
    invalidateRowsFilter();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_ids.contains(i.data(SessionListModel::SessionIdRole).toString()))
        return true;
    return i.data(SessionListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace rostrum::gui
