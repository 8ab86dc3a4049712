#include "DashboardQuery.h"

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

#if ROSTRUM_HAVE_SQLITE3
#include <dlfcn.h>
#include <sqlite3.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rostrum {

namespace {

// Two 32-bit values packed by SQL as hi * 2^32 + lo (lo may be negative), unpacked exactly.
inline void unpack(qint64 v, qint64 &hi, qint64 &lo)
{
    lo = qint32(quint32(quint64(v) & 0xffffffffu));
    hi = (v - lo) >> 32;
}

std::atomic<bool> g_directAllowed {true};

#if ROSTRUM_HAVE_SQLITE3

// The connection's sqlite3 handle when Qt's driver runs on the very SQLite library this file is
// linked against (a distribution's Qt uses the system SQLite), so its C API may be used on the
// handle; null otherwise (a Qt with its own copy of SQLite: that copy's handle is not ours to use).
sqlite3 *directHandle(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver || !g_directAllowed.load())
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Which SQLite the driver's plugin resolves, compared with ours by the object that defines it.
    static const bool sameLibrary = [driver] {
        Dl_info plugin {};
        if (!dladdr(*reinterpret_cast<void **>(driver), &plugin) || !plugin.dli_fname)
            return false;
        void *h = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (!h)
            return false;
        void *theirs = dlsym(h, "sqlite3_step");
        dlclose(h);
        Dl_info a {};
        Dl_info b {};
        const bool same = theirs && dladdr(theirs, &a) && dladdr(reinterpret_cast<void *>(&sqlite3_step), &b)
            && a.dli_fbase == b.dli_fbase;
        qCDebug(lcStore) << "dashboard reads through the SQLite C API:" << same;
        return same;
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

// A prepared statement, finalized on every way out.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

QByteArray columnBytes(sqlite3_stmt *s, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, col));
    return QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(s, col));
}

// What update() does, on the C API: no QVariant per value, names converted once per change.
bool updateDirect(sqlite3 *db, DashboardRows &rows)
{
    const qint64 after = rows.lastId();
    Statement q;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, started_ms, model, debate_id, cached, cache_checked, cost_known,"
                           " status = 'error', prompt_tokens, completion_tokens, attempts, latency_ms, ttft_ms,"
                           " waited_ms, cost_usd, tokens_per_s, saved_usd FROM requests WHERE id > ?1 ORDER BY id",
                           -1, &q.stmt, nullptr)
            != SQLITE_OK
        || sqlite3_bind_int64(q.stmt, 1, after) != SQLITE_OK) {
        qCWarning(lcStore) << "dashboard rows:" << sqlite3_errmsg(db);
        return false;
    }
    const size_t first = rows.size();
    std::vector<qint64> ids; // requests.id of this batch's rows, ascending, for their errors
    {
        // ids only grow: the highest one bounds how many rows this batch can hold.
        Statement m;
        if (sqlite3_prepare_v2(db, "SELECT max(id) FROM requests", -1, &m.stmt, nullptr) == SQLITE_OK
            && sqlite3_step(m.stmt) == SQLITE_ROW) {
            const qint64 count = std::clamp<qint64>(sqlite3_column_int64(m.stmt, 0) - after, 0, 10000000);
            rows.reserve(first + size_t(count));
            ids.reserve(size_t(count));
        }
    }
    std::vector<std::pair<QByteArray, int>> models; // few: a linear scan beats hashing
    QHash<QByteArray, int> debates;
    QByteArray lastModel;
    int modelIdx = -1;
    QByteArray lastDebate;
    int debateIdx = -1;
    qint64 last = after;
    int rc;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        sqlite3_stmt *s = q.stmt;
        DashboardRow r;
        const qint64 id = sqlite3_column_int64(s, 0);
        r.startedMs = sqlite3_column_int64(s, 1);
        const QByteArray model = columnBytes(s, 2);
        if (modelIdx < 0 || model != lastModel) {
            auto it = std::find_if(models.begin(), models.end(), [&](const auto &m) { return m.first == model; });
            if (it == models.end()) {
                models.emplace_back(QByteArray(model.constData(), model.size()),
                                    rows.modelIndex(QString::fromUtf8(model)));
                it = models.end() - 1;
            }
            lastModel = it->first;
            modelIdx = it->second;
        }
        r.model = modelIdx;
        if (sqlite3_column_type(s, 3) == SQLITE_NULL) {
            r.debate = -1;
        } else {
            const QByteArray debate = columnBytes(s, 3);
            if (debateIdx < 0 || debate != lastDebate) {
                lastDebate = QByteArray(debate.constData(), debate.size());
                auto it = debates.constFind(lastDebate);
                if (it == debates.cend())
                    it = debates.insert(lastDebate, rows.debateIndex(QString::fromUtf8(lastDebate)));
                debateIdx = it.value();
            }
            r.debate = debateIdx;
        }
        r.cached = sqlite3_column_int64(s, 4) != 0;
        r.cacheChecked = sqlite3_column_int64(s, 5) != 0;
        r.costKnown = sqlite3_column_int64(s, 6) != 0;
        r.failed = sqlite3_column_int64(s, 7) != 0;
        r.promptTokens = sqlite3_column_int(s, 8);
        r.completionTokens = sqlite3_column_int(s, 9);
        r.attempts = sqlite3_column_int(s, 10);
        r.latencyMs = sqlite3_column_int64(s, 11);
        r.ttftMs = sqlite3_column_int64(s, 12);
        r.waitedMs = sqlite3_column_int64(s, 13);
        r.costUsd = sqlite3_column_double(s, 14);
        r.tokensPerSecond = sqlite3_column_double(s, 15);
        r.savedUsd = sqlite3_column_double(s, 16);
        ids.push_back(id);
        rows.append(r);
        last = id;
    }
    if (rc != SQLITE_DONE) {
        qCWarning(lcStore) << "dashboard rows:" << sqlite3_errmsg(db);
        return false;
    }
    if (rows.size() == first)
        return true;

    Statement e;
    if (sqlite3_prepare_v2(db,
                           "SELECT request_row, error_class FROM request_errors"
                           " WHERE request_row > ?1 AND request_row <= ?2 AND error_class <> 'cancelled'",
                           -1, &e.stmt, nullptr)
            != SQLITE_OK
        || sqlite3_bind_int64(e.stmt, 1, after) != SQLITE_OK || sqlite3_bind_int64(e.stmt, 2, last) != SQLITE_OK) {
        qCWarning(lcStore) << "dashboard errors:" << sqlite3_errmsg(db);
        return false;
    }
    QByteArray className;
    ErrorBucket bucket = ErrorBucket::Other;
    while ((rc = sqlite3_step(e.stmt)) == SQLITE_ROW) {
        const qint64 row = sqlite3_column_int64(e.stmt, 0);
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), row);
        if (it == ids.cend() || *it != row)
            continue;
        const QByteArray c = columnBytes(e.stmt, 1);
        if (c != className) {
            className = QByteArray(c.constData(), c.size());
            bucket = DashboardData::bucketOf(QString::fromUtf8(className));
        }
        rows.addError(first + size_t(it - ids.cbegin()), bucket);
    }
    if (rc != SQLITE_DONE) {
        qCWarning(lcStore) << "dashboard errors:" << sqlite3_errmsg(db);
        return false;
    }
    rows.setLastId(last);
    return true;
}

