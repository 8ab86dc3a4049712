#include "CostEstimator.h"

#include "models/ModelCatalog.h"

#include <algorithm>

namespace rostrum {

CostEstimator::CostEstimator(const ModelCatalog *catalog)
    : m_catalog(catalog)
{ }

CostEstimate CostEstimator::exact(const QString &model, qint64 promptTokens, qint64 completionTokens,
                                  qint64 cachedPromptTokens) const
{
    CostEstimate e;
    e.model = model;
    e.promptTokens = promptTokens;
    e.cachedPromptTokens = std::clamp<qint64>(cachedPromptTokens, 0, std::max<qint64>(0, promptTokens));
    e.completionTokens = completionTokens;
    const ModelInfo *m = m_catalog ? m_catalog->find(model) : nullptr;
    if (!m)
        return e;
    e.resolvedId = m->id;
    if (!m->priceKnown())
        return e;
    e.known = true;
    e.outputUsd = double(completionTokens) * *m->outputUsdPerMTok / 1e6;
    e.totalUsd = m->costUsd(promptTokens, completionTokens, e.cachedPromptTokens);
    e.inputUsd = m->costUsd(promptTokens, 0, e.cachedPromptTokens);
    e.promptCacheSavingsUsd = m->promptCacheSavingsUsd(e.cachedPromptTokens);
    return e;
}

CostEstimate CostEstimator::batch(const QString &model, qint64 promptTokens, qint64 completionTokens) const
{
    CostEstimate e = exact(model, promptTokens, completionTokens);
    const ModelInfo *m = e.known ? m_catalog->find(model) : nullptr;
    if (!m)
        return e;
    e.inputUsd = m->batchCostUsd(promptTokens, 0);
    e.outputUsd = m->batchCostUsd(0, completionTokens);
    e.totalUsd = m->batchCostUsd(promptTokens, completionTokens);
    return e;
}

CostEstimate CostEstimator::worstCase(const QString &model, qint64 promptTokens, qint64 maxTokens) const
{
    qint64 completion = maxTokens;
    if (completion <= 0) {
        const ModelInfo *m = m_catalog ? m_catalog->find(model) : nullptr;
        if (!m || m->contextTokens <= 0) {
            // Without max_tokens or a known window there is no upper bound to quote.
            CostEstimate e;
            e.model = model;
            e.resolvedId = m ? m->id : QString();
            e.promptTokens = promptTokens;
            return e;
        }
        completion = std::max<qint64>(0, m->contextTokens - promptTokens);
    }
    // At the full input price (no cached tokens): see the class comment.
    return exact(model, promptTokens, completion);
}

} // namespace rostrum
