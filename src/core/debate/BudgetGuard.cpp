#include "debate/BudgetGuard.h"

#include "models/CostEstimator.h"

#include <QCoreApplication>

namespace rostrum {

BudgetGuard::BudgetGuard(const ModelCatalog *catalog, const RequestTokens &tokens)
    : m_catalog(catalog)
    , m_tokens(tokens)
{ }

double BudgetGuard::costOf(const QString &model, qint64 prompt, qint64 completion, qint64 cached, bool *known) const
{
    if (!m_catalog) {
        if (known)
            *known = false;
        return 0;
    }
    const CostEstimate e = CostEstimator(m_catalog).exact(model, prompt, completion, cached);
    if (known)
        *known = e.known;
    return e.known ? e.totalUsd : 0;
}

double BudgetGuard::batchCostOf(const QString &model, qint64 prompt, qint64 completion) const
{
    const CostEstimate e = CostEstimator(m_catalog).batch(model, prompt, completion);
    return e.known ? e.totalUsd : 0;
}

BudgetGuard::Check BudgetGuard::check(std::optional<double> capUsd, double spentUsd, const ChatRequest &request) const
{
    if (!capUsd)
        return {};
    Check c;
    c.capUsd = *capUsd;
    bool known = false;
    if (m_catalog) {
        // The full input price: a prompt cache hit is only known from the answer, and the cap must hold without it.
        const CostEstimate e =
            CostEstimator(m_catalog).worstCase(request.model, m_tokens.count(request), request.maxTokens.value_or(0));
        known = e.known;
        c.worstUsd = e.totalUsd;
    }
    if (!known) {
        c.allowed = false;
        c.worstUsd = 0;
        c.message = QCoreApplication::translate("rostrum::DebateEngine",
                                                "The price of %1 is not known, so the budget cap of $%2 cannot be "
                                                "guaranteed; stopped before sending. Set a price for it or run "
                                                "without --budget.")
                        .arg(request.model)
                        .arg(c.capUsd, 0, 'f', 4);
        return c;
    }
    if (spentUsd + c.worstUsd > c.capUsd) {
        c.allowed = false;
        c.message = QCoreApplication::translate("rostrum::DebateEngine",
                                                "Budget cap reached: $%1 spent, and the next request could cost up "
                                                "to $%2, which would cross the cap of $%3. Stopped before sending it.")
                        .arg(spentUsd, 0, 'f', 4)
                        .arg(c.worstUsd, 0, 'f', 4)
                        .arg(c.capUsd, 0, 'f', 4);
    }
    return c;
}

} // namespace rostrum
