#include "clock/ManualClock.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardTableModel.h"
#include "dashboard/DashboardWidget.h"
#include "GuiTestBase.h"
#include "store/DashboardLoader.h"
#include "store/Database.h"
#include "store/UsageStore.h"
#include "usage/DashboardData.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace rostrum;
using namespace rostrum::gui;
using namespace rostrum::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

QList<UsageRecord> sampleRecords()
{
    QList<UsageRecord> out;
    const QStringList models = {QStringLiteral("mistral-large-latest"), QStringLiteral("mistral-small-latest")};
    for (int i = 0; i < 20; ++i) {
        UsageRecord r;
        r.requestId = QStringLiteral("r%1").arg(i);
        r.model = models.at(i % 2);
        r.startedAt = kNow.addSecs(-3600 + i * 60);
        r.promptTokens = 1000;
        r.completionTokens = 100;
        r.costUsd = i % 2 ? 0.001 : 0.01;
        r.latencyMs = 500 + 10 * i;
        r.ttftMs = 100 + i;
        r.tokensPerSecond = 40;
        r.attempts = 1;
        r.cacheChecked = true;
        if (i == 3) {
            r.attempts = 2;
            r.attemptErrors = {ErrorClass::Timeout};
        }
        out << r;
    }
    return out;
}

DashboardData sampleData()
{
    DashboardFilter f;
    f.range = DashboardRange::Today;
    f.now = kNow;
    return DashboardData::fromRecords(sampleRecords(), f);
}

} // namespace

class TestDashboardWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void tableModelIsSound()
    {
        DashboardTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDashboard(sampleData());
        QCOMPARE(model.rowCount(), 3); // two models and the total
        QCOMPARE(model.columnCount(), int(DashboardTableModel::ColumnCount));
        QCOMPARE(model.index(0, DashboardTableModel::Model).data().toString(), QStringLiteral("mistral-large-latest"));
        QCOMPARE(model.index(2, DashboardTableModel::Model).data().toString(), QStringLiteral("All models"));
        QCOMPARE(model.index(0, DashboardTableModel::CostUsd).data().toString(), QStringLiteral("$0.10"));
        QCOMPARE(model.index(1, DashboardTableModel::CostUsd).data().toString(), QStringLiteral("$0.01"));
        QCOMPARE(model.index(0, DashboardTableModel::LatencyP50).data().toString(), QStringLiteral("580 ms"));
        QCOMPARE(model.index(1, DashboardTableModel::ErrorsTimeout).data(Qt::UserRole).toLongLong(), 1);
        QCOMPARE(model.index(2, DashboardTableModel::Requests).data(Qt::UserRole).toLongLong(), 20);
        QCOMPARE(model.index(0, DashboardTableModel::CacheHitRate).data().toString(), QStringLiteral("0 %"));
        model.setDashboard(DashboardData {});
        QCOMPARE(model.rowCount(), 0);
    }

    void currencyFollowsTheLocale()
    {
        QCOMPARE(DashboardFormat::usd(1234.5, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("$1,234.50"));
        QCOMPARE(DashboardFormat::usd(0.0012, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("$0.0012"));
        const QString fr = DashboardFormat::usd(1234.5, QLocale(QLocale::French, QLocale::France));
        QVERIFY2(fr.contains(QStringLiteral("234,50")) && fr.contains(QLatin1Char('$')), qPrintable(fr));
    }

    void csvExport()
    {
        DashboardTableModel model;
        model.setDashboard(sampleData());
        const QList<QByteArray> lines = model.toCsv().split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 rows, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("model,requests,failed_requests,prompt_tokens"));
        QVERIFY(lines.at(0).contains("errors_rate_limited"));
        QVERIFY(lines.at(1).startsWith("mistral-large-latest,10,0,10000,1000,0.1,"));
        QVERIFY(lines.at(3).startsWith("(total),20,0,20000,2000,0.11,"));
        QVERIFY(lines.at(1).endsWith("\r"));

        DashboardWidget w;
        w.showData(sampleData());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.csv"));
        QString error;
        QVERIFY2(w.exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), model.toCsv());
        QVERIFY(!w.exportCsv(dir.filePath(QStringLiteral("missing/dir/usage.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyStateThenCharts()
    {
        DashboardWidget w;
        w.resize(900, 700);
        w.show();
        QVERIFY(w.isShowingEmptyState());
        auto *empty = w.findChild<QLabel *>(QStringLiteral("dashboardEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No requests yet")));

        w.showData(sampleData());
        QVERIFY(!w.isShowingEmptyState());
        // The table at once, the charts one per event-loop pass after it.
        QCOMPARE(w.tableModel()->dashboardData().models.size(), 2);
        QVERIFY(w.isUpdatingCharts());
        QTRY_VERIFY(!w.isUpdatingCharts());
        DashboardCharts *charts = w.charts();
        QCOMPARE(charts->categories(DashboardCharts::Cost),
                 (QStringList {QStringLiteral("mistral-large-latest"), QStringLiteral("mistral-small-latest")}));
        QCOMPARE(charts->barSets(DashboardCharts::Cost).at(0)->at(0), 0.1);
        QCOMPARE(charts->barSets(DashboardCharts::Latency).size(), 4);
        QCOMPARE(charts->barSets(DashboardCharts::Errors).at(int(ErrorBucket::Timeout))->at(1), 1.0);
        QLineSeries *line = charts->spendLine(QStringLiteral("mistral-small-latest"));
        QVERIFY(line);
        QCOMPARE(line->points().constFirst().y(), 0.0);
        QVERIFY(qAbs(line->points().constLast().y() - 0.01) < 1e-12);
        // Hovering shows exact, formatted values.
        QBarSet *cost = charts->barSets(DashboardCharts::Cost).at(0);
        QCOMPARE(charts->barToolTip(cost, 0), QStringLiteral("mistral-large-latest — Cost: $0.10"));

        // A range with fewer models drops the others' series.
        DashboardData one = sampleData();
        one.models.removeLast();
        one.cumulativeSpend.remove(QStringLiteral("mistral-small-latest"));
        w.showData(one);
        QTRY_VERIFY(!w.isUpdatingCharts());
        QVERIFY(!charts->spendLine(QStringLiteral("mistral-small-latest")));
        QCOMPARE(charts->categories(DashboardCharts::Cost).size(), 1);
    }

    void axisLabelsAreShortAndDistinct_data()
    {
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("mistral models") << QStringList {QStringLiteral("mistral-large-latest"),
                                                        QStringLiteral("codestral-latest"),
                                                        QStringLiteral("ministral-8b-latest")}
                                        << QStringList {QStringLiteral("large"), QStringLiteral("codestral"),
                                                        QStringLiteral("ministral-8b")};
        QTest::newRow("dated version kept")
            << QStringList {QStringLiteral("mistral-small-2503")} << QStringList {QStringLiteral("small-2503")};
        QTest::newRow("nothing left to shorten to")
            << QStringList {QStringLiteral("mistral-"), QStringLiteral("-latest")}
            << QStringList {QStringLiteral("mistral-"), QStringLiteral("-latest")};
        // Categories must be distinct: names that would shorten alike stay whole.
        QTest::newRow("clash") << QStringList {QStringLiteral("mistral-small-latest"), QStringLiteral("small")}
                               << QStringList {QStringLiteral("mistral-small-latest"), QStringLiteral("small")};
    }

    void axisLabelsAreShortAndDistinct()
    {
        QFETCH(QStringList, models);
        QFETCH(QStringList, labels);
        QCOMPARE(DashboardCharts::axisLabels(models), labels);
    }

    void chartsAppearWithTheirFirstData()
    {
        DashboardWidget w;
        w.resize(900, 700);
        w.show();
        for (QChartView *v : w.charts()->views())
            QVERIFY(!v->isVisible());
        w.showData(sampleData());
        QTRY_VERIFY(!w.isUpdatingCharts());
        for (QChartView *v : w.charts()->views())
            QVERIFY2(v->isVisible(), qPrintable(v->objectName()));
        // The bar axis writes short names; the models behind it keep their full names.
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            w.charts()->view(DashboardCharts::Cost)->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList {QStringLiteral("large"), QStringLiteral("small")}));
        QCOMPARE(w.charts()->spendLine(QStringLiteral("mistral-large-latest"))->name(),
                 QStringLiteral("mistral-large-latest"));
    }

    void chartWorkInSeveralCallsEndsWholeAndPainted()
    {
        QWidget parent;
        DashboardCharts charts(&parent);
        auto callsUntilDone = [&charts](DashboardCharts::Chart chart, const DashboardData &data) {
            int calls = 1;
            while (!charts.updateChart(chart, data)) {
                // A chart done in several calls is not painted half-done.
                if (charts.view(chart)->updatesEnabled())
                    return -1;
                ++calls;
            }
            return charts.view(chart)->updatesEnabled() ? calls : -1;
        };
        const DashboardData first = sampleData();
        auto *timeAxis =
            qobject_cast<QDateTimeAxis *>(charts.view(DashboardCharts::Spend)->chart()->axes(Qt::Horizontal).value(0));
        auto *spendAxis =
            qobject_cast<QValueAxis *>(charts.view(DashboardCharts::Spend)->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(timeAxis && spendAxis);
        // New lines, then the time axis, then the value axis, then the points: a call each.
        QCOMPARE(callsUntilDone(DashboardCharts::Spend, first), 4);
        QVERIFY(timeAxis->min().toMSecsSinceEpoch() <= first.firstMs);
        QVERIFY(timeAxis->max().toMSecsSinceEpoch() > first.lastMs);
        QCOMPARE(spendAxis->max(), 0.2); // the round top above $0.10
        QLineSeries *large = charts.spendLine(QStringLiteral("mistral-large-latest"));
        QCOMPARE(large->count(), first.cumulativeSpend.value(QStringLiteral("mistral-large-latest")).size());
        // The same data again changes nothing: one call.
        QCOMPARE(callsUntilDone(DashboardCharts::Spend, first), 1);
        // Ten times the spend over the same time: only the value axis changes, then the points.
        DashboardData tenfold = first;
        for (QList<SpendPoint> &line : tenfold.cumulativeSpend) {
            for (SpendPoint &p : line)
                p.cumulativeUsd *= 10;
        }
        QCOMPARE(callsUntilDone(DashboardCharts::Spend, tenfold), 2);
        QCOMPARE(spendAxis->max(), 2.0);
        QCOMPARE(large->points().constLast().y(),
                 tenfold.cumulativeSpend.value(QStringLiteral("mistral-large-latest")).constLast().cumulativeUsd);

        // A bar chart's new models: categories in one call, value range in the next.
        auto *costAxis =
            qobject_cast<QValueAxis *>(charts.view(DashboardCharts::Cost)->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(costAxis);
        QCOMPARE(callsUntilDone(DashboardCharts::Cost, first), 2);
        QCOMPARE(charts.categories(DashboardCharts::Cost).size(), 2);
        QCOMPARE(charts.barSets(DashboardCharts::Cost).at(0)->at(0), 0.1);
        QCOMPARE(costAxis->max(), 0.2);
        QCOMPARE(callsUntilDone(DashboardCharts::Cost, first), 1);
    }

    void darkPaletteGivesDarkCharts()
    {
        DashboardWidget w;
        QPalette dark = w.palette();
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, Qt::white);
        w.setPalette(dark);
        for (QChartView *v : w.charts()->views())
            QCOMPARE(v->chart()->theme(), QChart::ChartThemeDark);
        QPalette light = w.palette();
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        w.setPalette(light);
        QCOMPARE(w.charts()->view(DashboardCharts::Spend)->chart()->theme(), QChart::ChartThemeLight);
    }

    void liveFromADatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("d.sqlite"))));
        ManualClock clock;
        clock.setWallTime(kNow);
        DashboardLoader loader(&db, &clock);
        loader.setThrottleMs(200);
        QSignalSpy loaded(&loader, &DashboardLoader::loaded);
        DashboardWidget w;
        w.setLoader(&loader); // asks for the widget's range (Today)
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loader.filter().range, DashboardRange::Today);
        QVERIFY(w.isShowingEmptyState());

        // A burst of 100 finished requests: one refresh, and the widget shows them all.
        UsageStore store(&db);
        QList<UsageRecord> burst;
        for (int i = 0; i < 100; ++i) {
            UsageRecord r = sampleRecords().at(i % 20);
            r.requestId = QStringLiteral("b%1").arg(i);
            store.record(r);
            loader.scheduleRefresh();
        }
        clock.advance(200);
        QCOMPARE(loader.loadsStarted(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(w.shownData().total.requests, 100);
        QVERIFY(!w.isShowingEmptyState());

        // The range selector reloads for its range.
        auto *range = w.findChild<QComboBox *>(QStringLiteral("dashboardRange"));
        QVERIFY(range);
        range->setCurrentIndex(range->findData(int(DashboardRange::ThisDebate)));
        Q_EMIT range->activated(range->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
        QCOMPARE(w.shownData().filter.range, DashboardRange::ThisDebate);
        QVERIFY(w.isShowingEmptyState()); // no current debate
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("dashboardEmpty"))->text().contains(QStringLiteral("No debate")));
        db.flush();
    }

    void dockAndWindowInTheMainWindow()
    {
        QMainWindow window;
        QMenu view(QStringLiteral("View"));
        DashboardHost host(&window, &view);
        QCOMPARE(host.toggleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QVERIFY(view.actions().contains(host.toggleAction()));
        QVERIFY(view.actions().contains(host.windowAction()));
        window.show();
        QVERIFY(!host.dock()->isVisible());
        TRIGGER_ACTION(host.toggleAction(), "toggleDashboard");
        QVERIFY(host.dock()->isVisible());
        QCOMPARE(window.dockWidgetArea(host.dock()), Qt::BottomDockWidgetArea);
        QVERIFY(host.dockWidget()->isShowingEmptyState()); // nothing attached yet
        TRIGGER_ACTION(host.windowAction(), "dashboardWindow");
        QVERIFY(host.windowWidget());
        QVERIFY(host.windowWidget()->isWindow());
        QVERIFY(host.windowWidget()->isVisible());
        auto *rpm = host.dockWidget()->findChild<QProgressBar *>(QStringLiteral("gaugeRequests"));
        QVERIFY(rpm);
        QCOMPARE(rpm->format(), QStringLiteral("not connected"));
    }
};

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
