#include "CostEstimator.h"

#include "models/ModelCatalog.h"

#include <algorithm>

namespace rostrum {

CostEstimator::CostEstimator(const ModelCatalog *catalog)
    : m_catalog(catalog)
{ }

CostEstimate CostEstimator::exact(const QString &model, qint64 promptTokens, qint64 completionTokens) const
{
    CostEstimate e;
    e.model = model;
    e.promptTokens = promptTokens;
    e.completionTokens = completionTokens;
    const ModelInfo *m = m_catalog ? m_catalog->find(model) : nullptr;
    if (!m)
        return e;
    e.resolvedId = m->id;
    if (!m->priceKnown())
        return e;
    e.known = true;
    e.inputUsd = double(promptTokens) * *m->inputUsdPerMTok / 1e6;
    e.outputUsd = double(completionTokens) * *m->outputUsdPerMTok / 1e6;
    e.totalUsd = m->costUsd(promptTokens, completionTokens);
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
    return exact(model, promptTokens, completion);
}

} // namespace rostrum
