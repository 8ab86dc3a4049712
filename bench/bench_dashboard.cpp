// Dashboard refresh over 100,000 stored requests: how long the SQL load takes on the database's
// worker thread (off the GUI thread) and how long showing its result takes on the GUI thread.
// Usage: bench_dashboard [requests] [runs] [database file to keep and reuse]
// (QT_QPA_PLATFORM=offscreen works)
#include "dashboard/DashboardWidget.h"
#include "store/DashboardQuery.h"
#include "store/Database.h"
#include "store/UsageStore.h"
#include "usage/DashboardData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace rostrum;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// CPU time of the calling thread: what a pass costs, without the time other processes took the
// core away (this machine is shared; wall-clock passes include such preemptions).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double maxOf(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 15;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = argc > 3 && QFileInfo::exists(path);
    Database db;
    if (!db.open(path)) {
        out << "cannot open: " << db.lastError() << Qt::endl;
        return 1;
    }
    // Six models over 30 days, 5% retried attempts, 2% failures, 10% cache hits.
    const QStringList models = {QStringLiteral("mistral-small-latest"),    QStringLiteral("mistral-medium-latest"),
                                QStringLiteral("mistral-large-latest"),    QStringLiteral("codestral-latest"),
                                QStringLiteral("magistral-medium-latest"), QStringLiteral("ministral-8b-latest")};
    const QList<ErrorClass> classes = {ErrorClass::RateLimited, ErrorClass::Capacity, ErrorClass::Server,
                                       ErrorClass::Network,     ErrorClass::Timeout,  ErrorClass::StreamCut};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer fill;
    fill.start();
    QRandomGenerator rng(42);
    auto makeRecord = [&](int i) {
        UsageRecord r;
        r.requestId = QStringLiteral("r%1").arg(i);
        r.model = models.at(int(rng.bounded(models.size())));
        r.startedAt = now.addMSecs(-qint64(30) * 24 * 3600 * 1000 + qint64(i) * (qint64(30) * 24 * 3600 * 1000 / n));
        r.cacheChecked = true;
        r.cached = rng.bounded(10) == 0;
        if (r.cached) {
            r.savedUsd = 0.002;
        } else {
            r.attempts = 1;
            if (rng.bounded(20) == 0) {
                r.attempts = 2;
                r.attemptErrors << classes.at(int(rng.bounded(classes.size())));
            }
            if (rng.bounded(50) == 0) {
                r.finalError = ErrorClass::Server;
                r.attemptErrors << ErrorClass::Server;
            } else {
                r.promptTokens = int(rng.bounded(4000));
                r.completionTokens = int(rng.bounded(800));
                r.costUsd = rng.bounded(1000) / 100000.0;
                r.latencyMs = 200 + rng.bounded(5000);
                r.ttftMs = 80 + rng.bounded(900);
                r.tokensPerSecond = 20 + rng.bounded(80);
            }
        }
        return r;
    };
    db.write([&](QSqlDatabase &c) {
        if (reuse)
            return true;
        for (int i = 0; i < n; ++i) {
            if (!UsageStore::insert(c, makeRecord(i)))
                return false;
        }
        return true;
    });
    db.flush();
    out << "stored " << n << " requests in " << fill.elapsed() << " ms" << Qt::endl;

    rostrum::gui::DashboardWidget widget;
    widget.resize(1200, 900);
    widget.show();
    QCoreApplication::processEvents();

    // The loader keeps the rows it has read: the first load reads all of them (cold), each refresh
    // after that reads the requests stored since (here a burst of 100 completions) and aggregates.
    DashboardRows rows;
    {
        double readMs = 0;
        double aggregateMs = 0;
        bool direct = false;
        db.read(
            [&](QSqlDatabase &c) {
                direct = DashboardQuery::readsDirectly(c);
                QElapsedTimer q;
                q.start();
                DashboardQuery::update(c, rows);
                readMs = double(q.nsecsElapsed()) / 1e6;
                q.start();
                DashboardFilter all;
                all.now = now;
                const DashboardData d = rows.aggregate(all);
                aggregateMs = double(q.nsecsElapsed()) / 1e6;
                return QVariant::fromValue(d);
            },
            &widget, [](const QVariant &) {});
        db.flush();
        out << "first load (reads every row, off GUI thread): " << QString::number(readMs + aggregateMs, 'f', 1)
            << " ms for " << rows.size() << " rows (read " << QString::number(readMs, 'f', 1) << " ms"
            << (direct ? " through the SQLite C API" : " through QSqlQuery") << ", aggregate all "
            << QString::number(aggregateMs, 'f', 1) << " ms)" << Qt::endl;
    }
    int serial = n;
    for (DashboardRange range :
         {DashboardRange::All, DashboardRange::Last30Days, DashboardRange::Last7Days, DashboardRange::Today}) {
        QList<double> offThread;
        QList<double> showPass; // showData itself
        QList<double> longestPass; // the longest event-loop pass of the refresh, paints included
        QList<double> longestCpu; // the same pass's CPU time
        QList<double> maxCpu; // the pass that took the most CPU time (not always the longest in wall time)
        QList<double> guiTotal; // every pass until all charts are current, summed
        qint64 requests = 0;
        for (int run = 0; run < runs; ++run) {
            DashboardFilter filter;
            filter.range = range;
            filter.now = now;
            bool done = false;
            db.write([&](QSqlDatabase &c) {
                for (int i = 0; i < 100; ++i) {
                    UsageRecord r = makeRecord(serial++);
                    r.startedAt = QDateTime::currentDateTimeUtc();
                    if (!UsageStore::insert(c, r))
                        return false;
                }
                return true;
            });
            db.flush(); // the burst is stored before the refresh is timed
            // What DashboardLoader does: the query on the database's worker thread, the result
            // delivered to the GUI thread, shown there.
            double shown = 0;
            double shownCpu = 0;
            db.read(
                [&offThread, &rows, filter](QSqlDatabase &c) {
                    QElapsedTimer t;
                    t.start();
                    DashboardQuery::update(c, rows);
                    DashboardData d = rows.aggregate(filter);
                    offThread << double(t.nsecsElapsed()) / 1e6;
                    return QVariant::fromValue(d);
                },
                &widget,
                [&](const QVariant &v) {
                    QElapsedTimer t;
                    t.start();
                    const double cpu0 = threadCpuMs();
                    const DashboardData d = v.value<DashboardData>();
                    widget.showData(d);
                    shown = double(t.nsecsElapsed()) / 1e6;
                    shownCpu = threadCpuMs() - cpu0;
                    requests = d.total.requests;
                    done = true;
                });
            while (!done)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            // The passes that follow: one chart each (laid out at once) and the paints they cause,
            // timed one by one until the charts are current and two more passes find nothing to paint.
            double longest = shown;
            double cpuOfLongest = shownCpu;
            double mostCpu = shownCpu;
            double total = shown;
            int settled = 0;
            for (int pass = 0; pass < 100 && settled < 2; ++pass) {
                QElapsedTimer t;
                t.start();
                const double cpu0 = threadCpuMs();
                QCoreApplication::processEvents();
                const double ms = double(t.nsecsElapsed()) / 1e6;
                const double cpu = threadCpuMs() - cpu0;
                if (ms > longest) {
                    longest = ms;
                    cpuOfLongest = cpu;
                }
                mostCpu = std::max(mostCpu, cpu);
                total += ms;
                if (!widget.isUpdatingCharts())
                    ++settled;
            }
            showPass << shown;
            longestPass << longest;
            longestCpu << cpuOfLongest;
            maxCpu << mostCpu;
            guiTotal << total;
        }
        out << QStringLiteral(
                   "%1: %2 requests | off GUI thread: median %3 ms, max %4 ms | GUI thread: showData "
                   "median %5 ms, max %6; longest pass median %7 ms, max %8 ms (its CPU time: median %9, max %10); "
                   "most CPU in one pass median %11 ms, max %12 ms; all passes median %13 ms (%14 runs)")
                   .arg(DashboardFilter::rangeKey(range), -5)
                   .arg(requests)
                   .arg(median(offThread), 0, 'f', 1)
                   .arg(maxOf(offThread), 0, 'f', 1)
                   .arg(median(showPass), 0, 'f', 2)
                   .arg(maxOf(showPass), 0, 'f', 2)
                   .arg(median(longestPass), 0, 'f', 2)
                   .arg(maxOf(longestPass), 0, 'f', 2)
                   .arg(median(longestCpu), 0, 'f', 2)
                   .arg(maxOf(longestCpu), 0, 'f', 2)
                   .arg(median(maxCpu), 0, 'f', 2)
                   .arg(maxOf(maxCpu), 0, 'f', 2)
                   .arg(median(guiTotal), 0, 'f', 1)
                   .arg(runs)
            << Qt::endl;
    }
    return 0;
}
