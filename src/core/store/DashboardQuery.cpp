#include "DashboardQuery.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rostrum {

bool DashboardQuery::update(QSqlDatabase &db, DashboardRows &rows)
{
    const qint64 after = rows.lastId();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, started_ms, model, debate_id, cached, cache_checked, cost_known,"
                       " status = 'error', prompt_tokens, completion_tokens, attempts, latency_ms, ttft_ms,"
                       " waited_ms, cost_usd, tokens_per_s, saved_usd FROM requests WHERE id > :after ORDER BY id"));
    q.bindValue(QStringLiteral(":after"), after);
    if (!q.exec()) {
        qCWarning(lcStore) << "dashboard rows:" << q.lastError().text();
        return false;
    }
    QHash<qint64, size_t> indexOf; // requests.id -> row, for this batch's errors
    const size_t first = rows.size();
    qint64 last = after;
    QString model; // consecutive rows mostly repeat a model: skip the hash lookup then
    int modelIdx = -1;
    while (q.next()) {
        DashboardRow r;
        const qint64 id = q.value(0).toLongLong();
        r.startedMs = q.value(1).toLongLong();
        const QString m = q.value(2).toString();
        if (modelIdx < 0 || m != model) {
            model = m;
            modelIdx = rows.modelIndex(m);
        }
        r.model = modelIdx;
        const QVariant debate = q.value(3);
        r.debate = debate.isNull() ? -1 : rows.debateIndex(debate.toString());
        r.cached = q.value(4).toInt() != 0;
        r.cacheChecked = q.value(5).toInt() != 0;
        r.costKnown = q.value(6).toInt() != 0;
        r.failed = q.value(7).toInt() != 0;
        r.promptTokens = q.value(8).toInt();
        r.completionTokens = q.value(9).toInt();
        r.attempts = q.value(10).toInt();
        r.latencyMs = q.value(11).toLongLong();
        r.ttftMs = q.value(12).toLongLong();
        r.waitedMs = q.value(13).toLongLong();
        r.costUsd = q.value(14).toDouble();
        r.tokensPerSecond = q.value(15).toDouble();
        r.savedUsd = q.value(16).toDouble();
        indexOf.insert(id, rows.size());
        rows.append(r);
        last = id;
    }
    if (rows.size() == first)
        return true;

    QSqlQuery e(db);
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT request_row, error_class FROM request_errors"
                             " WHERE request_row > :after AND request_row <= :last AND error_class <> 'cancelled'"));
    e.bindValue(QStringLiteral(":after"), after);
    e.bindValue(QStringLiteral(":last"), last);
    if (!e.exec()) {
        qCWarning(lcStore) << "dashboard errors:" << e.lastError().text();
        return false;
    }
    while (e.next()) {
        const auto it = indexOf.constFind(e.value(0).toLongLong());
        if (it != indexOf.cend())
            rows.addError(it.value(), DashboardData::bucketOf(e.value(1).toString()));
    }
    rows.setLastId(last);
    return true;
}

DashboardData DashboardQuery::load(QSqlDatabase &db, const DashboardFilter &filter)
{
    DashboardRows rows;
    update(db, rows);
    return rows.aggregate(filter);
}

} // namespace rostrum
