#include "DashboardWidget.h"

#include "DashboardCharts.h"
#include "DashboardFormat.h"
#include "DashboardTableModel.h"

#include "flow/RateLimiter.h"
#include "store/DashboardLoader.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rostrum::gui {

namespace {

// A gauge of `used` against `limit`; an unknown limit says so instead of showing a full bar.
void setGauge(QProgressBar *bar, qint64 used, qint64 limit, const QString &withLimit, const QString &withoutLimit)
{
    if (limit > 0) {
        // QProgressBar counts in int: scale big token limits down together with their use.
        const double scale = limit > 1000000 ? double(limit) / 1000000.0 : 1.0;
        bar->setRange(0, int(double(limit) / scale));
        bar->setValue(int(std::min<double>(double(used), double(limit)) / scale));
        bar->setFormat(withLimit);
    } else {
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(withoutLimit);
    }
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    // The helpers run in this order because it is the order the widgets are created in, which
    // decides the focus chain.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(makeRangeBar());
    layout->addLayout(makeGauges());
    layout->addWidget(makePages(), 1);

    m_gaugeTimer = new QTimer(this);
    m_gaugeTimer->setSingleShot(true);
    m_gaugeTimer->setInterval(250); // the limiter changes per request: repaint gauges at most 4 times a second
    connect(m_gaugeTimer, &QTimer::timeout, this, &DashboardWidget::updateGauges);

    connect(m_range, &QComboBox::activated, this, [this] {
        if (!m_loader)
            return;
        DashboardFilter f = m_loader->filter();
        f.range = range();
        m_loader->setFilter(f);
        m_status->setText(tr("Loading…"));
    });
    connect(m_export, &QPushButton::clicked, this, &DashboardWidget::chooseCsvFile);

    updateTheme();
    showData(DashboardData {});
    updateGauges();
}

QHBoxLayout *DashboardWidget::makeRangeBar()
{
    auto *bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    for (DashboardRange r : DashboardFilter::ranges())
        m_range->addItem(DashboardFormat::rangeLabel(r), int(r));
    m_range->setCurrentIndex(m_range->findData(int(DashboardRange::Today)));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setToolTip(tr("Save the table of this range as a CSV file"));
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    return bar;
}

QGridLayout *DashboardWidget::makeGauges()
{
    auto *gauges = new QGridLayout;
    auto makeGauge = [this](const char *name, const QString &tip) {
        auto *g = new QProgressBar(this);
        g->setObjectName(QString::fromLatin1(name));
        g->setToolTip(tip);
        g->setTextVisible(true);
        return g;
    };
    m_rpm = makeGauge("gaugeRequests", tr("Requests in the last minute against the known limit"));
    m_tpm = makeGauge("gaugeTokens", tr("Tokens in the last minute against the known limit"));
    m_budget = makeGauge("gaugeBudget", tr("What the current debate has cost against its budget"));
    m_cache = new QLabel(this);
    m_cache->setObjectName(QStringLiteral("gaugeCache"));
    m_promptCache = new QLabel(this);
    m_promptCache->setObjectName(QStringLiteral("gaugePromptCache"));
    m_promptCache->setToolTip(tr("Prompt tokens the API served from its prompt cache, billed at a lower price, "
                                 "and what that saved against the full input price"));
    gauges->addWidget(new QLabel(tr("Requests/min"), this), 0, 0);
    gauges->addWidget(m_rpm, 0, 1);
    gauges->addWidget(new QLabel(tr("Tokens/min"), this), 0, 2);
    gauges->addWidget(m_tpm, 0, 3);
    gauges->addWidget(new QLabel(tr("Debate budget"), this), 1, 0);
    gauges->addWidget(m_budget, 1, 1);
    gauges->addWidget(new QLabel(tr("Cache"), this), 1, 2);
    gauges->addWidget(m_cache, 1, 3);
    gauges->addWidget(new QLabel(tr("Prompt cache"), this), 2, 2);
    gauges->addWidget(m_promptCache, 2, 3);
    gauges->setColumnStretch(1, 1);
    gauges->setColumnStretch(3, 1);
    return gauges;
}

QStackedWidget *DashboardWidget::makePages()
{
    m_pages = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_empty);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeChartsTab(), tr("Charts"));
    m_tabs->addTab(makeTableTab(), tr("Table"));
    m_pages->addWidget(m_tabs);
    return m_pages;
}

