#include "DashboardQuery.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rostrum {

namespace {

// The WHERE conditions of a filter on requests aliased r; bind() fills them in.
struct Where
{
    QString sql;
    qint64 since = -1;
    QString debate;
    bool none = false; // ThisDebate without a debate: nothing can match

    explicit Where(const DashboardFilter &f)
    {
        if (f.range == DashboardRange::ThisDebate) {
            none = f.debateId.isEmpty();
            debate = f.debateId;
            sql = QStringLiteral(" AND r.debate_id = :debate");
        } else {
            since = f.sinceMs();
            if (since >= 0)
                sql = QStringLiteral(" AND r.started_ms >= :since");
        }
    }
    void bind(QSqlQuery &q) const
    {
        if (!debate.isEmpty())
            q.bindValue(QStringLiteral(":debate"), debate);
        else if (since >= 0)
            q.bindValue(QStringLiteral(":since"), since);
    }
};

bool run(QSqlQuery &q, const QString &sql, const Where &where)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStore) << "dashboard query:" << q.lastError().text();
        return false;
    }
    where.bind(q);
    if (!q.exec()) {
        qCWarning(lcStore) << "dashboard query:" << q.lastError().text();
        return false;
    }
    return true;
}

struct Extra
{
    qint64 latencyN = 0;
    double latencySum = 0;
    qint64 ttftN = 0;
    double ttftSum = 0;
    qint64 tpsN = 0;
    double tpsSum = 0;
};

void addTo(DashboardModelFigures &t, const DashboardModelFigures &f)
{
    t.requests += f.requests;
    t.failedRequests += f.failedRequests;
    t.promptTokens += f.promptTokens;
    t.completionTokens += f.completionTokens;
    t.costUsd += f.costUsd;
    t.unpricedRequests += f.unpricedRequests;
    t.retries += f.retries;
    t.waitedMs += f.waitedMs;
    t.cacheHits += f.cacheHits;
    t.cacheMisses += f.cacheMisses;
    t.savedUsd += f.savedUsd;
    for (size_t i = 0; i < t.errors.size(); ++i)
        t.errors[i] += f.errors[i];
}

// Nearest-rank p50/p95/p99 of a column per model (and over all models under the key ""): the
// window functions rank in SQLite and only the three ranked rows per group come back.
void percentiles(QSqlDatabase &db, const char *column, const Where &where, bool perModel,
                 QHash<QString, LatencySummary> &out)
{
    const QString col = QString::fromLatin1(column);
    const QString part = perModel ? QStringLiteral("PARTITION BY r.model ") : QString();
    QSqlQuery q(db);
    const QString sql =
        QStringLiteral("SELECT m, v, rn, n FROM (SELECT %3 AS m, r.%1 AS v,"
                       " ROW_NUMBER() OVER (%2ORDER BY r.%1) AS rn, COUNT(*) OVER (%2) AS n"
                       " FROM requests r WHERE r.cached = 0 AND r.%1 >= 0%4)"
                       " WHERE rn = (50 * n + 99) / 100 OR rn = (95 * n + 99) / 100 OR rn = (99 * n + 99) / 100")
            .arg(col, part, perModel ? QStringLiteral("r.model") : QStringLiteral("''"), where.sql);
    if (!run(q, sql, where))
        return;
    while (q.next()) {
        LatencySummary &s = out[q.value(0).toString()];
        const qint64 v = q.value(1).toLongLong();
        const qint64 rank = q.value(2).toLongLong();
        const qint64 n = q.value(3).toLongLong();
        // One row can be the rank of several percentiles (small n): assign each that matches.
        if (rank == (50 * n + 99) / 100)
            s.p50 = v;
        if (rank == (95 * n + 99) / 100)
            s.p95 = v;
        if (rank == (99 * n + 99) / 100)
            s.p99 = v;
    }
}

} // namespace

