#include "SessionListModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rostrum::gui {

namespace {
bool newerFirst(const SessionRow &a, const SessionRow &b)
{
    return a.createdAt > b.createdAt;
}

// As the transcript and the status bar write a cost.
QString dollars(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 0.01 ? 4 : 2);
}

bool sameOrder(const QList<SessionRow> &a, const QList<SessionRow> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const SessionRow &x, const SessionRow &y) { return x.id == y.id && x.depth == y.depth; });
}
} // namespace

QList<SessionRow> SessionListModel::threaded(QList<SessionRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), newerFirst);
    QSet<QString> ids;
    for (const SessionRow &r : rows)
        ids.insert(r.id);
    QHash<QString, QList<int>> children;
    QList<int> roots;
    for (int i = 0; i < rows.size(); ++i) {
        const QString &parent = rows.at(i).forkOf;
        if (!parent.isEmpty() && parent != rows.at(i).id && ids.contains(parent))
            children[parent].append(i);
        else
            roots.append(i);
    }
    QList<SessionRow> out;
    out.reserve(rows.size());
    QSet<int> placed;
    // Depth first, each level newest first; a row is placed once, so a (corrupt) cycle cannot loop.
    const auto place = [&](const auto &self, int i, int depth) -> void {
        if (placed.contains(i))
            return;
        placed.insert(i);
        out.append(rows.at(i));
        out.last().depth = depth;
        for (int child : children.value(rows.at(i).id))
            self(self, child, depth + 1);
    };
    for (int i : roots)
        place(place, i, 0);
    for (int i = 0; i < rows.size(); ++i)
        place(place, i, 0);
    return out;
}

QString SessionListModel::forkLabel(const SessionRow &s) const
{
    return tr("Fork from speech %1 · %2").arg(s.forkAt).arg(dollars(s.costUsd));
}

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
        // An indent per level and an arrow: the fork reads as an answer to the row above it.
        return s.depth == 0 ? s.motion
                            : QString(QString(4 * s.depth, QChar::Nbsp) + QStringLiteral("\u21b3 ") + forkLabel(s));
    case Qt::AccessibleTextRole:
        return s.depth == 0 ? s.motion : tr("Fork of “%1”: %2").arg(s.motion, forkLabel(s));
    case Qt::ToolTipRole:
        return QString(tr("%1\n%2 · %3 · %n speeches", nullptr, s.speechCount)
                           .arg(s.motion, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat),
                                s.language.toUpper())
                       + QLatin1Char('\n') + tr("Cost: %1").arg(dollars(s.costUsd)));
    case Qt::AccessibleDescriptionRole:
        return QString(tr("%n speeches", nullptr, s.speechCount) + QStringLiteral(", ") + s.status
                       + QStringLiteral(", ") + tr("Cost: %1").arg(dollars(s.costUsd)));
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
    case ForkOfRole:
        return s.forkOf;
    case DepthRole:
        return s.depth;
    default:
        return {};
    }
}

void SessionListModel::setSessions(QList<SessionRow> sessions)
{
    beginResetModel();
    m_rows = threaded(std::move(sessions));
    endResetModel();
}

void SessionListModel::upsert(const SessionRow &session)
{
    const int existing = rowForId(session.id);
    if (existing >= 0 && m_rows.at(existing).createdAt == session.createdAt
        && m_rows.at(existing).forkOf == session.forkOf) {
        const int depth = m_rows.at(existing).depth;
        m_rows[existing] = session;
        m_rows[existing].depth = depth;
        emit dataChanged(index(existing), index(existing));
        return;
    }
    if (existing >= 0)
        remove(session.id);
    QList<SessionRow> wanted = m_rows;
    wanted.append(session);
    wanted = threaded(std::move(wanted));
    const int row =
        int(std::find_if(wanted.cbegin(), wanted.cend(), [&session](const SessionRow &r) { return r.id == session.id; })
            - wanted.cbegin());
    // Usually one row comes in and the others stay; a parent arriving after its forks moves them: reset.
    QList<SessionRow> inserted = m_rows;
    inserted.insert(row, wanted.at(row));
    if (!sameOrder(inserted, wanted)) {
        setSessions(std::move(wanted));
        return;
    }
    beginInsertRows({}, row, row);
    m_rows.insert(row, wanted.at(row));
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
    // Its forks now stand on their own.
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&id](const SessionRow &r) { return r.forkOf == id; }))
        setSessions(m_rows);
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
