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
    // A fresh read of everything, aggregated for one filter.
    static DashboardData load(QSqlDatabase &db, const DashboardFilter &filter);
};

} // namespace rostrum
