#pragma once

#include "usage/UsageRecord.h"
#include "usage/UsageStats.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace rostrum {

class Database;

// The requests table: one row per API request (and per cache hit), written off the GUI thread,
// aggregated in SQL for `rostrum-cli usage` and the dashboard.
class UsageStore : public QObject
{
    Q_OBJECT
public:
    explicit UsageStore(Database *db, QObject *parent = nullptr);

    // Queues the record for the writer thread (one transaction with its error rows).
    void record(const UsageRecord &record);

    // Inserts on the given connection inside the caller's transaction (bulk loads, benchmarks).
    static bool insert(QSqlDatabase &db, const UsageRecord &record);
    // The report of requests started on or after the UTC day of since (invalid: all), on the
    // given connection; sums come from the daily rollup, percentiles from covering indexes.
    // Errors by class count every failed attempt; percentiles are nearest-rank, as in UsageTracker.
    static UsageReport aggregate(QSqlDatabase db, const QDateTime &since = {});
    // The same on the writer thread; done runs on the Database's thread.
    void aggregateAsync(const QDateTime &since, QObject *context, std::function<void(const UsageReport &)> done);

private:
    Database *m_db;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::UsageReport)
