#include "arena/ArenaRatingChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rostrum::gui {

ArenaRatingChart::ArenaRatingChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setTitle(tr("Ratings with their 95% intervals"));
    setMinimumHeight(220);
}

void ArenaRatingChart::clear()
{
    chart()->removeAllSeries(); // deletes them
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_ratings = nullptr;
    m_intervals.clear();
}

void ArenaRatingChart::setLeaderboard(const Leaderboard &board)
{
    clear();
    const int n = int(board.entries.size());
    const QColor bar = palette().color(QPalette::WindowText);
    for (int i = 0; i < n; ++i) {
        const Leaderboard::Entry &e = board.entries.at(i);
        auto *interval = new QLineSeries;
        interval->setName(tr("%1: %2 to %3").arg(e.model).arg(qRound(e.ciLow)).arg(qRound(e.ciHigh)));
        interval->append(e.ciLow, n - i);
        interval->append(e.ciHigh, n - i);
        interval->setPen(QPen(bar, 2));
        chart()->addSeries(interval);
        m_intervals << interval;
    }
    m_ratings = new QScatterSeries;
    m_ratings->setName(tr("Rating"));
    m_ratings->setMarkerSize(11);
    for (int i = 0; i < n; ++i)
        m_ratings->append(board.entries.at(i).rating, n - i);
    chart()->addSeries(m_ratings);
    addAxes(board);
}

void ArenaRatingChart::addAxes(const Leaderboard &board)
{
    const int n = int(board.entries.size());
    double low = 1500, high = 1500;
    for (const Leaderboard::Entry &e : board.entries) {
        low = std::min({low, e.ciLow, e.rating});
        high = std::max({high, e.ciHigh, e.rating});
    }
    auto *x = new QValueAxis;
    x->setTitleText(tr("Rating (Elo scale)"));
    x->setRange(low - 10, high + 10);
    x->applyNiceNumbers(); // round ticks (1300, 1400, ...)
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(0.5, n + 0.5);
    // A category axis wants its boundaries in increasing order: the last model is the lowest row.
    for (int i = n - 1; i >= 0; --i)
        y->append(board.entries.at(i).model, n - i);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace rostrum::gui
