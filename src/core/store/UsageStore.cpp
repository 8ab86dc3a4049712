#include "UsageStore.h"

#include "store/Database.h"
#include "store/SqlRow.h"
#include "store/StoreLogging.h"
#include "usage/UsageTracker.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace rostrum {

namespace {

// Without --since the filter is left out entirely: a range on the time index would turn a fast
// sequential scan into 100,000 index lookups.
QString sinceClause(bool hasSince, const char *prefix)
{
    return hasSince ? QLatin1String(prefix) + QStringLiteral("started_ms >= :since") : QString();
}

// The value of nearest rank (p * n + 99) / 100 among a model's (or all) measured values, read
// from a covering index (migration 2): no sort, no table rows touched.
qint64 rankValue(QSqlDatabase &db, const char *column, const QString *model, qint64 n, int p)
{
    if (n <= 0)
        return 0;
    const qint64 rank = std::clamp<qint64>((p * n + 99) / 100, 1, n);
    const QString col = QString::fromLatin1(column);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM requests WHERE cached = 0%2 AND %1 >= 0 ORDER BY %1 LIMIT 1 OFFSET :k")
                  .arg(col, model ? QStringLiteral(" AND model = :model") : QString()));
    if (model)
        q.bindValue(QStringLiteral(":model"), *model);
    q.bindValue(QStringLiteral(":k"), rank - 1);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "usage percentile:" << q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

LatencySummary summaryFromIndex(QSqlDatabase &db, const char *column, const QString *model, qint64 n, double sum)
{
    LatencySummary s;
    s.count = n;
    if (n <= 0)
        return s;
    s.avg = sum / double(n);
    s.p50 = rankValue(db, column, model, n, 50);
    s.p95 = rankValue(db, column, model, n, 95);
    s.p99 = rankValue(db, column, model, n, 99);
    return s;
}

// Per model: how many latency, first-token and speed samples the rollup holds, and their sums.
struct TimingSums
{
    qint64 latencyCount = 0, ttftCount = 0, tpsCount = 0;
    double latencySum = 0.0, ttftSum = 0.0, tpsSum = 0.0;

    void add(const TimingSums &x)
    {
        latencyCount += x.latencyCount;
        latencySum += x.latencySum;
        ttftCount += x.ttftCount;
        ttftSum += x.ttftSum;
        tpsCount += x.tpsCount;
        tpsSum += x.tpsSum;
    }
};

// Sums come from the daily rollup (migration 2), not from every request. sinceDay empty: every day.
void readDailySums(QSqlDatabase &db, const QString &sinceDay, QMap<QString, UsageStats> &byModel,
                   QHash<QString, TimingSums> &timings)
{
    const bool hasSince = !sinceDay.isEmpty();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT model, SUM(requests), SUM(prompt_tokens), SUM(completion_tokens),"
                             " SUM(cost_usd), SUM(unpriced), SUM(retries), SUM(waited_ms), SUM(cache_hits),"
                             " SUM(cache_misses), SUM(saved_usd), SUM(fc_called), SUM(fc_succeeded),"
                             " SUM(latency_n), SUM(latency_sum), SUM(ttft_n), SUM(ttft_sum), SUM(tps_n), SUM(tps_sum),"
                             " SUM(cached_prompt_tokens), SUM(prompt_cache_saved_usd)"
                             " FROM usage_daily%1 GROUP BY model")
                  .arg(hasSince ? QStringLiteral(" WHERE day >= :day") : QString()));
    if (hasSince)
        q.bindValue(QStringLiteral(":day"), sinceDay);
    if (!q.exec())
        qCWarning(lcStore) << "usage sums:" << q.lastError().text();
    while (q.next()) {
        UsageStats s;
        readColumns(q, 0, s.model, s.requests, s.promptTokens, s.completionTokens, s.costUsd, s.unpricedRequests,
                    s.retries, s.waitedMs, s.cacheHits, s.cacheMisses, s.savingsUsd, s.functionCalls,
                    s.functionCallsSucceeded);
        TimingSums x;
        readColumns(q, 13, x.latencyCount, x.latencySum, x.ttftCount, x.ttftSum, x.tpsCount, x.tpsSum);
        readColumns(q, 19, s.cachedPromptTokens, s.promptCacheSavingsUsd);
        s.tokensPerSecond = x.tpsCount > 0 ? x.tpsSum / double(x.tpsCount) : 0.0;
        timings.insert(s.model, x);
        byModel.insert(s.model, s);
    }
}

