#include "DashboardCharts.h"

#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace rostrum::gui {

namespace {

// A round top above the highest bar or line (1, 2 or 5 times a power of ten), and a readable
// scale when everything is zero. Round tops change rarely, and an axis whose range does not
// change costs nothing to refresh (axis label layout is most of a chart update's time).
double axisTop(double max)
{
    if (max <= 0)
        return 1.0;
    const double raw = max * 1.05;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * p)
            return m * p;
    }
    return 10.0 * p;
}

void setTop(QValueAxis *axis, double top)
{
    if (axis->min() != 0.0 || axis->max() != top)
        axis->setRange(0, top);
}

struct TimeRange
{
    QDateTime from;
    QDateTime to;
    QString format;
};

// A single instant still gets a visible span. Both ends are rounded to a round step of about a
// tenth of the span (which itself changes only when the span crosses a step), so the axis and its
// labels change now and then as requests arrive, not on every refresh.
TimeRange roundedTimeRange(qint64 firstMs, qint64 lastMs)
{
    const qint64 span = std::max<qint64>(lastMs - firstMs, 1000);
    qint64 step = 1000;
    for (qint64 s : {1000LL, 5000LL, 10000LL, 30000LL, 60000LL, 300000LL, 600000LL, 1800000LL, 3600000LL, 6 * 3600000LL,
                     12 * 3600000LL, 24 * 3600000LL, 7 * 24 * 3600000LL, 30 * 24 * 3600000LL}) {
        if (s * 10 <= span)
            step = s;
    }
    const QString format = span < 10LL * 60 * 1000 ? QStringLiteral("HH:mm:ss")
        : span < 24LL * 60 * 60 * 1000             ? QStringLiteral("HH:mm")
                                                   : QStringLiteral("dd MMM");
    return {QDateTime::fromMSecsSinceEpoch(firstMs / step * step),
            QDateTime::fromMSecsSinceEpoch((lastMs / step + 1) * step), format};
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *viewParent)
    : QObject(viewParent)
{
    QChart *spend = makeChart(Spend, tr("Cumulative spend"));
    m_timeAxis = new QDateTimeAxis(spend);
    m_timeAxis->setFormat(QStringLiteral("dd MMM HH:mm"));
    m_timeAxis->setTickCount(4);
    m_spendAxis = new QValueAxis(spend);
    m_spendAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_spendAxis->setTitleText(tr("US$"));
    m_spendAxis->setMin(0);
    spend->addAxis(m_timeAxis, Qt::AlignBottom);
    spend->addAxis(m_spendAxis, Qt::AlignLeft);

    const auto usd = [](double v) {
        return DashboardFormat::usd(v);
    };
    const auto ms = [](double v) {
        return DashboardFormat::ms(qint64(std::llround(v)));
    };
    const auto count = [](double v) {
        return DashboardFormat::count(qint64(std::llround(v)));
    };
    makeBars(Cost, tr("Cost per model"), false, {tr("Cost")}, usd);
    makeBars(Latency, tr("Latency per model"), false,
             {tr("Latency p50"), tr("Latency p95"), tr("Time to first token p50"), tr("Time to first token p95")}, ms);
    QStringList buckets;
    for (ErrorBucket b : DashboardData::buckets())
        buckets << DashboardFormat::bucketLabel(b);
    makeBars(Errors, tr("Errors per model"), true, buckets, count);
    makeBars(Speed, tr("Speed per model"), false, {tr("Tokens per second")},
             [](double v) { return DashboardFormat::tokensPerSecond(v); });
    // A constant title: one that counted hits changed on every refresh, and a new title lays the
    // whole chart out again (hits and savings are in the cache gauge and the table).
    makeBars(Cache, tr("Cache hit rate"), false, {tr("Hit rate")},
             [](double v) { return DashboardFormat::percent(v / 100.0); });
    m_bars[Cost].y->setTitleText(tr("US$"));
    m_bars[Latency].y->setTitleText(tr("ms"));
    m_bars[Speed].y->setTitleText(tr("tok/s"));
    m_bars[Cache].y->setTitleText(tr("%"));
}

