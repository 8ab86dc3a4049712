#include "UsageTracker.h"

#include "models/CostEstimator.h"
#include "usage/UsageLogging.h"

#include <algorithm>

namespace rostrum {

QList<ErrorClass> failedAttempts(const UsageRecord &record)
{
    if (!record.attemptErrors.isEmpty())
        return record.attemptErrors;
    if (record.finalError != ErrorClass::None)
        return {record.finalError};
    return {};
}

UsageTracker::UsageTracker(const ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    qRegisterMetaType<UsageRecord>();
}

void UsageTracker::price(UsageRecord &r) const
{
    if (r.cached) {
        r.costUsd = 0.0;
        r.costKnown = true;
        return;
    }
    const CostEstimate e = CostEstimator(m_catalog).exact(r.model, r.promptTokens, r.completionTokens);
    r.costKnown = e.known;
    r.costUsd = e.known ? e.totalUsd : 0.0;
    if (!e.known && (r.promptTokens > 0 || r.completionTokens > 0))
        qCInfo(lcUsage) << "no known price for" << r.model << "- its cost is shown as unknown";
}

void UsageTracker::record(UsageRecord r)
{
    price(r);
    m_all.append(r);
    m_byModel[r.model].append(r);
    if (r.costKnown && r.costUsd > 0.0) {
        m_totalCost += r.costUsd;
        if (!r.debateId.isEmpty()) {
            m_debateCost[r.debateId] += r.costUsd;
            emit debateCostChanged(r.debateId, m_debateCost.value(r.debateId));
        }
        emit costChanged(m_totalCost);
    }
    for (ErrorClass c : failedAttempts(r))
        emit errorCounted(r.model, ApiError::className(c));
    if (r.cached)
        emit cacheHit(r.model, r.savedUsd);
    emit recorded(r);
    emit changed();
}

void UsageTracker::reset()
{
    m_all.clear();
    m_byModel.clear();
    m_debateCost.clear();
    m_totalCost = 0.0;
    emit costChanged(0.0);
    emit changed();
}

UsageStats UsageTracker::forModel(const QString &model) const
{
    return summarize(m_byModel.value(model), model);
}

QStringList UsageTracker::models() const
{
    QStringList names = m_byModel.keys();
    std::sort(names.begin(), names.end());
    return names;
}

UsageReport UsageTracker::report() const
{
    UsageReport r;
    const QStringList names = models();
    for (const QString &m : names)
        r.models << forModel(m);
    r.total = total();
    return r;
}

UsageStats UsageTracker::summarize(const QList<UsageRecord> &records, const QString &model)
{
    UsageStats s;
    s.model = model;
    QList<qint64> latencies;
    QList<qint64> ttfts;
    double tpsSum = 0.0;
    qint64 tpsCount = 0;
    for (const UsageRecord &r : records) {
        for (ErrorClass c : failedAttempts(r))
            s.errors[ApiError::className(c)] += 1;
        s.functionCalls += r.functionCallsMade;
        s.functionCallsSucceeded += r.functionCallsSucceeded;
        if (r.cached) {
            ++s.cacheHits;
            s.savingsUsd += r.savedUsd;
            continue;
        }
        if (r.cacheChecked)
            ++s.cacheMisses;
        ++s.requests;
        s.promptTokens += r.promptTokens;
        s.completionTokens += r.completionTokens;
        if (r.costKnown)
            s.costUsd += r.costUsd;
        else
            ++s.unpricedRequests;
        s.retries += std::max(0, r.attempts - 1);
        s.waitedMs += r.waitedMs;
        if (r.latencyMs >= 0)
            latencies << r.latencyMs;
        if (r.ttftMs >= 0)
            ttfts << r.ttftMs;
        if (r.tokensPerSecond > 0.0) {
            tpsSum += r.tokensPerSecond;
            ++tpsCount;
        }
    }
    s.latency = LatencySummary::of(latencies);
    s.ttft = LatencySummary::of(ttfts);
    s.tokensPerSecond = tpsCount > 0 ? tpsSum / double(tpsCount) : 0.0;
    return s;
}

} // namespace rostrum
