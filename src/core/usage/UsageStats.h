#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace rostrum {

// avg and nearest-rank percentiles of a set of durations; count 0 = nothing measured.
struct LatencySummary
{
    qint64 count = 0;
    double avg = 0.0;
    qint64 p50 = 0;
    qint64 p95 = 0;
    qint64 p99 = 0;

    // Nearest rank: the smallest value with at least p% of the values at or below it. The SQL
    // aggregation in UsageStore uses the same definition, so live and stored figures agree.
    static qint64 percentile(const QList<qint64> &sorted, int p);
    static LatencySummary of(QList<qint64> values);
    QJsonObject toJson(bool withP99) const;
};

// Usage of one model (or of all, when model is empty) as `rostrum-cli usage` reports it.
// Tokens and cost are what the API billed; a cache hit adds to cache figures only.
struct UsageStats
{
    QString model; // the name the requests used; empty for the total
    qint64 requests = 0; // requests that went to the API (cache hits are not requests)
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0.0; // of the requests whose price is known
    qint64 unpricedRequests = 0; // requests of models with no known price
    QMap<QString, qint64> errors; // every failed attempt, by ApiError class name
    LatencySummary latency;
    LatencySummary ttft;
    double tokensPerSecond = 0.0; // mean over requests that measured it
    qint64 retries = 0; // attempts after the first
    qint64 waitedMs = 0; // rate-limit waits and retry delays
    qint64 cacheHits = 0;
    qint64 cacheMisses = 0;
    double savingsUsd = 0.0; // what Rostrum's own response cache saved
    qint64 cachedPromptTokens = 0; // of promptTokens, served by the API's prompt cache (billed at their price)
    double promptCacheSavingsUsd = 0.0; // what the API's prompt cache saved against the full input price
    qint64 functionCalls = 0;
    qint64 functionCallsSucceeded = 0;

    bool costKnown() const { return requests == 0 || unpricedRequests < requests; }
    qint64 errorCount() const;
    // {"model","requests","prompt_tokens","completion_tokens","cost_usd","latency_ms":{avg,p50,p95,p99},
    //  "ttft_ms":{avg,p50,p95},"errors":{class:n},"retries","waited_ms","cache":{hits,misses,savings_usd},
    //  "function_calls":{called,succeeded}} plus "tokens_per_second", "unpriced_requests",
    //  "cached_prompt_tokens" and "prompt_cache_savings_usd".
    // cost_usd (what was billed, cached prompt tokens at their price) is null when no request's price is known.
    QJsonObject toJson() const;
};

// The whole `usage` report: one entry per model (sorted by name) and the total.
struct UsageReport
{
    QList<UsageStats> models;
    UsageStats total;
    QJsonObject toJson() const;
};

} // namespace rostrum