QChart *DashboardCharts::makeChart(Chart chart, const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->setLocalizeNumbers(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setAnimationOptions(QChart::NoAnimation); // live refreshes must not queue animations
    auto *view = new QChartView(c, qobject_cast<QWidget *>(parent()));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 220);
    static const char *const names[ChartCount] = {"spendChart",  "costChart",  "latencyChart",
                                                  "errorsChart", "speedChart", "cacheChart"};
    view->setObjectName(QString::fromLatin1(names[chart]));
    m_views[chart] = view;
    return c;
}

void DashboardCharts::makeBars(Chart chart, const QString &title, bool stacked, const QStringList &setLabels,
                               std::function<QString(double)> format)
{
    QChart *c = makeChart(chart, title);
    Bars b;
    b.series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(c))
                       : static_cast<QAbstractBarSeries *>(new QBarSeries(c));
    b.format = std::move(format);
    for (const QString &label : setLabels) {
        auto *set = new QBarSet(label, b.series);
        b.series->append(set);
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), barToolTip(set, index));
            else
                QToolTip::hideText();
        });
    }
    c->addSeries(b.series);
    b.x = new QBarCategoryAxis(c);
    b.y = new QValueAxis(c);
    b.y->setRange(0, 1);
    b.y->setTickCount(6);
    // Whole numbers for counts, milliseconds and speeds (QValueAxis formats a double).
    if (chart == Errors || chart == Latency || chart == Speed || chart == Cache)
        b.y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(b.x, Qt::AlignBottom);
    c->addAxis(b.y, Qt::AlignLeft);
    b.series->attachAxis(b.x);
    b.series->attachAxis(b.y);
    // One set says nothing a title does not: keep the legend for multi-set charts only.
    c->legend()->setVisible(setLabels.size() > 1);
    m_bars.insert(chart, b);
}

QList<QChartView *> DashboardCharts::views() const
{
    return QList<QChartView *>(std::begin(m_views), std::end(m_views));
}

QList<QBarSet *> DashboardCharts::barSets(Chart chart) const
{
    const auto it = m_bars.constFind(chart);
    return it == m_bars.cend() ? QList<QBarSet *>() : it->series->barSets();
}

QStringList DashboardCharts::categories(Chart chart) const
{
    const auto it = m_bars.constFind(chart);
    return it == m_bars.cend() ? QStringList() : it->models;
}

QStringList DashboardCharts::axisLabels(const QStringList &models)
{
    QStringList labels;
    labels.reserve(models.size());
    for (const QString &model : models) {
        QString label = model;
        if (label.endsWith(QLatin1String("-latest")) && label.size() > 7)
            label.chop(7);
        if (label.startsWith(QLatin1String("mistral-")) && label.size() > 8)
            label.remove(0, 8);
        labels << label;
    }
    // Categories must be distinct: names that shorten alike keep their full form.
    if (QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size())
        return models;
    return labels;
}

QString DashboardCharts::barToolTip(QBarSet *set, int index) const
{
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        if (!it->series->barSets().contains(set))
            continue;
        const QString model = index >= 0 && index < it->models.size() ? it->models.at(index) : QString();
        return tr("%1 — %2: %3").arg(model, set->label(), it->format(set->at(index)));
    }
    return {};
}

