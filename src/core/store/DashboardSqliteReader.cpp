#include "DashboardSqliteReader.h"

#include "store/DashboardQuery.h"
#include "store/StoreLogging.h"
#include "store/SymbolOrigin.h"
#include "usage/DashboardData.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDriver>

#include <algorithm>
#include <utility>
#include <vector>

#include <sqlite3.h>

namespace rostrum {

namespace {

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

// Model and debate names to DashboardRows indexes, converted to QString once per change: consecutive rows
// mostly share both, and there are few models (a linear scan beats hashing).
class NameIndexes
{
public:
    explicit NameIndexes(DashboardRows &rows)
        : m_rows(rows)
    { }

    int model(const QByteArray &name)
    {
        if (m_modelIdx < 0 || name != m_lastModel) {
            auto it = std::find_if(m_models.begin(), m_models.end(), [&](const auto &m) { return m.first == name; });
            if (it == m_models.end()) {
                m_models.emplace_back(QByteArray(name.constData(), name.size()),
                                      m_rows.modelIndex(QString::fromUtf8(name)));
                it = m_models.end() - 1;
            }
            m_lastModel = it->first;
            m_modelIdx = it->second;
        }
        return m_modelIdx;
    }

    int debate(const QByteArray &id)
    {
        if (m_debateIdx < 0 || id != m_lastDebate) {
            m_lastDebate = QByteArray(id.constData(), id.size());
            auto it = m_debates.constFind(m_lastDebate);
            if (it == m_debates.cend())
                it = m_debates.insert(m_lastDebate, m_rows.debateIndex(QString::fromUtf8(m_lastDebate)));
            m_debateIdx = it.value();
        }
        return m_debateIdx;
    }

private:
    DashboardRows &m_rows;
    std::vector<std::pair<QByteArray, int>> m_models;
    QHash<QByteArray, int> m_debates;
    QByteArray m_lastModel;
    int m_modelIdx = -1;
    QByteArray m_lastDebate;
    int m_debateIdx = -1;
};

DashboardRow readRow(sqlite3_stmt *s, NameIndexes &names)
{
    DashboardRow r;
    r.startedMs = sqlite3_column_int64(s, 1);
    r.model = names.model(columnBytes(s, 2));
    r.debate = sqlite3_column_type(s, 3) == SQLITE_NULL ? -1 : names.debate(columnBytes(s, 3));
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
    r.cachedPromptTokens = sqlite3_column_int(s, 17);
    r.promptCacheSavedUsd = sqlite3_column_double(s, 18);
    return r;
}

// Reserves room for the rows above `after`: ids only grow, so the highest one bounds how many there can be.
void reserveBatch(sqlite3 *db, qint64 after, DashboardRows &rows, std::vector<qint64> &ids)
{
    Statement m;
    if (sqlite3_prepare_v2(db, "SELECT max(id) FROM requests", -1, &m.stmt, nullptr) == SQLITE_OK
        && sqlite3_step(m.stmt) == SQLITE_ROW) {
        const qint64 count = std::clamp<qint64>(sqlite3_column_int64(m.stmt, 0) - after, 0, 10000000);
        rows.reserve(rows.size() + size_t(count));
        ids.reserve(size_t(count));
    }
}

// Counts the failed attempts of the batch's rows (ids: their requests.id, ascending; first: the first's index).
bool readErrors(sqlite3 *db, qint64 after, qint64 last, const std::vector<qint64> &ids, size_t first,
                DashboardRows &rows)
{
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
    int rc;
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
    return true;
}

} // namespace

sqlite3 *DashboardSqliteReader::handleOf(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Which SQLite the driver's plugin resolves, compared with ours by the binary that defines it. The driver's
    // vtable lives in the plugin, so its address names the plugin's file.
    static const bool sameLibrary = [driver] {
        const QString plugin = SymbolOrigin::fileOf(*reinterpret_cast<void **>(driver));
        const bool same = !plugin.isEmpty()
            && SymbolOrigin::resolvesToSameBinary(plugin, "sqlite3_step", reinterpret_cast<void *>(&sqlite3_step));
        qCDebug(lcStore) << "dashboard reads through the SQLite C API:" << same;
        return same;
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

bool DashboardSqliteReader::update(sqlite3 *db, DashboardRows &rows)
{
    const qint64 after = rows.lastId();
    Statement q;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, started_ms, model, debate_id, cached, cache_checked, cost_known,"
                           " status = 'error', prompt_tokens, completion_tokens, attempts, latency_ms, ttft_ms,"
                            " waited_ms, cost_usd, tokens_per_s, saved_usd, cached_prompt_tokens, prompt_cache_saved_usd"
                           " FROM requests WHERE id > ?1 ORDER BY id",
                           -1, &q.stmt, nullptr)
            != SQLITE_OK
        || sqlite3_bind_int64(q.stmt, 1, after) != SQLITE_OK) {
        qCWarning(lcStore) << "dashboard rows:" << sqlite3_errmsg(db);
        return false;
    }
    const size_t first = rows.size();
    std::vector<qint64> ids; // requests.id of this batch's rows, ascending, for their errors
    reserveBatch(db, after, rows, ids);
    NameIndexes names(rows);
    qint64 last = after;
    int rc;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        last = sqlite3_column_int64(q.stmt, 0);
        ids.push_back(last);
        rows.append(readRow(q.stmt, names));
    }
    if (rc != SQLITE_DONE) {
        qCWarning(lcStore) << "dashboard rows:" << sqlite3_errmsg(db);
        return false;
    }
    return DashboardQuery::finishBatch(rows, first, last,
                                       [&] { return readErrors(db, after, last, ids, first, rows); });
}

} // namespace rostrum
