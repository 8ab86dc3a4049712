#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace rostrum::gui {

// The session list's search: a debate shows when its motion or the text this window holds for it
// contains the search text, or when the database search (DebateHistory::search, which also looks
// through saved speeches) named it. The database answer arrives later and widens the match.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString text() const { return m_text; }
    // A new search: clears the database matches of the previous one.
    void setText(const QString &text);
    // The ids the database found for text (ignored if the search has moved on).
    void setMatchingIds(const QString &text, const QStringList &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<QString> m_ids;
};

} // namespace rostrum::gui
