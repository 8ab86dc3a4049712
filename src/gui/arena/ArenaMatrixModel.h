#pragma once

#include "arena/GameTally.h"

#include <QAbstractTableModel>

namespace rostrum::gui {

// The head-to-head matrix as a heat map: row model against column model, each cell its wins,
// losses and ties against that opponent, its background the row's win share (ties count half)
// from red (0) through neutral to green (1). A table rather than a picture so screen readers and
// the keyboard reach every cell; Qt::UserRole is the win share (or an invalid QVariant).
class ArenaMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ArenaMatrixModel(QObject *parent = nullptr);

    void setTally(const GameTally &tally);
    std::optional<double> winShare(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GameTally m_tally;
};

} // namespace rostrum::gui
