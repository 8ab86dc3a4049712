#pragma once

#include "usage/UsageStats.h"

#include <vector>

namespace rostrum {

// Adds requests up into the per-model counters that the usage report (UsageStats) and the dashboard
// (DashboardModelFigures) share. Record is any type with UsageRecord's field names (UsageRecord,
// DashboardRow). Tokens and cost are what the API billed; a cache hit adds to the cache figures only.
class RequestTally
{
public:
    // False for a cache hit: nothing else of the request is counted.
    template<typename Totals, typename Record> bool add(Totals &t, const Record &r)
    {
        t.savingsUsd += r.savedUsd;
        if (r.cached) {
            ++t.cacheHits;
            return false;
        }
        if (r.cacheChecked)
            ++t.cacheMisses;
        ++t.requests;
        t.promptTokens += r.promptTokens;
        t.completionTokens += r.completionTokens;
        t.cachedPromptTokens += r.cachedPromptTokens;
        t.promptCacheSavingsUsd += r.promptCacheSavedUsd;
        if (r.costKnown)
            t.costUsd += r.costUsd;
        else
            ++t.unpricedRequests;
        if (r.attempts > 1)
            t.retries += r.attempts - 1;
        t.waitedMs += r.waitedMs;
        if (r.latencyMs >= 0)
            m_latencies.push_back(r.latencyMs);
        if (r.ttftMs >= 0)
            m_ttfts.push_back(r.ttftMs);
        if (r.tokensPerSecond > 0.0) {
            m_tpsSum += r.tokensPerSecond;
            ++m_tpsCount;
        }
        return true;
    }

    // Sets latency, ttft and tokensPerSecond from the requests added.
    template<typename Totals> void finish(Totals &t)
    {
        t.latency = summarize(m_latencies);
        t.ttft = summarize(m_ttfts);
        t.tokensPerSecond = m_tpsCount > 0 ? m_tpsSum / double(m_tpsCount) : 0.0;
    }

    // LatencySummary::of without sorting: the nearest-rank percentiles by selection, O(n) instead of
    // O(n log n). The same figures: the k-th smallest value is the same whichever way it is found.
    static LatencySummary summarize(std::vector<qint64> &values);

private:
    std::vector<qint64> m_latencies;
    std::vector<qint64> m_ttfts;
    double m_tpsSum = 0.0;
    qint64 m_tpsCount = 0;
};

} // namespace rostrum
