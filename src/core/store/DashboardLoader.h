#pragma once

#include "clock/Clock.h"
#include "usage/DashboardData.h"

#include <QObject>

#include <memory>

namespace rostrum {

class Database;
class UsageTracker;

// Keeps the dashboard's figures fresh without ever querying on the GUI thread: loads run on the
// database's worker thread (after the writes queued before them) and come back by loaded().
// Live updates are coalesced: however many requests finish within the throttle interval, one
// load follows, and never more than one is in flight (a change during a load asks for one more).
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    DashboardLoader(Database *db, Clock *clock, QObject *parent = nullptr);
    ~DashboardLoader() override;

    // The range to show; the current debate's id stays unless the filter names another. Loads at once.
    void setFilter(const DashboardFilter &filter);
    DashboardFilter filter() const { return m_filter; }
    // The debate ThisDebate shows and the budget gauge follows.
    void setCurrentDebate(const QString &debateId);

    // Minimum time between two live loads (default 500 ms).
    void setThrottleMs(qint64 ms) { m_throttleMs = ms; }
    qint64 throttleMs() const { return m_throttleMs; }

    // Every request the tracker records schedules a (coalesced) refresh.
    void watch(UsageTracker *tracker);

    // Loads now, or right after the load in flight.
    void refresh();
    // Loads within the throttle interval, once for any number of calls.
    void scheduleRefresh();

    const DashboardData &data() const { return m_data; }
    bool isLoading() const { return m_inFlight; }
    int loadsStarted() const { return m_loadsStarted; }

Q_SIGNALS:
    void loaded(const rostrum::DashboardData &data);

private:
    void start();
    void finished(const DashboardData &data);

    Database *m_db;
    Clock *m_clock;
    DashboardFilter m_filter;
    DashboardData m_data;
    // Every stored request, read incrementally; used only on the database's worker thread.
    std::shared_ptr<DashboardRows> m_rows = std::make_shared<DashboardRows>();
    qint64 m_throttleMs = 500;
    qint64 m_lastStartMs = -1;
    Clock::TimerId m_timer = 0;
    bool m_inFlight = false;
    bool m_again = false;
    int m_loadsStarted = 0;
};

} // namespace rostrum
