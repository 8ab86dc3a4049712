#include "UsageStore.h"

#include "store/Database.h"
#include "usage/UsageTracker.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rostrum {

namespace {

// Nearest-rank percentiles in one pass over a window: rank = ceil(p * n / 100), in integers.
// With byModel the figures are per model, else over all rows (the total).
QString percentileSql(const char *column, bool byModel)
{
    const QString col = QString::fromLatin1(column);
    const QString part = byModel ? QStringLiteral("PARTITION BY model ") : QString();
    return QStringLiteral("WITH r AS (SELECT %3 AS m, %1 AS v,"
                          " ROW_NUMBER() OVER (%2ORDER BY %1) AS rn, COUNT(*) OVER (%2) AS n"
                          " FROM requests WHERE cached = 0 AND %1 >= 0 AND started_ms >= :since)"
                          " SELECT m, COUNT(*), AVG(v),"
                          " MIN(CASE WHEN rn = (50 * n + 99) / 100 THEN v END),"
                          " MIN(CASE WHEN rn = (95 * n + 99) / 100 THEN v END),"
                          " MIN(CASE WHEN rn = (99 * n + 99) / 100 THEN v END)"
                          " FROM r GROUP BY m")
        .arg(col, part, byModel ? QStringLiteral("model") : QStringLiteral("''"));
}

bool fillPercentiles(QSqlDatabase &db, const char *column, bool byModel, qint64 sinceMs,
                     QHash<QString, LatencySummary> &out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(percentileSql(column, byModel))) {
        qCWarning(lcStore) << "usage percentiles:" << q.lastError().text();
        return false;
    }
    q.bindValue(QStringLiteral(":since"), sinceMs);
    if (!q.exec()) {
        qCWarning(lcStore) << "usage percentiles:" << q.lastError().text();
        return false;
    }
    while (q.next()) {
        LatencySummary s;
        s.count = q.value(1).toLongLong();
        s.avg = q.value(2).toDouble();
        s.p50 = q.value(3).toLongLong();
        s.p95 = q.value(4).toLongLong();
        s.p99 = q.value(5).toLongLong();
        out.insert(q.value(0).toString(), s);
    }
    return true;
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
        " error_class, http_status, cached, cache_checked, saved_usd, fc_called, fc_succeeded)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 started =
        r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(r.requestId);
    // A request of a debate that is not (yet) stored keeps no link rather than failing the insert.
    q.addBindValue(r.debateId.isEmpty() ? QVariant() : QVariant(r.debateId));
    q.addBindValue(r.purpose);
    q.addBindValue(r.model);
    q.addBindValue(started);
    q.addBindValue(r.cached ? 0 : r.promptTokens);
    q.addBindValue(r.cached ? 0 : r.completionTokens);
    q.addBindValue(r.cachedPromptTokens);
    q.addBindValue(r.cached ? 0.0 : r.costUsd);
    q.addBindValue(r.costKnown ? 1 : 0);
    q.addBindValue(r.latencyMs);
    q.addBindValue(r.ttftMs);
    q.addBindValue(r.tokensPerSecond);
    q.addBindValue(r.attempts);
    q.addBindValue(r.waitedMs);
    q.addBindValue(r.succeeded() ? QStringLiteral("ok") : QStringLiteral("error"));
    q.addBindValue(r.succeeded() ? QVariant() : QVariant(ApiError::className(r.finalError)));
    q.addBindValue(r.httpStatus);
    q.addBindValue(r.cached ? 1 : 0);
    q.addBindValue(r.cacheChecked ? 1 : 0);
    q.addBindValue(r.savedUsd);
    q.addBindValue(r.functionCallsMade);
    q.addBindValue(r.functionCallsSucceeded);
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
    const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    QHash<QString, UsageStats> byModel;
    UsageStats total;

