#pragma once

#include "usage/UsageRecord.h"
#include "usage/UsageStats.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace rostrum {

// The time ranges the dashboard offers.
enum class DashboardRange { ThisDebate, Today, Last7Days, Last30Days, All };

// Which requests the dashboard aggregates: a range ending now, or one debate.
struct DashboardFilter
{
    DashboardRange range = DashboardRange::All;
    QString debateId; // the current debate: ThisDebate selects it, and its cost feeds the budget gauge
    QDateTime now; // end of the range; Today starts at the local midnight before it

    // Lower bound on started time in ms since the epoch; -1 when the range has none.
    qint64 sinceMs() const;
    bool matches(const UsageRecord &record) const;
    static QString rangeKey(DashboardRange range); // "debate", "today", "7d", "30d", "all"
    static QList<DashboardRange> ranges();
};

// The dashboard's error classes: the six a user acts on, and the rest together.
enum class ErrorBucket { RateLimited, Capacity, Auth, Server, Network, Timeout, Other };
inline constexpr int kErrorBucketCount = 7;

// The figures of one model (or of all, when model is empty) over the filter.
struct DashboardModelFigures
{
    QString model;
    qint64 requests = 0; // went to the API; cache hits are not requests
    qint64 failedRequests = 0; // ended in an error after their retries
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0.0; // of requests with a known price
    qint64 unpricedRequests = 0;
    LatencySummary latency; // ms, successful attempts only, waits excluded
    LatencySummary ttft;
    double tokensPerSecond = 0.0; // mean over the requests that measured it
    std::array<qint64, kErrorBucketCount> errors {}; // failed attempts by ErrorBucket
    qint64 retries = 0;
    qint64 waitedMs = 0;
    qint64 cacheHits = 0;
    qint64 cacheMisses = 0;
    double savingsUsd = 0.0; // Rostrum's response cache
    qint64 cachedPromptTokens = 0; // the API's prompt cache
    double promptCacheSavingsUsd = 0.0;

    qint64 errorCount() const;
    qint64 errorsIn(ErrorBucket bucket) const { return errors[size_t(bucket)]; }
    // hits / (hits + misses); 0 when the cache was never consulted.
    double cacheHitRate() const;
};

// One point of a cumulative spend line: the spend up to the end of a time bucket.
struct SpendPoint
{
    qint64 ms = 0; // ms since the epoch
    double cumulativeUsd = 0.0;
    friend bool operator==(const SpendPoint &, const SpendPoint &) = default;
};

// One request as the dashboard keeps it in memory: compact, so 100,000 of them aggregate in a few
// milliseconds. Names are indexes into DashboardRows' tables.
struct DashboardRow
{
    qint64 startedMs = 0;
    int model = 0;
    int debate = -1;
    bool cached = false;
    bool cacheChecked = false;
    bool costKnown = true;
    bool failed = false;
    int promptTokens = 0;
    int completionTokens = 0;
    int cachedPromptTokens = 0;
    int attempts = 0;
    qint64 latencyMs = -1;
    qint64 ttftMs = -1;
    qint64 waitedMs = 0;
    double costUsd = 0.0;
    double tokensPerSecond = 0.0;
    double savedUsd = 0.0;
    double promptCacheSavedUsd = 0.0;
    std::array<quint16, kErrorBucketCount> errors {}; // failed attempts by ErrorBucket
};

struct DashboardData;

// Every request seen so far, kept for aggregation (store/DashboardQuery fills it from SQLite
// incrementally; fromRecords from UsageRecords). Not thread-safe: one thread owns it.
class DashboardRows
{
public:
    int modelIndex(const QString &model);
    int debateIndex(const QString &debateId); // -1 for an empty id
    const QStringList &models() const { return m_models; } // by index
    void append(const DashboardRow &row) { m_rows.push_back(row); }
    void reserve(size_t count) { m_rows.reserve(count); }
    void add(const UsageRecord &record);
    // Counts one failed attempt of row `index`.
    void addError(size_t index, ErrorBucket bucket);
    size_t size() const { return m_rows.size(); }
    qint64 lastId() const { return m_lastId; } // highest requests.id loaded (DashboardQuery)
    void setLastId(qint64 id) { m_lastId = id; }

    DashboardData aggregate(const DashboardFilter &filter) const;

private:
    QStringList m_models;
    QHash<QString, int> m_modelIndex;
    QHash<QString, int> m_debateIndex;
    std::vector<DashboardRow> m_rows;
    qint64 m_lastId = 0;
};

// Everything the dashboard's charts and table show, computed in one go off the GUI thread
// (DashboardQuery from SQLite) or from records (tests, and the definition both must agree with).
struct DashboardData
{
    DashboardFilter filter;
    QList<DashboardModelFigures> models; // sorted by model name
    DashboardModelFigures total;
    // Per model: cumulative spend at the end of each bucket that had spend, starting at 0 at
    // firstMs and ending at lastMs, so every line spans the same range.
    QMap<QString, QList<SpendPoint>> cumulativeSpend;
    qint64 firstMs = -1; // first and last request in the filter; -1 when none
    qint64 lastMs = -1;
    qint64 bucketMs = 0;
    double debateCostUsd = 0.0; // of filter.debateId over its whole life (the budget gauge)

    bool isEmpty() const { return total.requests == 0 && total.cacheHits == 0; }
    const DashboardModelFigures *figuresOf(const QString &model) const;

    static QString bucketKey(ErrorBucket bucket); // "rate_limited", ..., "other"
    static QList<ErrorBucket> buckets();
    // A cancelled attempt is the user's choice, not a failure of the model: not counted.
    static bool countsAsError(ErrorClass c) { return c != ErrorClass::None && c != ErrorClass::Cancelled; }
    static ErrorBucket bucketOf(ErrorClass c);
    static ErrorBucket bucketOf(const QString &className);
    // About 120 buckets over the span, rounded to a whole second (at least one second).
    static qint64 bucketSizeFor(qint64 spanMs);
    // Cumulative lines from per-bucket spend (bucket index -> usd), as both sources build them.
    static QList<SpendPoint> cumulate(const QMap<qint64, double> &perBucket, qint64 firstMs, qint64 lastMs,
                                      qint64 bucketMs);

    static DashboardData fromRecords(const QList<UsageRecord> &records, const DashboardFilter &filter);
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::DashboardData)
