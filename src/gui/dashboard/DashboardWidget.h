#pragma once

#include "usage/DashboardData.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace rostrum {
class DashboardLoader;
class RateLimiter;
} // namespace rostrum

namespace rostrum::gui {

class DashboardCharts;
class DashboardTableModel;

// Spend, latency, errors and limits per model: charts and a table of the same numbers, a range
// selector, gauges (rate limits, the debate's budget, the cache) and CSV export. It only shows:
// the numbers come from a DashboardLoader (SQLite, off the GUI thread); the gauges from the
// RateLimiter's state. Several widgets (dock, window) can share one loader.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Not owned. Null shows the empty state.
    void setLoader(DashboardLoader *loader);
    void setRateLimiter(RateLimiter *limiter);
    // The current debate's budget in USD (0: none).
    void setDebateBudget(double usd);

    // Shows a load's figures (what loader->loaded calls); public for tests and benchmarks. The
    // table, status and gauges change at once; the charts follow one per event-loop pass (a chart
    // whose axes change costs milliseconds to lay out: six at once stalled the GUI thread).
    void showData(const DashboardData &data);
    // True while charts still show an earlier result than shownData().
    bool isUpdatingCharts() const { return m_nextChart >= 0; }
    const DashboardData &shownData() const;

    DashboardCharts *charts() const { return m_charts; }
    DashboardTableModel *tableModel() const { return m_table; }
    DashboardRange range() const;
    void setRange(DashboardRange range);
    bool isShowingEmptyState() const;

    // Writes the table as CSV; false and *error when the file cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Parts of the constructor, one per area of the page.
    QHBoxLayout *makeRangeBar();
    QGridLayout *makeGauges();
    QStackedWidget *makePages();
    QWidget *makeChartsTab();
    QWidget *makeTableTab();
    void chooseCsvFile();
    void updateGauges();
    void updateTheme();
    void updateNextChart();

    QPointer<DashboardLoader> m_loader;
    QPointer<RateLimiter> m_limiter;
    double m_budgetUsd = 0;
    DashboardCharts *m_charts = nullptr;
    DashboardTableModel *m_table = nullptr;
    QComboBox *m_range = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_rpm = nullptr;
    QProgressBar *m_tpm = nullptr;
    QProgressBar *m_budget = nullptr;
    QLabel *m_cache = nullptr;
    QLabel *m_promptCache = nullptr; // the API's prompt cache: cached tokens and what they saved
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_gaugeTimer = nullptr;
    QMetaObject::Connection m_loadedConnection;
    int m_nextChart = -1; // the chart the next pass refills; -1: all are current
    // Passes left without chart work after a step, so that its paint has a pass of its own.
    static constexpr int kQuietPasses = 2;
    int m_quietPasses = 0;
    bool m_chartPassQueued = false;
};

} // namespace rostrum::gui