bool DashboardCharts::fillBars(Chart chart, const QStringList &models, const QList<QList<double>> &values)
{
    Bars &b = m_bars[chart];
    const QList<QBarSet *> sets = b.series->barSets();
    double max = 0;
    for (int s = 0; s < sets.size(); ++s) {
        QBarSet *set = sets.at(s);
        const QList<double> &v = values.at(s);
        // Refill in place: same count -> replace values; otherwise rebuild the set's values.
        if (set->count() != v.size()) {
            set->remove(0, set->count());
            set->append(v);
        } else {
            for (int i = 0; i < v.size(); ++i) {
                if (set->at(i) != v.at(i))
                    set->replace(i, v.at(i));
            }
        }
    }
    if (chart == Errors) {
        for (int i = 0; i < models.size(); ++i) {
            double stack = 0;
            for (const QList<double> &v : values)
                stack += v.at(i);
            max = std::max(max, stack);
        }
    } else {
        for (const QList<double> &v : values) {
            for (double x : v)
                max = std::max(max, x);
        }
    }
    const double top = chart == Cache ? 100.0 : axisTop(max); // a rate: always out of 100 %
    if (b.models != models) {
        // New categories and a new value range each lay the chart out again (1-2.5 ms each, the
        // first time a chart is filled): the value axis follows in the next call.
        b.models = models;
        b.x->setCategories(axisLabels(models));
        if (b.y->min() != 0.0 || b.y->max() != top)
            return false;
    }
    setTop(b.y, top);
    return true;
}

void DashboardCharts::addSpendLine(const QString &model)
{
    QChart *c = m_views[Spend]->chart();
    auto *line = new QLineSeries(c);
    line->setName(model);
    c->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_spendAxis);
    connect(line, &QLineSeries::hovered, this, [line](const QPointF &p, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(p.x()));
        QToolTip::showText(
            QCursor::pos(),
            tr("%1 — %2: %3")
                .arg(line->name(), QLocale().toString(at, QLocale::ShortFormat), DashboardFormat::usd(p.y())));
    });
    m_lines.insert(model, line);
}

bool DashboardCharts::syncSpendLines(const DashboardData &data)
{
    QChart *c = m_views[Spend]->chart();
    // Lines of models that left the range go; new ones are added; the rest are refilled.
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (!data.cumulativeSpend.contains(it.key())) {
            c->removeSeries(it.value());
            delete it.value();
            it = m_lines.erase(it);
        } else {
            ++it;
        }
    }
    // New lines are added empty, in a pass of their own: adding six series with their legend
    // entries costs about as much as filling them.
    bool added = false;
    for (auto it = data.cumulativeSpend.cbegin(); it != data.cumulativeSpend.cend(); ++it) {
        if (!m_lines.contains(it.key())) {
            addSpendLine(it.key());
            added = true;
        }
    }
    return added;
}

bool DashboardCharts::updateSpendAxes(const DashboardData &data)
{
    double max = 0;
    for (const QList<SpendPoint> &line : data.cumulativeSpend) {
        for (const SpendPoint &p : line)
            max = std::max(max, p.cumulativeUsd);
    }
    TimeRange range {m_timeAxis->min(), m_timeAxis->max(), m_timeAxis->format()};
    if (data.firstMs >= 0)
        range = roundedTimeRange(data.firstMs, data.lastMs);
    const double top = axisTop(max);
    // Small amounts need more decimals to show any scale at all.
    const QString valueFormat = max < 0.1 ? QStringLiteral("%.4f") : QStringLiteral("%.2f");
    const bool timeChanges =
        m_timeAxis->min() != range.from || m_timeAxis->max() != range.to || m_timeAxis->format() != range.format;
    const bool valueChanges =
        m_spendAxis->min() != 0.0 || m_spendAxis->max() != top || m_spendAxis->labelFormat() != valueFormat;
    if (!timeChanges && !valueChanges)
        return false;
    // Every axis change redraws every line at once (path and hover shape of each point: most of
    // a range switch's time here). Emptied first, the lines are drawn once, with their new points.
    for (QLineSeries *line : std::as_const(m_lines))
        line->clear();
    // Each axis lays the whole chart out again inside its setRange (1-3 ms each): the time axis
    // changes in one call, the value axis in the next, the lines are refilled in a third. The
    // view does not paint the half-done chart in between (updateChart).
    if (timeChanges) {
        if (m_timeAxis->format() != range.format)
            m_timeAxis->setFormat(range.format);
        if (m_timeAxis->min() != range.from || m_timeAxis->max() != range.to)
            m_timeAxis->setRange(range.from, range.to);
    } else {
        if (m_spendAxis->labelFormat() != valueFormat)
            m_spendAxis->setLabelFormat(valueFormat);
        setTop(m_spendAxis, top);
    }
    return true;
}