QWidget *DashboardWidget::makeChartsTab()
{
    auto *chartsPage = new QWidget;
    auto *grid = new QGridLayout(chartsPage);
    m_charts = new DashboardCharts(chartsPage);
    const QList<QChartView *> views = m_charts->views();
    for (int i = 0; i < views.size(); ++i) {
        // Hidden until its chart first has data (updateNextChart): showing the page would otherwise
        // resize, lay out and paint all six charts in one pass (15-20 ms). Their places are kept.
        QSizePolicy policy = views.at(i)->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        views.at(i)->setSizePolicy(policy);
        views.at(i)->hide();
        grid->addWidget(views.at(i), i / 2, i % 2);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsPage);
    return scroll;
}

QWidget *DashboardWidget::makeTableTab()
{
    m_table = new DashboardTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_table);
    proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dashboardTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return m_view;
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setLoader(DashboardLoader *loader)
{
    disconnect(m_loadedConnection);
    m_loader = loader;
    if (!loader) {
        showData(DashboardData {});
        return;
    }
    m_loadedConnection = connect(loader, &DashboardLoader::loaded, this, &DashboardWidget::showData);
    if (loader->data().filter.now.isValid()) {
        showData(loader->data());
    } else {
        DashboardFilter f = loader->filter();
        f.range = range();
        loader->setFilter(f);
    }
}

void DashboardWidget::setRateLimiter(RateLimiter *limiter)
{
    if (m_limiter)
        disconnect(m_limiter, nullptr, this, nullptr);
    m_limiter = limiter;
    if (limiter) {
        connect(limiter, &RateLimiter::stateChanged, this, [this] {
            if (!m_gaugeTimer->isActive())
                m_gaugeTimer->start();
        });
    }
    updateGauges();
}

void DashboardWidget::setDebateBudget(double usd)
{
    m_budgetUsd = usd;
    updateGauges();
}

const DashboardData &DashboardWidget::shownData() const
{
    return m_table->dashboardData();
}

DashboardRange DashboardWidget::range() const
{
    return DashboardRange(m_range->currentData().toInt());
}

void DashboardWidget::setRange(DashboardRange r)
{
    m_range->setCurrentIndex(m_range->findData(int(r)));
    Q_EMIT m_range->activated(m_range->currentIndex());
}

bool DashboardWidget::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void DashboardWidget::showData(const DashboardData &data)
{
    const int idx = m_range->findData(int(data.filter.range));
    if (data.filter.now.isValid() && idx >= 0 && idx != m_range->currentIndex())
        m_range->setCurrentIndex(idx); // another view of the same loader changed the range
    m_table->setDashboard(data);
    if (data.isEmpty()) {
        const bool noDebate = data.filter.range == DashboardRange::ThisDebate && data.filter.debateId.isEmpty();
        m_empty->setText(noDebate ? tr("<h3>No debate yet</h3><p>Start a debate: its requests will appear here "
                                       "as they finish.</p>")
                                  : tr("<h3>No requests yet</h3><p>Requests in this range will appear here as they "
                                       "finish: spend, latency, errors and limits per model.</p>"));
        m_pages->setCurrentWidget(m_empty);
        m_export->setEnabled(false);
        m_nextChart = -1;
    } else {
        // A newer result restarts the round: every chart ends up showing the same, latest one.
        m_nextChart = 0;
        m_quietPasses = std::max(m_quietPasses, kQuietPasses); // the table and status paint first
        if (!m_chartPassQueued) {
            m_chartPassQueued = true;
            QMetaObject::invokeMethod(this, &DashboardWidget::updateNextChart, Qt::QueuedConnection);
        }
        m_pages->setCurrentWidget(m_tabs);
        m_export->setEnabled(true);
    }
    m_status->setText(
        data.filter.now.isValid()
            ? tr("%n request(s), %1", nullptr, int(data.total.requests)).arg(DashboardFormat::usd(data.total.costUsd))
            : QString());
    updateGauges();
}

