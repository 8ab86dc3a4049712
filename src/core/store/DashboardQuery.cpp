#include "DashboardQuery.h"

#include "store/SqlRow.h"
#include "store/StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <vector>

#if ROSTRUM_HAVE_SQLITE3
#include "store/DashboardSqliteReader.h"
#endif

namespace rostrum {

namespace {

// Two 32-bit values packed by SQL as hi * 2^32 + lo (lo may be negative), unpacked exactly.
inline void unpack(qint64 v, qint64 &hi, qint64 &lo)
{
    lo = qint32(quint32(quint64(v) & 0xffffffffu));
    hi = (v - lo) >> 32;
}

std::atomic<bool> g_directAllowed {true};

// Most of a bulk read's cost in QtSql is per value (a QVariant each, a QString for text), so the query hands back
// few, numeric values: the model as an index into the names already known (usage_daily, kept by a trigger, names
// every stored model and is small; a name not in it still arrives as text), flags and attempts in one integer, the
// 32-bit pairs packed.
bool execRowsQuery(QSqlDatabase &db, DashboardRows &rows, QSqlQuery &q)
{
    if (rows.size() == 0) {
        QSqlQuery m(db);
        m.setForwardOnly(true);
        if (m.exec(QStringLiteral("SELECT DISTINCT model FROM usage_daily ORDER BY model"))) {
            while (m.next())
                rows.modelIndex(m.value(0).toString());
        }
    }
    const QStringList &models = rows.models();
    QString modelExpr = QStringLiteral("model");
    if (!models.isEmpty()) {
        modelExpr = QStringLiteral("CASE model");
        for (qsizetype i = 0; i < models.size(); ++i)
            modelExpr += QStringLiteral(" WHEN ? THEN ") + QString::number(i);
        modelExpr += QStringLiteral(" ELSE model END");
    }
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, started_ms, ") + modelExpr
              + QStringLiteral(", debate_id,"
                               " (cached <> 0) + 2 * (cache_checked <> 0) + 4 * (cost_known <> 0)"
                               " + 8 * (status = 'error') + 16 * attempts,"
                               " prompt_tokens * 4294967296 + completion_tokens,"
                               " latency_ms, ttft_ms, waited_ms, cost_usd, tokens_per_s, saved_usd,"
                               " cached_prompt_tokens, prompt_cache_saved_usd"
                               " FROM requests WHERE id > ? ORDER BY id"));
    for (const QString &m : models)
        q.addBindValue(m);
    q.addBindValue(rows.lastId());
    if (!q.exec()) {
        qCWarning(lcStore) << "dashboard rows:" << q.lastError().text();
        return false;
    }
    return true;
}

// Consecutive rows mostly belong to one debate: the hash lookup is skipped then.
struct LastDebate
{
    QString id;
    int index = -1;
};

DashboardRow readRow(const QSqlQuery &q, DashboardRows &rows, LastDebate &lastDebate)
{
    DashboardRow r;
    r.startedMs = q.value(1).toLongLong();
    const QVariant model = q.value(2);
    r.model = model.typeId() == QMetaType::QString ? rows.modelIndex(model.toString()) : model.toInt();
    const QVariant d = q.value(3);
    if (d.isNull()) {
        r.debate = -1;
    } else {
        const QString s = d.toString();
        if (lastDebate.index < 0 || s != lastDebate.id) {
            lastDebate.id = s;
            lastDebate.index = rows.debateIndex(s);
        }
        r.debate = lastDebate.index;
    }
    const qint64 flags = q.value(4).toLongLong();
    r.cached = flags & 1;
    r.cacheChecked = flags & 2;
    r.costKnown = flags & 4;
    r.failed = flags & 8;
    r.attempts = int(flags >> 4);
    qint64 prompt = 0;
    qint64 completion = 0;
    unpack(q.value(5).toLongLong(), prompt, completion);
    r.promptTokens = int(prompt);
    r.completionTokens = int(completion);
    readColumns(q, 6, r.latencyMs, r.ttftMs, r.waitedMs, r.costUsd, r.tokensPerSecond, r.savedUsd,
                r.cachedPromptTokens, r.promptCacheSavedUsd);
    return r;
}

// Counts the failed attempts of the batch's rows (ids: their requests.id, ascending; first: the first's index).
bool readErrors(QSqlDatabase &db, qint64 after, qint64 last, const std::vector<qint64> &ids, size_t first,
                DashboardRows &rows)
{
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
    QString className;
    ErrorBucket bucket = ErrorBucket::Other;
    while (e.next()) {
        const qint64 row = e.value(0).toLongLong();
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), row);
        if (it == ids.cend() || *it != row)
            continue;
        const QString c = e.value(1).toString();
        if (c != className) {
            className = c;
            bucket = DashboardData::bucketOf(c);
        }
        rows.addError(first + size_t(it - ids.cbegin()), bucket);
    }
    return true;
}

} // namespace

void DashboardQuery::setDirectReadsAllowed(bool allowed)
{
    g_directAllowed.store(allowed);
}

bool DashboardQuery::readsDirectly(const QSqlDatabase &db)
{
#if ROSTRUM_HAVE_SQLITE3
    return g_directAllowed.load() && DashboardSqliteReader::handleOf(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

bool DashboardQuery::update(QSqlDatabase &db, DashboardRows &rows)
{
#if ROSTRUM_HAVE_SQLITE3
    if (g_directAllowed.load()) {
        if (sqlite3 *handle = DashboardSqliteReader::handleOf(db))
            return DashboardSqliteReader::update(handle, rows);
    }
#endif
    const qint64 after = rows.lastId();
    QSqlQuery q(db);
    if (!execRowsQuery(db, rows, q))
        return false;
    std::vector<qint64> ids; // requests.id of this batch's rows, ascending, for their errors
    const size_t first = rows.size();
    qint64 last = after;
    LastDebate lastDebate;
    while (q.next()) {
        last = q.value(0).toLongLong();
        ids.push_back(last);
        rows.append(readRow(q, rows, lastDebate));
    }
    return DashboardQuery::finishBatch(rows, first, last,
                                       [&] { return readErrors(db, after, last, ids, first, rows); });
}

DashboardData DashboardQuery::load(QSqlDatabase &db, const DashboardFilter &filter)
{
    DashboardRows rows;
    update(db, rows);
    return rows.aggregate(filter);
}

} // namespace rostrum
