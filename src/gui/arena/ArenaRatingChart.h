#pragma once

#include "arena/Leaderboard.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;

namespace rostrum::gui {

// The leaderboard as a chart: one row per model (best at the top), a dot at its rating and a
// horizontal bar across its interval. Qt Charts 6.4 has no error-bar series; a QScatterSeries for
// the ratings plus one two-point QLineSeries per model for its interval draws exactly that, keeps
// the points readable back (tests, accessibility) and needs no custom painting. A candlestick
// series would need four values per model and reads as a price, not an interval.
class ArenaRatingChart : public QChartView
{
    Q_OBJECT
public:
    explicit ArenaRatingChart(QWidget *parent = nullptr);

    void setLeaderboard(const Leaderboard &board);

    QScatterSeries *ratings() const { return m_ratings; }
    const QList<QLineSeries *> &intervals() const { return m_intervals; }

private:
    void clear();
    void addAxes(const Leaderboard &board);

    QScatterSeries *m_ratings = nullptr;
    QList<QLineSeries *> m_intervals;
};

} // namespace rostrum::gui
