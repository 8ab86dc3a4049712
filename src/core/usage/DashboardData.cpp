#include "DashboardData.h"

#include "api/ApiError.h"
#include "usage/RequestTally.h"
#include "usage/UsageTracker.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <limits>

#include <numeric>

namespace rostrum {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

// What a model's figures add up from its rows, before percentiles are taken.
struct Accumulator
{
    DashboardModelFigures f;
    RequestTally tally;

    void add(const DashboardRow &r)
    {
        for (size_t b = 0; b < r.errors.size(); ++b)
            f.errors[b] += r.errors[b];
        if (tally.add(f, r) && r.failed)
            ++f.failedRequests;
    }

    DashboardModelFigures finish()
    {
        tally.finish(f);
        return f;
    }
};

} // namespace

qint64 DashboardFilter::sinceMs() const
{
    const QDateTime end = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    switch (range) {
    case DashboardRange::Today: {
        const QDateTime local = end.toLocalTime();
        return QDateTime(local.date(), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    }
    case DashboardRange::Last7Days:
        return end.toMSecsSinceEpoch() - 7 * kDayMs;
    case DashboardRange::Last30Days:
        return end.toMSecsSinceEpoch() - 30 * kDayMs;
    case DashboardRange::ThisDebate:
    case DashboardRange::All:
        break;
    }
    return -1;
}

bool DashboardFilter::matches(const UsageRecord &record) const
{
    if (range == DashboardRange::ThisDebate)
        return !debateId.isEmpty() && record.debateId == debateId;
    const qint64 since = sinceMs();
    return since < 0 || record.startedAt.toMSecsSinceEpoch() >= since;
}

QString DashboardFilter::rangeKey(DashboardRange range)
{
    switch (range) {
    case DashboardRange::ThisDebate:
        return QStringLiteral("debate");
    case DashboardRange::Today:
        return QStringLiteral("today");
    case DashboardRange::Last7Days:
        return QStringLiteral("7d");
    case DashboardRange::Last30Days:
        return QStringLiteral("30d");
    case DashboardRange::All:
        break;
    }
    return QStringLiteral("all");
}

QList<DashboardRange> DashboardFilter::ranges()
{
    return {DashboardRange::ThisDebate, DashboardRange::Today, DashboardRange::Last7Days, DashboardRange::Last30Days,
            DashboardRange::All};
}

qint64 DashboardModelFigures::errorCount() const
{
    return std::accumulate(errors.begin(), errors.end(), qint64(0));
}

double DashboardModelFigures::cacheHitRate() const
{
    const qint64 checked = cacheHits + cacheMisses;
    return checked > 0 ? double(cacheHits) / double(checked) : 0.0;
}

const DashboardModelFigures *DashboardData::figuresOf(const QString &model) const
{
    for (const DashboardModelFigures &f : models) {
        if (f.model == model)
            return &f;
    }
    return nullptr;
}

QString DashboardData::bucketKey(ErrorBucket bucket)
{
    switch (bucket) {
    case ErrorBucket::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorBucket::Capacity:
        return QStringLiteral("capacity");
    case ErrorBucket::Auth:
        return QStringLiteral("auth");
    case ErrorBucket::Server:
        return QStringLiteral("server");
    case ErrorBucket::Network:
        return QStringLiteral("network");
    case ErrorBucket::Timeout:
        return QStringLiteral("timeout");
    case ErrorBucket::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<ErrorBucket> DashboardData::buckets()
{
    return {ErrorBucket::RateLimited, ErrorBucket::Capacity, ErrorBucket::Auth, ErrorBucket::Server,
            ErrorBucket::Network,     ErrorBucket::Timeout,  ErrorBucket::Other};
}

ErrorBucket DashboardData::bucketOf(ErrorClass c)
{
    switch (c) {
    case ErrorClass::RateLimited:
        return ErrorBucket::RateLimited;
    case ErrorClass::Capacity:
        return ErrorBucket::Capacity;
    case ErrorClass::Auth:
        return ErrorBucket::Auth;
    case ErrorClass::Server:
        return ErrorBucket::Server;
    case ErrorClass::Network:
        return ErrorBucket::Network;
    case ErrorClass::Timeout:
        return ErrorBucket::Timeout;
    default:
        break;
    }
    return ErrorBucket::Other;
}

ErrorBucket DashboardData::bucketOf(const QString &className)
{
    return bucketOf(ApiError::classFromName(className));
}

qint64 DashboardData::bucketSizeFor(qint64 spanMs)
{
    const qint64 raw = std::max<qint64>(spanMs, 0) / 120;
    return std::max<qint64>(1000, (raw + 999) / 1000 * 1000);
}

QList<SpendPoint> DashboardData::cumulate(const QMap<qint64, double> &perBucket, qint64 firstMs, qint64 lastMs,
                                          qint64 bucketMs)
{
    QList<SpendPoint> points;
    points.reserve(perBucket.size() + 2);
    points.append({firstMs, 0.0});
    double sum = 0.0;
    for (auto it = perBucket.cbegin(); it != perBucket.cend(); ++it) {
        sum += it.value();
        points.append({std::min(firstMs + (it.key() + 1) * bucketMs, lastMs), sum});
    }
    if (points.constLast().ms < lastMs)
        points.append({lastMs, sum});
    return points;
}

DashboardData DashboardData::fromRecords(const QList<UsageRecord> &records, const DashboardFilter &filter)
{
    DashboardRows rows;
    for (const UsageRecord &r : records)
        rows.add(r);
    return rows.aggregate(filter);
}

int DashboardRows::modelIndex(const QString &model)
{
    const auto it = m_modelIndex.constFind(model);
    if (it != m_modelIndex.cend())
        return it.value();
    m_models.append(model);
    m_modelIndex.insert(model, int(m_models.size()) - 1);
    return int(m_models.size()) - 1;
}

int DashboardRows::debateIndex(const QString &debateId)
{
    if (debateId.isEmpty())
        return -1;
    return m_debateIndex.insert(debateId, m_debateIndex.value(debateId, int(m_debateIndex.size()))).value();
}

void DashboardRows::add(const UsageRecord &r)
{
    DashboardRow row;
    row.startedMs = r.startedAt.toMSecsSinceEpoch();
    row.model = modelIndex(r.model);
    row.debate = debateIndex(r.debateId);
    row.cached = r.cached;
    row.cacheChecked = r.cacheChecked;
    row.costKnown = r.costKnown;
    row.failed = !r.succeeded();
    // As UsageStore stores it: a cache hit bills nothing.
    row.promptTokens = r.cached ? 0 : r.promptTokens;
    row.completionTokens = r.cached ? 0 : r.completionTokens;
    row.costUsd = r.cached ? 0.0 : r.costUsd;
    row.cachedPromptTokens = r.cached ? 0 : r.cachedPromptTokens;
    row.promptCacheSavedUsd = r.cached ? 0.0 : r.promptCacheSavedUsd;
    row.attempts = r.attempts;
    row.latencyMs = r.latencyMs;
    row.ttftMs = r.ttftMs;
    row.waitedMs = r.waitedMs;
    row.tokensPerSecond = r.tokensPerSecond;
    row.savedUsd = r.savedUsd;
    m_rows.push_back(row);
    for (ErrorClass c : failedAttempts(r)) {
        if (DashboardData::countsAsError(c))
            addError(m_rows.size() - 1, DashboardData::bucketOf(c));
    }
}

void DashboardRows::addError(size_t index, ErrorBucket bucket)
{
    quint16 &n = m_rows[index].errors[size_t(bucket)];
    if (n < std::numeric_limits<quint16>::max())
        ++n;
}

DashboardData DashboardRows::aggregate(const DashboardFilter &filter) const
{
    DashboardData data;
    data.filter = filter;
    const bool byDebate = filter.range == DashboardRange::ThisDebate;
    const int debate = m_debateIndex.value(filter.debateId, -2); // -2: no row has it
    const qint64 since = byDebate ? -1 : filter.sinceMs();
    std::vector<Accumulator> byModel(size_t(m_models.size()));
    std::vector<bool> seen(size_t(m_models.size()), false);
    Accumulator all;
    std::vector<const DashboardRow *> selected;
    selected.reserve(m_rows.size());
    for (const DashboardRow &r : m_rows) {
        if (r.debate == debate && !r.cached && r.costKnown)
            data.debateCostUsd += r.costUsd;
        if (byDebate ? r.debate != debate : r.startedMs < since)
            continue;
        selected.push_back(&r);
        byModel[size_t(r.model)].add(r);
        seen[size_t(r.model)] = true;
        all.add(r);
        data.firstMs = data.firstMs < 0 ? r.startedMs : std::min(data.firstMs, r.startedMs);
        data.lastMs = std::max(data.lastMs, r.startedMs);
    }
    QMap<QString, int> order; // models by name
    for (size_t m = 0; m < byModel.size(); ++m) {
        if (seen[m])
            order.insert(m_models.at(qsizetype(m)), int(m));
    }
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        DashboardModelFigures f = byModel[size_t(it.value())].finish();
        f.model = it.key();
        data.models.append(f);
    }
    data.total = all.finish();
    if (selected.empty())
        return data;

    data.bucketMs = DashboardData::bucketSizeFor(data.lastMs - data.firstMs);
    // Per model and bucket: the spend, and whether a priced request fell in it (a bucket of
    // free requests is still a point). Arrays, not maps: this loop runs once per request.
    const size_t bucketCount = size_t((data.lastMs - data.firstMs) / data.bucketMs) + 1;
    std::vector<std::vector<double>> spend(byModel.size());
    std::vector<std::vector<char>> had(byModel.size());
    for (const DashboardRow *r : selected) {
        if (r->cached || !r->costKnown)
            continue;
        const size_t m = size_t(r->model);
        if (spend[m].empty()) {
            spend[m].assign(bucketCount, 0.0);
            had[m].assign(bucketCount, 0);
        }
        const size_t b = size_t((r->startedMs - data.firstMs) / data.bucketMs);
        spend[m][b] += r->costUsd;
        had[m][b] = 1;
    }
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        const size_t m = size_t(it.value());
        if (spend[m].empty())
            continue;
        QMap<qint64, double> perBucket;
        for (size_t b = 0; b < bucketCount; ++b) {
            if (had[m][b])
                perBucket.insert(qint64(b), spend[m][b]);
        }
        data.cumulativeSpend.insert(it.key(),
                                    DashboardData::cumulate(perBucket, data.firstMs, data.lastMs, data.bucketMs));
    }
    return data;
}

} // namespace rostrum
