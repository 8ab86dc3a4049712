#pragma once

#include "usage/DashboardData.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QWidget;

namespace rostrum::gui {

// The dashboard's charts, built once and refilled in place on every refresh (no chart or axis
// is recreated, so a refresh costs little on the GUI thread). Hovering a point or a bar shows
// its exact value.
class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    enum Chart { Spend, Cost, Latency, Errors, Speed, Cache, ChartCount };
    Q_ENUM(Chart)

    explicit DashboardCharts(QWidget *viewParent);

    QChartView *view(Chart chart) const { return m_views[chart]; }
    QList<QChartView *> views() const;
    // Refills every chart (what updateChart does for each, in one go).
    void update(const DashboardData &data);
    // Refills one chart and lays it out at once, so the axis label layout a range change brings is
    // paid here and not, for every chart together, in a later layout pass. A chart costs up to a
    // few milliseconds this way: DashboardWidget spreads the six over successive event-loop passes.
    // False when only part of the work was done: call again, in a later pass, until it returns true
    // (the view does not paint meanwhile). The spend chart adds new lines, changes its time axis,
    // its value axis and refills its lines in calls of their own; a bar chart whose models change
    // sets its categories and its value range in two.
    bool updateChart(Chart chart, const DashboardData &data);
    // Light or dark chart theme (follows the window colour: legible in dark mode).
    void setDark(bool dark);

    // Test and screenshot access: the spend line of a model, and a bar chart's sets.
    QLineSeries *spendLine(const QString &model) const { return m_lines.value(model); }
    QList<QBarSet *> barSets(Chart chart) const;
    // The models a bar chart shows, in order (full names; the axis shows axisLabels of them).
    QStringList categories(Chart chart) const;
    // Model names as a bar chart's axis writes them: without "mistral-" and "-latest", so that
    // they fit under their bars. QtCharts elides a label that does not fit by measuring shorter
    // and shorter versions of it, each through a text document: most of the time a new value
    // range took, as it lays the axes out again. Hovering a bar gives the full name.
    static QStringList axisLabels(const QStringList &models);
    // What hovering bar `index` of `set` shows.
    QString barToolTip(QBarSet *set, int index) const;

private:
    struct Bars
    {
        QAbstractBarSeries *series = nullptr;
        QBarCategoryAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QStringList models; // full names, in category order
        std::function<QString(double)> format;
    };
    QChart *makeChart(Chart chart, const QString &title);
    void makeBars(Chart chart, const QString &title, bool stacked, const QStringList &setLabels,
                  std::function<QString(double)> format);
    bool fillBars(Chart chart, const QStringList &models, const QList<QList<double>> &values);
    void addSpendLine(const QString &model);
    // One step of bringing the spend chart up to date; true once its lines are filled.
    bool updateSpend(const DashboardData &data);
    // Removes the lines of models that left the data and adds empty ones; true when it added one.
    bool syncSpendLines(const DashboardData &data);
    // Moves one axis (time first) when the data needs it, emptying the lines; true when it moved one.
    bool updateSpendAxes(const DashboardData &data);
    void fillSpendLines(const DashboardData &data);

    QChartView *m_views[ChartCount] = {};
    QHash<int, Bars> m_bars;
    QHash<QString, QLineSeries *> m_lines;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_spendAxis = nullptr;
    bool m_dark = false;
};

} // namespace rostrum::gui