DashboardData DashboardQuery::load(QSqlDatabase &db, const DashboardFilter &filter)
{
    DashboardData data;
    data.filter = filter;
    const Where where(filter);

    if (!filter.debateId.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT TOTAL(cost_usd) FROM requests WHERE debate_id = :d AND cached = 0"
                                 " AND cost_known = 1"));
        q.bindValue(QStringLiteral(":d"), filter.debateId);
        if (q.exec() && q.next())
            data.debateCostUsd = q.value(0).toDouble();
        else
            qCWarning(lcStore) << "dashboard debate cost:" << q.lastError().text();
    }
    if (where.none)
        return data;

    QMap<QString, DashboardModelFigures> byModel;
    QHash<QString, Extra> extras;
    {
        QSqlQuery q(db);
        const QString sql =
            QStringLiteral("SELECT r.model, SUM(r.cached = 0), SUM(r.cached = 0 AND r.status = 'error'),"
                           " SUM(CASE WHEN r.cached = 0 THEN r.prompt_tokens ELSE 0 END),"
                           " SUM(CASE WHEN r.cached = 0 THEN r.completion_tokens ELSE 0 END),"
                           " TOTAL(CASE WHEN r.cached = 0 AND r.cost_known = 1 THEN r.cost_usd ELSE 0 END),"
                           " SUM(r.cached = 0 AND r.cost_known = 0),"
                           " SUM(CASE WHEN r.cached = 0 AND r.attempts > 1 THEN r.attempts - 1 ELSE 0 END),"
                           " SUM(CASE WHEN r.cached = 0 THEN r.waited_ms ELSE 0 END),"
                           " SUM(r.cached), SUM(r.cache_checked = 1 AND r.cached = 0), TOTAL(r.saved_usd),"
                           " SUM(r.cached = 0 AND r.latency_ms >= 0),"
                           " TOTAL(CASE WHEN r.cached = 0 AND r.latency_ms >= 0 THEN r.latency_ms ELSE 0 END),"
                           " SUM(r.cached = 0 AND r.ttft_ms >= 0),"
                           " TOTAL(CASE WHEN r.cached = 0 AND r.ttft_ms >= 0 THEN r.ttft_ms ELSE 0 END),"
                           " SUM(r.cached = 0 AND r.tokens_per_s > 0),"
                           " TOTAL(CASE WHEN r.cached = 0 AND r.tokens_per_s > 0 THEN r.tokens_per_s ELSE 0 END),"
                           " MIN(r.started_ms), MAX(r.started_ms)"
                           " FROM requests r WHERE 1 = 1%1 GROUP BY r.model")
                .arg(where.sql);
        if (!run(q, sql, where))
            return data;
        while (q.next()) {
            DashboardModelFigures f;
            f.model = q.value(0).toString();
            f.requests = q.value(1).toLongLong();
            f.failedRequests = q.value(2).toLongLong();
            f.promptTokens = q.value(3).toLongLong();
            f.completionTokens = q.value(4).toLongLong();
            f.costUsd = q.value(5).toDouble();
            f.unpricedRequests = q.value(6).toLongLong();
            f.retries = q.value(7).toLongLong();
            f.waitedMs = q.value(8).toLongLong();
            f.cacheHits = q.value(9).toLongLong();
            f.cacheMisses = q.value(10).toLongLong();
            f.savedUsd = q.value(11).toDouble();
            Extra x {q.value(12).toLongLong(), q.value(13).toDouble(),   q.value(14).toLongLong(),
                     q.value(15).toDouble(),   q.value(16).toLongLong(), q.value(17).toDouble()};
            const qint64 first = q.value(18).toLongLong();
            const qint64 last = q.value(19).toLongLong();
            data.firstMs = data.firstMs < 0 ? first : std::min(data.firstMs, first);
            data.lastMs = std::max(data.lastMs, last);
            extras.insert(f.model, x);
            byModel.insert(f.model, f);
        }
    }
    if (byModel.isEmpty())
        return data;

    {
        QSqlQuery q(db);
        const QString sql = QStringLiteral("SELECT r.model, x.error_class, COUNT(*) FROM request_errors x"
                                           " JOIN requests r ON r.id = x.request_row"
                                           " WHERE x.error_class <> 'cancelled'%1 GROUP BY 1, 2")
                                .arg(where.sql);
        if (run(q, sql, where)) {
            while (q.next()) {
                auto it = byModel.find(q.value(0).toString());
                if (it != byModel.end())
                    it->errors[size_t(DashboardData::bucketOf(q.value(1).toString()))] += q.value(2).toLongLong();
            }
        }
    }

    QHash<QString, LatencySummary> latency;
    QHash<QString, LatencySummary> ttft;
    percentiles(db, "latency_ms", where, true, latency);
    percentiles(db, "ttft_ms", where, true, ttft);
    percentiles(db, "latency_ms", where, false, latency);
    percentiles(db, "ttft_ms", where, false, ttft);

    Extra all;
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        DashboardModelFigures &f = it.value();
        const Extra x = extras.value(f.model);
        f.latency = latency.value(f.model);
        f.latency.count = x.latencyN;
        f.latency.avg = x.latencyN > 0 ? x.latencySum / double(x.latencyN) : 0.0;
        f.ttft = ttft.value(f.model);
        f.ttft.count = x.ttftN;
        f.ttft.avg = x.ttftN > 0 ? x.ttftSum / double(x.ttftN) : 0.0;
        f.tokensPerSecond = x.tpsN > 0 ? x.tpsSum / double(x.tpsN) : 0.0;
        addTo(data.total, f);
        all.latencyN += x.latencyN;
        all.latencySum += x.latencySum;
        all.ttftN += x.ttftN;
        all.ttftSum += x.ttftSum;
        all.tpsN += x.tpsN;
        all.tpsSum += x.tpsSum;
        data.models.append(f);
    }
    // The key "" holds the percentiles over every model; a model named "" cannot exist (NOT NULL,
    // and the API refuses it), so it cannot collide.
    data.total.latency = latency.value(QString());
    data.total.latency.count = all.latencyN;
    data.total.latency.avg = all.latencyN > 0 ? all.latencySum / double(all.latencyN) : 0.0;
    data.total.ttft = ttft.value(QString());
    data.total.ttft.count = all.ttftN;
    data.total.ttft.avg = all.ttftN > 0 ? all.ttftSum / double(all.ttftN) : 0.0;
    data.total.tokensPerSecond = all.tpsN > 0 ? all.tpsSum / double(all.tpsN) : 0.0;

    data.bucketMs = DashboardData::bucketSizeFor(data.lastMs - data.firstMs);
    {
        QSqlQuery q(db);
        const QString sql = QStringLiteral("SELECT r.model, (r.started_ms - %1) / %2, TOTAL(r.cost_usd) FROM requests r"
                                           " WHERE r.cached = 0 AND r.cost_known = 1%3 GROUP BY 1, 2")
                                .arg(data.firstMs)
                                .arg(data.bucketMs)
                                .arg(where.sql);
        QMap<QString, QMap<qint64, double>> spend;
        if (run(q, sql, where)) {
            while (q.next())
                spend[q.value(0).toString()].insert(q.value(1).toLongLong(), q.value(2).toDouble());
        }
        for (auto it = spend.cbegin(); it != spend.cend(); ++it)
            data.cumulativeSpend.insert(it.key(),
                                        DashboardData::cumulate(it.value(), data.firstMs, data.lastMs, data.bucketMs));
    }
    return data;
}

} // namespace rostrum
