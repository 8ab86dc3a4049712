#pragma once

#include "usage/UsageRecord.h"
#include "usage/UsageStats.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <array>

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
    double savedUsd = 0.0;

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
