#pragma once

#include "api/ChatRequest.h"
#include "debate/RequestTokens.h"

#include <QString>

#include <optional>

namespace rostrum {

class ModelCatalog;

// What a debate's money allows: the price of what a request cost, and whether the next request may go without
// its worst case (prompt + max_tokens at list price) crossing the cap.
class BudgetGuard
{
public:
    struct Check
    {
        bool allowed = true;
        double worstUsd = 0; // the request's worst case (0 when its price is unknown)
        double capUsd = 0;
        QString message; // why it may not go, for people
    };

    BudgetGuard(const ModelCatalog *catalog, const RequestTokens &tokens);

    // A cap cannot be honoured for a model whose price is unknown: such a request is refused rather than guessed.
    Check check(std::optional<double> capUsd, double spentUsd, const ChatRequest &request) const;
    // What a finished request of `model` cost, its `cached` prompt tokens at the cached-input price (the money
    // spent that check() adds the next worst case to); 0 with *known = false when the price is unknown.
    double costOf(const QString &model, qint64 prompt, qint64 completion, qint64 cached = 0,
                  bool *known = nullptr) const;
    // The same request answered through the Batch API, at the batch prices; 0 when the price is unknown.
    double batchCostOf(const QString &model, qint64 prompt, qint64 completion) const;

private:
    const ModelCatalog *m_catalog;
    RequestTokens m_tokens;
};

} // namespace rostrum
