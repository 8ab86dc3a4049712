#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace rostrum {

class DashboardRows;

// DashboardQuery's fast path: reads the requests table through the SQLite C API on the connection's own handle,
// with no QVariant per value and model/debate names converted once per change. Only built where Rostrum links
// SQLite itself (ROSTRUM_HAVE_SQLITE3), and only used when Qt's driver runs on that same library.
class DashboardSqliteReader
{
public:
    // The connection's sqlite3 handle when Qt's driver runs on the very SQLite library Rostrum is linked against
    // (a distribution's Qt uses the system SQLite), so its C API may be used on it; null otherwise (a Qt with its
    // own copy of SQLite: that copy's handle is not ours to use; or a system where this cannot be told).
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // DashboardQuery::update() on the C API: appends the rows with an id above rows.lastId(), with their errors.
    static bool update(sqlite3 *db, DashboardRows &rows);
};

} // namespace rostrum