void readDailyErrors(QSqlDatabase &db, const QString &sinceDay, QMap<QString, UsageStats> &byModel)
{
    const bool hasSince = !sinceDay.isEmpty();
    QSqlQuery e(db);
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT model, error_class, SUM(n) FROM usage_daily_errors%1 GROUP BY model, error_class")
                  .arg(hasSince ? QStringLiteral(" WHERE day >= :day") : QString()));
    if (hasSince)
        e.bindValue(QStringLiteral(":day"), sinceDay);
    if (!e.exec())
        qCWarning(lcStore) << "usage errors:" << e.lastError().text();
    while (e.next())
        byModel[e.value(0).toString()].errors[e.value(1).toString()] += e.value(2).toLongLong();
}

void addTo(UsageStats &total, const UsageStats &s)
{
    total.requests += s.requests;
    total.promptTokens += s.promptTokens;
    total.completionTokens += s.completionTokens;
    total.costUsd += s.costUsd;
    total.unpricedRequests += s.unpricedRequests;
    total.retries += s.retries;
    total.waitedMs += s.waitedMs;
    total.cacheHits += s.cacheHits;
    total.cacheMisses += s.cacheMisses;
    total.savingsUsd += s.savingsUsd;
    total.cachedPromptTokens += s.cachedPromptTokens;
    total.promptCacheSavingsUsd += s.promptCacheSavingsUsd;
    total.functionCalls += s.functionCalls;
    total.functionCallsSucceeded += s.functionCallsSucceeded;
    for (auto c = s.errors.cbegin(); c != s.errors.cend(); ++c)
        total.errors[c.key()] += c.value();
}

// A time range cannot use the percentile indexes: collect the range's values once and sort them here.
void rangeLatencies(QSqlDatabase &db, qint64 sinceMs, QMap<QString, UsageStats> &byModel, UsageStats &total)
{
    QHash<QString, QList<qint64>> latencies;
    QHash<QString, QList<qint64>> ttfts;
    QList<qint64> allLatencies;
    QList<qint64> allTtfts;
    QSqlQuery p(db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT model, latency_ms, ttft_ms FROM requests WHERE cached = 0%1")
                  .arg(sinceClause(true, " AND ")));
    p.bindValue(QStringLiteral(":since"), sinceMs);
    if (!p.exec())
        qCWarning(lcStore) << "usage latencies:" << p.lastError().text();
    while (p.next()) {
        const QString model = p.value(0).toString();
        const qint64 latency = p.value(1).toLongLong();
        const qint64 ttft = p.value(2).toLongLong();
        if (latency >= 0) {
            latencies[model].append(latency);
            allLatencies.append(latency);
        }
        if (ttft >= 0) {
            ttfts[model].append(ttft);
            allTtfts.append(ttft);
        }
    }
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        it.value().latency = LatencySummary::of(latencies.value(it.key()));
        it.value().ttft = LatencySummary::of(ttfts.value(it.key()));
    }
    total.latency = LatencySummary::of(std::move(allLatencies));
    total.ttft = LatencySummary::of(std::move(allTtfts));
}

} // namespace

UsageStore::UsageStore(Database *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    qRegisterMetaType<UsageReport>();
}

void UsageStore::record(const UsageRecord &record)
{
    m_db->write([record](QSqlDatabase &db) { return insert(db, record); });
}

