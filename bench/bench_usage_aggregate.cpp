// Usage aggregation benchmark: fills a fresh database with 100,000 request rows (4 models, about
// a third with failed attempts) and times UsageStore::aggregate, the query behind `rostrum-cli usage`.
// Prints the best and median of several runs, in milliseconds.
#include "store/Database.h"
#include "store/UsageStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace rostrum;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = 7;
    QTextStream out(stdout);

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        out << "cannot open the database: " << db.lastError() << Qt::endl;
        return 1;
    }
    const QStringList models = {QStringLiteral("mistral-small-latest"), QStringLiteral("mistral-large-latest"),
                                QStringLiteral("codestral-latest"), QStringLiteral("ministral-8b-latest")};
    QRandomGenerator rng(42);
    QElapsedTimer fill;
    fill.start();
    db.write([&](QSqlDatabase &c) {
        for (int i = 0; i < rows; ++i) {
            UsageRecord r;
            r.model = models.at(int(rng.bounded(models.size())));
            r.startedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            r.attempts = 1 + int(rng.bounded(3));
            for (int a = 1; a < r.attempts; ++a)
                r.attemptErrors << (rng.bounded(2) ? ErrorClass::RateLimited : ErrorClass::Server);
            r.promptTokens = int(rng.bounded(8000));
            r.completionTokens = int(rng.bounded(2000));
            r.costUsd = (r.promptTokens * 0.15 + r.completionTokens * 0.6) / 1e6;
            r.latencyMs = 200 + rng.bounded(5000);
            r.ttftMs = 50 + rng.bounded(800);
            r.tokensPerSecond = 20 + rng.bounded(80);
            r.cacheChecked = rng.bounded(3) == 0;
            r.cached = r.cacheChecked && rng.bounded(5) == 0;
            if (!UsageStore::insert(c, r))
                return false;
        }
        return true;
    });
    db.flush();
    out << "filled " << rows << " rows in " << fill.elapsed() << " ms" << Qt::endl;

    QList<qint64> times;
    qint64 requests = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const UsageReport report = UsageStore::aggregate(db.connection());
        times << t.nsecsElapsed() / 1000;
        requests = report.total.requests + report.total.cacheHits;
    }
    std::sort(times.begin(), times.end());
    out << "aggregated " << requests << " rows: best " << QString::number(double(times.first()) / 1000.0, 'f', 1)
        << " ms, median " << QString::number(double(times.at(times.size() / 2)) / 1000.0, 'f', 1) << " ms over " << runs
        << " runs" << Qt::endl;
    return requests == rows ? 0 : 1;
}
