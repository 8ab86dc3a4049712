#pragma once

#include <QString>

namespace rostrum {

class ModelCatalog;

// A price in USD, or the fact that it is not known (an unknown price is never shown as 0).
struct CostEstimate
{
    QString model; // the name asked about
    QString resolvedId; // the catalog id it resolved to; empty when the model is unknown
    bool known = false; // false: model unknown or price unknown
    double inputUsd = 0.0; // the whole prompt: uncached tokens at the input price, cached ones at theirs
    double outputUsd = 0.0;
    double totalUsd = 0.0;
    double promptCacheSavingsUsd = 0.0; // what the cached tokens saved against the full input price
    qint64 promptTokens = 0;
    qint64 cachedPromptTokens = 0; // of promptTokens, served from the API's prompt cache
    qint64 completionTokens = 0; // for a worst case: the most the answer may use
};

// Prices requests from the catalog: the exact cost of a finished one (billed usage, its cached prompt
// tokens at the cached-input price), and the worst case of one about to be sent (prompt + max_tokens, or
// the rest of the window when no max_tokens is set), which the debate engine checks against the budget.
// The worst case prices the whole prompt at the full input price: whether the API's prompt cache will
// hit is not known before the answer, and a cap must hold even when it misses.
class CostEstimator
{
public:
    explicit CostEstimator(const ModelCatalog *catalog);

    CostEstimate exact(const QString &model, qint64 promptTokens, qint64 completionTokens,
                       qint64 cachedPromptTokens = 0) const;
    // The same request through the Batch API (batch prices; the prompt cache is not counted).
    CostEstimate batch(const QString &model, qint64 promptTokens, qint64 completionTokens) const;
    // maxTokens <= 0: the answer may fill the rest of the model's context window.
    CostEstimate worstCase(const QString &model, qint64 promptTokens, qint64 maxTokens) const;

private:
    const ModelCatalog *m_catalog;
};

} // namespace rostrum
