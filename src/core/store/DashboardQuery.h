#pragma once

#include "usage/DashboardData.h"

#include <QSqlDatabase>

namespace rostrum {

// Reads the requests table into DashboardRows, incrementally: only rows stored since the last
// update (requests rows are never rewritten), so a live refresh reads a handful of rows and the
// aggregation runs in memory. Runs on the thread that owns the connection (DashboardLoader:
// the database's worker thread).
class DashboardQuery
{
public:
    // Appends the requests with an id above rows.lastId(), with their failed attempts.
    static bool update(QSqlDatabase &db, DashboardRows &rows);
    // True when update() reads through the SQLite C API on the connection's handle (Qt's driver
    // uses the same SQLite library as Rostrum): about three times faster than through QSqlQuery,
    // which costs a QVariant per value. Otherwise it reads through QSqlQuery, with the same result.
    static bool readsDirectly(const QSqlDatabase &db);
    // Tests compare both ways of reading; the C API is used whenever it is safe unless disallowed.
    static void setDirectReadsAllowed(bool allowed);
    // A fresh read of everything, aggregated for one filter.
    static DashboardData load(QSqlDatabase &db, const DashboardFilter &filter);

    // Ends either reader's batch (the rows appended since index `first`, the last with requests.id `last`):
    // their failed attempts through readErrors, then the new high-water mark, only when all of it was read.
    template<typename ReadErrors>
    static bool finishBatch(DashboardRows &rows, size_t first, qint64 last, ReadErrors readErrors)
    {
        if (rows.size() == first)
            return true;
        if (!readErrors())
            return false;
        rows.setLastId(last);
        return true;
    }
};

} // namespace rostrum