    auto readSums = [&](bool perModel) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1,"
                                 " SUM(cached = 0), SUM(prompt_tokens), SUM(completion_tokens),"
                                 " SUM(CASE WHEN cached = 0 AND cost_known = 1 THEN cost_usd ELSE 0 END),"
                                 " SUM(cached = 0 AND cost_known = 0),"
                                 " AVG(CASE WHEN cached = 0 AND tokens_per_s > 0 THEN tokens_per_s END),"
                                 " SUM(CASE WHEN cached = 0 AND attempts > 1 THEN attempts - 1 ELSE 0 END),"
                                 " SUM(CASE WHEN cached = 0 THEN waited_ms ELSE 0 END),"
                                 " SUM(cached), SUM(cache_checked = 1 AND cached = 0), SUM(saved_usd),"
                                 " SUM(fc_called), SUM(fc_succeeded)"
                                 " FROM requests WHERE started_ms >= :since %2")
                      .arg(perModel ? QStringLiteral("model") : QStringLiteral("''"),
                           perModel ? QStringLiteral("GROUP BY model") : QString()));
        q.bindValue(QStringLiteral(":since"), sinceMs);
        if (!q.exec())
            qCWarning(lcStore) << "usage sums:" << q.lastError().text();
        while (q.next()) {
            if (!perModel && q.value(1).isNull())
                continue; // no rows at all
            UsageStats s;
            s.model = perModel ? q.value(0).toString() : QString();
            s.requests = q.value(1).toLongLong();
            s.promptTokens = q.value(2).toLongLong();
            s.completionTokens = q.value(3).toLongLong();
            s.costUsd = q.value(4).toDouble();
            s.unpricedRequests = q.value(5).toLongLong();
            s.tokensPerSecond = q.value(6).toDouble();
            s.retries = q.value(7).toLongLong();
            s.waitedMs = q.value(8).toLongLong();
            s.cacheHits = q.value(9).toLongLong();
            s.cacheMisses = q.value(10).toLongLong();
            s.savingsUsd = q.value(11).toDouble();
            s.functionCalls = q.value(12).toLongLong();
            s.functionCallsSucceeded = q.value(13).toLongLong();
            if (perModel)
                byModel.insert(s.model, s);
            else
                total = s;
        }
    };
    readSums(true);
    readSums(false);

    QSqlQuery e(db);
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT r.model, x.error_class, COUNT(*) FROM request_errors x"
                             " JOIN requests r ON r.id = x.request_row WHERE r.started_ms >= :since"
                             " GROUP BY r.model, x.error_class"));
    e.bindValue(QStringLiteral(":since"), sinceMs);
    if (!e.exec())
        qCWarning(lcStore) << "usage errors:" << e.lastError().text();
    while (e.next()) {
        const QString model = e.value(0).toString();
        const QString cls = e.value(1).toString();
        const qint64 n = e.value(2).toLongLong();
        byModel[model].errors[cls] += n;
        total.errors[cls] += n;
    }

    QHash<QString, LatencySummary> lat;
    QHash<QString, LatencySummary> ttft;
    fillPercentiles(db, "latency_ms", true, sinceMs, lat);
    fillPercentiles(db, "ttft_ms", true, sinceMs, ttft);
    QHash<QString, LatencySummary> latAll;
    QHash<QString, LatencySummary> ttftAll;
    fillPercentiles(db, "latency_ms", false, sinceMs, latAll);
    fillPercentiles(db, "ttft_ms", false, sinceMs, ttftAll);

    UsageReport report;
    QStringList names = byModel.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        UsageStats s = byModel.value(name);
        s.model = name;
        s.latency = lat.value(name);
        s.ttft = ttft.value(name);
        report.models << s;
    }
    total.model.clear();
    total.latency = latAll.value(QString());
    total.ttft = ttftAll.value(QString());
    report.total = total;
    return report;
}

void UsageStore::aggregateAsync(const QDateTime &since, QObject *context, std::function<void(const UsageReport &)> done)
{
    m_db->read([since](QSqlDatabase &db) { return QVariant::fromValue(aggregate(db, since)); }, context,
               [done](const QVariant &v) { done(v.value<UsageReport>()); });
}

} // namespace rostrum