#endif

} // namespace

void DashboardQuery::setDirectReadsAllowed(bool allowed)
{
    g_directAllowed.store(allowed);
}

bool DashboardQuery::readsDirectly(const QSqlDatabase &db)
{
#if ROSTRUM_HAVE_SQLITE3
    return directHandle(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

bool DashboardQuery::update(QSqlDatabase &db, DashboardRows &rows)
{
#if ROSTRUM_HAVE_SQLITE3
    if (sqlite3 *handle = directHandle(db))
        return updateDirect(handle, rows);
#endif
    const qint64 after = rows.lastId();
    // Most of a bulk read's cost in QtSql is per value (a QVariant each, a QString for text), so
    // the query hands back few, numeric values: the model as an index into the names already
    // known (usage_daily, kept by a trigger, names every stored model and is small; a name not
    // in it still arrives as text), flags and attempts in one integer, the 32-bit pairs packed.
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, started_ms, ") + modelExpr
              + QStringLiteral(", debate_id,"
                               " (cached <> 0) + 2 * (cache_checked <> 0) + 4 * (cost_known <> 0)"
                               " + 8 * (status = 'error') + 16 * attempts,"
                               " prompt_tokens * 4294967296 + completion_tokens,"
                               " latency_ms, ttft_ms, waited_ms, cost_usd, tokens_per_s, saved_usd"
                               " FROM requests WHERE id > ? ORDER BY id"));
    for (const QString &m : models)
        q.addBindValue(m);
    q.addBindValue(after);
    if (!q.exec()) {
        qCWarning(lcStore) << "dashboard rows:" << q.lastError().text();
        return false;
    }
    std::vector<qint64> ids; // requests.id of this batch's rows, ascending, for their errors
    const size_t first = rows.size();
    qint64 last = after;
    QString debate; // consecutive rows mostly belong to one debate: skip the hash lookup then
    int debateIdx = -1;
    while (q.next()) {
        DashboardRow r;
        const qint64 id = q.value(0).toLongLong();
        r.startedMs = q.value(1).toLongLong();
        const QVariant model = q.value(2);
        r.model = model.typeId() == QMetaType::QString ? rows.modelIndex(model.toString()) : model.toInt();
        const QVariant d = q.value(3);
        if (d.isNull()) {
            r.debate = -1;
        } else {
            const QString s = d.toString();
            if (debateIdx < 0 || s != debate) {
                debate = s;
                debateIdx = rows.debateIndex(s);
            }
            r.debate = debateIdx;
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
        r.latencyMs = q.value(6).toLongLong();
        r.ttftMs = q.value(7).toLongLong();
        r.waitedMs = q.value(8).toLongLong();
        r.costUsd = q.value(9).toDouble();
        r.tokensPerSecond = q.value(10).toDouble();
        r.savedUsd = q.value(11).toDouble();
        ids.push_back(id);
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