void DashboardCharts::fillSpendLines(const DashboardData &data)
{
    for (auto it = data.cumulativeSpend.cbegin(); it != data.cumulativeSpend.cend(); ++it) {
        QLineSeries *line = m_lines.value(it.key());
        QList<QPointF> points;
        points.reserve(it.value().size());
        for (const SpendPoint &p : it.value())
            points.append(QPointF(double(p.ms), p.cumulativeUsd));
        // Markers on a few points say where the buckets are; on a hundred they only cost paint
        // time (every marker is an antialiased ellipse) and hide the line.
        const bool markers = points.size() <= 40;
        if (line->pointsVisible() != markers)
            line->setPointsVisible(markers);
        line->replace(points);
    }
}

bool DashboardCharts::updateSpend(const DashboardData &data)
{
    // Each step that changes the chart ends this pass; the caller calls again until the lines are filled.
    if (syncSpendLines(data) || updateSpendAxes(data))
        return false;
    fillSpendLines(data);
    return true;
}

void DashboardCharts::update(const DashboardData &data)
{
    for (int c = 0; c < ChartCount; ++c) {
        while (!updateChart(Chart(c), data)) { }
    }
}

bool DashboardCharts::updateChart(Chart chart, const DashboardData &data)
{
    bool done = true;
    if (chart == Spend) {
        done = updateSpend(data);
    } else {
        QStringList models;
        QList<QList<double>> values;
        for (const DashboardModelFigures &f : data.models)
            models << f.model;
        auto column = [&data](auto value) {
            QList<double> v;
            v.reserve(data.models.size());
            for (const DashboardModelFigures &f : data.models)
                v << value(f);
            return v;
        };
        switch (chart) {
        case Cost:
            values = {column([](const DashboardModelFigures &f) { return f.costUsd; })};
            break;
        case Latency:
            values = {column([](const DashboardModelFigures &f) { return double(f.latency.p50); }),
                      column([](const DashboardModelFigures &f) { return double(f.latency.p95); }),
                      column([](const DashboardModelFigures &f) { return double(f.ttft.p50); }),
                      column([](const DashboardModelFigures &f) { return double(f.ttft.p95); })};
            break;
        case Errors:
            for (int b = 0; b < kErrorBucketCount; ++b)
                values << column([b](const DashboardModelFigures &f) { return double(f.errors[size_t(b)]); });
            break;
        case Speed:
            values = {column([](const DashboardModelFigures &f) { return f.tokensPerSecond; })};
            break;
        case Cache:
            values = {column([](const DashboardModelFigures &f) { return f.cacheHitRate() * 100.0; })};
            break;
        default:
            return true;
        }
        done = fillBars(chart, models, values);
    }
    // Lay out now (a no-op when nothing moved) rather than in the deferred layout request.
    if (QGraphicsLayout *layout = m_views[chart]->chart()->layout())
        layout->activate();
    // A chart done in several calls is not painted half-done: one paint, of the finished chart.
    if (m_views[chart]->updatesEnabled() != done)
        m_views[chart]->setUpdatesEnabled(done);
    return done;
}

void DashboardCharts::setDark(bool dark)
{
    m_dark = dark;
    for (QChartView *v : m_views) {
        v->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        v->chart()->setAnimationOptions(QChart::NoAnimation);
    }
}

} // namespace rostrum::gui