bool UsageStore::insert(QSqlDatabase &db, const UsageRecord &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO requests (request_id, debate_id, purpose, model, started_ms, prompt_tokens, completion_tokens,"
        " cached_prompt_tokens, cost_usd, cost_known, latency_ms, ttft_ms, tokens_per_s, attempts, waited_ms, status,"
        " error_class, http_status, cached, cache_checked, saved_usd, fc_called, fc_succeeded, prompt_cache_saved_usd)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 started =
        r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const bool ok = r.succeeded();
    // A request of a debate that is not (yet) stored keeps no link rather than failing the insert.
    bindInOrder(q, r.requestId, r.debateId.isEmpty() ? QVariant() : QVariant(r.debateId), r.purpose, r.model, started,
                r.cached ? 0 : r.promptTokens, r.cached ? 0 : r.completionTokens, r.cached ? 0 : r.cachedPromptTokens,
                r.cached ? 0.0 : r.costUsd, r.costKnown ? 1 : 0, r.latencyMs, r.ttftMs, r.tokensPerSecond, r.attempts,
                r.waitedMs, ok ? QStringLiteral("ok") : QStringLiteral("error"),
                ok ? QVariant() : QVariant(ApiError::className(r.finalError)), r.httpStatus, r.cached ? 1 : 0,
                r.cacheChecked ? 1 : 0, r.savedUsd, r.functionCallsMade, r.functionCallsSucceeded,
                r.cached ? 0.0 : r.promptCacheSavedUsd);
    if (!q.exec()) {
        if (!r.debateId.isEmpty() && q.lastError().text().contains(QLatin1String("FOREIGN KEY"))) {
            UsageRecord unlinked = r;
            unlinked.debateId.clear();
            return insert(db, unlinked);
        }
        qCWarning(lcStore) << "cannot store a usage record:" << q.lastError().text();
        return false;
    }
    const qint64 row = q.lastInsertId().toLongLong();
    const QList<ErrorClass> errors = failedAttempts(r);
    if (errors.isEmpty())
        return true;
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO request_errors (request_row, attempt, error_class) VALUES (?, ?, ?)"));
    for (int i = 0; i < errors.size(); ++i) {
        e.bindValue(0, row);
        e.bindValue(1, i + 1);
        e.bindValue(2, ApiError::className(errors.at(i)));
        if (!e.exec()) {
            qCWarning(lcStore) << "cannot store a usage error:" << e.lastError().text();
            return false;
        }
    }
    return true;
}

UsageReport UsageStore::aggregate(QSqlDatabase db, const QDateTime &since)
{
    const bool hasSince = since.isValid();
    // Reports start at a UTC day boundary, like the rollup they read.
    const QString sinceDay = hasSince ? since.toUTC().date().toString(Qt::ISODate) : QString();
    const qint64 sinceMs = hasSince ? QDateTime(since.toUTC().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() : 0;

    QMap<QString, UsageStats> byModel;
    QHash<QString, TimingSums> timings;
    readDailySums(db, sinceDay, byModel, timings);
    readDailyErrors(db, sinceDay, byModel);

    UsageReport report;
    UsageStats &total = report.total;
    TimingSums all;
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        UsageStats &s = it.value();
        const TimingSums x = timings.value(it.key());
        addTo(total, s);
        all.add(x);
        if (!hasSince) {
            s.latency = summaryFromIndex(db, "latency_ms", &it.key(), x.latencyCount, x.latencySum);
            s.ttft = summaryFromIndex(db, "ttft_ms", &it.key(), x.ttftCount, x.ttftSum);
        }
    }
    total.tokensPerSecond = all.tpsCount > 0 ? all.tpsSum / double(all.tpsCount) : 0.0;

    if (!hasSince) {
        total.latency = summaryFromIndex(db, "latency_ms", nullptr, all.latencyCount, all.latencySum);
        total.ttft = summaryFromIndex(db, "ttft_ms", nullptr, all.ttftCount, all.ttftSum);
    } else {
        rangeLatencies(db, sinceMs, byModel, total);
    }
    report.models = byModel.values(); // QMap: sorted by model name
    return report;
}

void UsageStore::aggregateAsync(const QDateTime &since, QObject *context, std::function<void(const UsageReport &)> done)
{
    m_db->read([since](QSqlDatabase &db) { return QVariant::fromValue(aggregate(db, since)); }, context,
               [done](const QVariant &v) { done(v.value<UsageReport>()); });
}

} // namespace rostrum