void DashboardWidget::updateNextChart()
{
    m_chartPassQueued = false;
    if (m_nextChart < 0)
        return;
    if (m_quietPasses > 0) {
        // The previous step's paint (queued by the chart's scene, then by the window) lands in
        // these passes: a chart update in the same pass would add its milliseconds to the paint's.
        --m_quietPasses;
        m_chartPassQueued = true;
        QMetaObject::invokeMethod(this, &DashboardWidget::updateNextChart, Qt::QueuedConnection);
        return;
    }
    const auto chart = DashboardCharts::Chart(m_nextChart);
    QChartView *view = m_charts->view(chart);
    if (view->isHidden()) {
        // A chart's first showing (its first resize, layout and paint) has a pass of its own.
        view->show();
    } else {
        if (m_charts->updateChart(chart, shownData()))
            ++m_nextChart;
    }
    m_quietPasses = kQuietPasses;
    if (m_nextChart >= DashboardCharts::ChartCount) {
        m_nextChart = -1;
        return;
    }
    // Queued: paints and input are served between two charts.
    m_chartPassQueued = true;
    QMetaObject::invokeMethod(this, &DashboardWidget::updateNextChart, Qt::QueuedConnection);
}

void DashboardWidget::updateGauges()
{
    if (m_limiter) {
        const RateLimiter::State s = m_limiter->state();
        setGauge(m_rpm, s.requestsLastMinute, s.limits.requestsPerMinute,
                 tr("%1 / %2").arg(DashboardFormat::count(s.requestsLastMinute),
                                   DashboardFormat::count(s.limits.requestsPerMinute)),
                 tr("%1 (no known limit)").arg(DashboardFormat::count(s.requestsLastMinute)));
        setGauge(m_tpm, s.tokensLastMinute, s.limits.tokensPerMinute,
                 tr("%1 / %2").arg(DashboardFormat::count(s.tokensLastMinute),
                                   DashboardFormat::count(s.limits.tokensPerMinute)),
                 tr("%1 (no known limit)").arg(DashboardFormat::count(s.tokensLastMinute)));
    } else {
        setGauge(m_rpm, 0, 0, {}, tr("not connected"));
        setGauge(m_tpm, 0, 0, {}, tr("not connected"));
    }
    const DashboardData &d = shownData();
    const double spent = d.debateCostUsd;
    if (m_budgetUsd > 0) {
        m_budget->setRange(0, 1000);
        m_budget->setValue(int(std::min(spent / m_budgetUsd, 1.0) * 1000.0));
        m_budget->setFormat(tr("%1 of %2").arg(DashboardFormat::usd(spent), DashboardFormat::usd(m_budgetUsd)));
    } else {
        m_budget->setRange(0, 1);
        m_budget->setValue(0);
        m_budget->setFormat(d.filter.debateId.isEmpty() ? tr("no debate")
                                                        : tr("%1 (no budget)").arg(DashboardFormat::usd(spent)));
    }
    const qint64 checked = d.total.cacheHits + d.total.cacheMisses;
    m_cache->setText(checked > 0 ? tr("%1 hit rate, %2 saved")
                                       .arg(DashboardFormat::percent(d.total.cacheHitRate()),
                                            DashboardFormat::usd(d.total.savingsUsd))
                                 : tr("not used yet"));
    m_promptCache->setText(d.total.cachedPromptTokens > 0
                               ? tr("%1 tokens cached, %2 saved")
                                     .arg(DashboardFormat::count(d.total.cachedPromptTokens),
                                          DashboardFormat::usd(d.total.promptCacheSavingsUsd))
                               : tr("no cached tokens yet"));
}

bool DashboardWidget::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_table->toCsv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DashboardWidget::chooseCsvFile()
{
    const QString name = QStringLiteral("rostrum-usage-%1.csv").arg(DashboardFilter::rangeKey(range()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export usage as CSV"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportCsv(path, &error) ? tr("Saved %1").arg(path) : tr("Could not save: %1").arg(error));
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateTheme();
    QWidget::changeEvent(event);
}

void DashboardWidget::updateTheme()
{
    if (m_charts)
        m_charts->setDark(palette().color(QPalette::Window).lightness() < 128);
}

} // namespace rostrum::gui
