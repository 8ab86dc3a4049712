#include "UsageTracker.h"

#include "usage/RequestTally.h"

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
        r.promptCacheSavedUsd = 0.0;
        return;
    }
    // A Batch API answer is billed at the batch prices (its prompt cache is not counted).
    const CostEstimator costs(m_catalog);
    const CostEstimate e = r.batch ? costs.batch(r.model, r.promptTokens, r.completionTokens)
                                   : costs.exact(r.model, r.promptTokens, r.completionTokens, r.cachedPromptTokens);
    r.costKnown = e.known;
    r.costUsd = e.known ? e.totalUsd : 0.0;
    r.promptCacheSavedUsd = e.known ? e.promptCacheSavingsUsd : 0.0;
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
    RequestTally tally;
    for (const UsageRecord &r : records) {
        for (ErrorClass c : failedAttempts(r))
            s.errors[ApiError::className(c)] += 1;
        s.functionCalls += r.functionCallsMade;
        s.functionCallsSucceeded += r.functionCallsSucceeded;
        tally.add(s, r);
    }
    tally.finish(s);
    return s;
}

} // namespace rostrum
