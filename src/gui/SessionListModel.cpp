#include "SessionListModel.h"

#include <QLocale>

#include <algorithm>

namespace rostrum::gui {

namespace {
bool newerFirst(const SessionRow &a, const SessionRow &b)
{
    return a.createdAt > b.createdAt;
}
} // namespace

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRow &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.motion;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 · %n speeches", nullptr, s.speechCount)
            .arg(s.motion, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat), s.language.toUpper());
    case Qt::AccessibleDescriptionRole:
        return QString(tr("%n speeches", nullptr, s.speechCount) + QStringLiteral(", ") + s.status);
    case SessionIdRole:
        return s.id;
    case MotionRole:
        return s.motion;
    case LanguageRole:
        return s.language;
    case StatusRole:
        return s.status;
    case CreatedAtRole:
        return s.createdAt;
    case SpeechCountRole:
        return s.speechCount;
    case CostRole:
        return s.costUsd;
    case SearchTextRole:
        return QString(s.motion + QLatin1Char('\n') + s.fullText);
    default:
        return {};
    }
}

void SessionListModel::setSessions(QList<SessionRow> sessions)
{
    beginResetModel();
    m_rows = std::move(sessions);
    std::stable_sort(m_rows.begin(), m_rows.end(), newerFirst);
    endResetModel();
}

void SessionListModel::upsert(const SessionRow &session)
{
    const int existing = rowForId(session.id);
    if (existing >= 0 && m_rows.at(existing).createdAt == session.createdAt) {
        m_rows[existing] = session;
        emit dataChanged(index(existing), index(existing));
        return;
    }
    if (existing >= 0)
        remove(session.id);
    const auto pos = std::upper_bound(m_rows.begin(), m_rows.end(), session, newerFirst);
    const int row = int(pos - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, session);
    endInsertRows();
}

void SessionListModel::remove(const QString &id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int SessionListModel::rowForId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace rostrum::gui
