#pragma once

#include <QtGlobal>

#include <functional>

namespace rostrum {

// The rule for fitting a conversation into a model's context window: the prompt may use
// `context window x safety (0.9) - max_tokens` tokens. When it does not fit, the fewest oldest entries are replaced
// by one summary, with tokens reserved for it (an eighth of the budget, between 32 and 1024). Pure: the caller
// counts, with the model's own tokenizer and chat template.
class ContextBudget
{
public:
    // How many of the oldest entries to summarise, and whether that is enough.
    struct Split
    {
        int summarised = 0; // in [1, n] once a split was needed
        bool fits = true; // false: even with all n summarised the prompt exceeds the budget
    };

    // 0.9 by default: 10% headroom for counts that are estimates.
    void setSafetyFactor(double factor) { m_safety = factor; }

    qint64 budgetFor(qint64 contextWindow, qint64 maxTokens) const;
    static qint64 summaryReserveFor(qint64 budget);

    // The fewest of the n oldest entries whose replacement by a summary makes the prompt fit:
    // promptTokens(k) + summaryReserveFor(budget) <= budget, where promptTokens(k) counts the prompt with the
    // first k entries left out. Binary search, so O(log n) counts; n with fits = false when nothing is enough.
    Split split(int n, qint64 budget, const std::function<qint64(int k)> &promptTokens) const;

private:
    double m_safety = 0.9;
};

} // namespace rostrum
