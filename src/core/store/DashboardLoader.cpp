#include "DashboardLoader.h"

#include "store/DashboardQuery.h"
#include "store/Database.h"
#include "usage/UsageTracker.h"

#include <QVariant>

#include <algorithm>

namespace rostrum {

DashboardLoader::DashboardLoader(Database *db, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    qRegisterMetaType<DashboardData>();
}

DashboardLoader::~DashboardLoader()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void DashboardLoader::setFilter(const DashboardFilter &filter)
{
    const QString debate = filter.debateId.isEmpty() ? m_filter.debateId : filter.debateId;
    m_filter = filter;
    m_filter.debateId = debate;
    refresh();
}

void DashboardLoader::setCurrentDebate(const QString &debateId)
{
    if (m_filter.debateId == debateId)
        return;
    m_filter.debateId = debateId;
    refresh();
}

void DashboardLoader::watch(UsageTracker *tracker)
{
    connect(tracker, &UsageTracker::recorded, this, &DashboardLoader::scheduleRefresh);
}

void DashboardLoader::refresh()
{
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    if (m_inFlight) {
        m_again = true;
        return;
    }
    start();
}

void DashboardLoader::scheduleRefresh()
{
    if (m_timer)
        return; // a load is already due: this change will be in it
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const qint64 since = m_lastStartMs < 0 ? m_throttleMs : m_clock->nowMs() - m_lastStartMs;
    const qint64 delay = std::clamp<qint64>(m_throttleMs - since, 0, m_throttleMs);
    m_timer = m_clock->callLater(delay, this, [this] {
        m_timer = 0;
        refresh();
    });
}

void DashboardLoader::start()
{
    if (!m_db || !m_db->isOpen()) {
        finished(DashboardData {m_filter, {}, {}, {}, -1, -1, 0, 0.0});
        return;
    }
    m_inFlight = true;
    ++m_loadsStarted;
    m_lastStartMs = m_clock->nowMs();
    DashboardFilter filter = m_filter;
    filter.now = m_clock->wallTime();
    m_db->read(
        [filter, rows = m_rows](QSqlDatabase &db) {
            DashboardQuery::update(db, *rows);
            return QVariant::fromValue(rows->aggregate(filter));
        },
        this,
        [this](const QVariant &v) {
            m_inFlight = false;
            finished(v.value<DashboardData>());
        });
}

void DashboardLoader::finished(const DashboardData &data)
{
    m_data = data;
    Q_EMIT loaded(m_data);
    if (m_again) {
        m_again = false;
        scheduleRefresh();
    }
}

} // namespace rostrum
