#pragma once

#include "usage/DashboardData.h"

#include <QSqlDatabase>

namespace rostrum {

// The dashboard's figures computed in SQLite from the requests table: sums and error classes
// grouped per model, nearest-rank percentiles with window functions (only the ranked rows come
// back), spend per time bucket. Agrees with DashboardData::fromRecords on the same requests.
// Runs on whatever thread owns the connection (DashboardLoader: the database's worker thread).
class DashboardQuery
{
public:
    static DashboardData load(QSqlDatabase &db, const DashboardFilter &filter);
};

} // namespace rostrum
