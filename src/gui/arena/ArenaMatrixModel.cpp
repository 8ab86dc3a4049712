#include "arena/ArenaMatrixModel.h"

#include <QColor>

namespace rostrum::gui {

ArenaMatrixModel::ArenaMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArenaMatrixModel::setTally(const GameTally &tally)
{
    beginResetModel();
    m_tally = tally;
    endResetModel();
}

std::optional<double> ArenaMatrixModel::winShare(int row, int column) const
{
    if (row == column)
        return std::nullopt;
    const GameTally::Record r = m_tally.headToHead(row, column);
    if (r.games() == 0)
        return std::nullopt;
    return (r.wins + 0.5 * r.ties) / r.games();
}

int ArenaMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_tally.modelCount();
}

int ArenaMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_tally.modelCount();
}

QVariant ArenaMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const std::optional<double> share = winShare(row, column);
    const GameTally::Record r = m_tally.headToHead(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (row == column)
            return QStringLiteral("—");
        return tr("%1–%2–%3").arg(r.wins).arg(r.losses).arg(r.ties);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (row == column)
            return tr("%1 does not play itself").arg(m_tally.models().at(row));
        return tr("%1 against %2: %3 wins, %4 losses, %5 ties")
            .arg(m_tally.models().at(row), m_tally.models().at(column))
            .arg(r.wins)
            .arg(r.losses)
            .arg(r.ties);
    case Qt::BackgroundRole: {
        if (!share)
            return {};
        // Hue 0 (red) for a share of 0 up to 120 (green) for 1; light enough for dark text.
        return QColor::fromHsvF(float(*share) / 3.0f, 0.45f, 0.95f);
    }
    case Qt::ForegroundRole:
        return share ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::UserRole:
        return share ? QVariant(*share) : QVariant();
    default:
        return {};
    }
}

QVariant ArenaMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    Q_UNUSED(orientation)
    if (role != Qt::DisplayRole || section < 0 || section >= m_tally.modelCount())
        return {};
    return m_tally.models().at(section);
}

} // namespace rostrum::gui
