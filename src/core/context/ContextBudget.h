#pragma once

#include "context/ContextPlan.h"

#include "tokens/TokenCounter.h"

namespace rostrum {

// Fits a conversation into `context window x safety (0.9) - max_tokens` prompt tokens, counted with the model's
// own tokenizer and chat template. Keeps every system message, the first user message (the motion) and as many of
// the newest turns as fit; the turns in between are marked to be replaced by one summary message, with tokens
// reserved for it. Pure and thread-safe: plan() only reads the counter.
class ContextBudget
{
public:
    explicit ContextBudget(const TokenCounter &counter);

    // 0.9 by default: 10% headroom for counts that are estimates.
    void setSafetyFactor(double factor) { m_safety = factor; }
    // Tokens kept free for the summary message: a fixed number, or (when 0) an eighth of the budget, at most 1024.
    void setSummaryReserve(qint64 tokens) { m_summaryReserve = tokens; }
    // Role and lead-in of the summary message (a system message by default, so every template keeps it apart).
    void setSummaryRole(const QString &role) { m_summaryRole = role; }
    void setSummaryPrefix(const QString &prefix) { m_summaryPrefix = prefix; }

    qint64 budgetFor(qint64 contextWindow, qint64 maxTokens) const;

    ContextPlan plan(const QJsonArray &messages, const QString &model, qint64 contextWindow, qint64 maxTokens) const;
    ContextPlan plan(const QJsonArray &messages, const TokenizerChoice &choice, qint64 contextWindow,
                     qint64 maxTokens) const;

    // The final message list: the kept messages with one summary message in place of the summarised turns.
    // Without a summary in the plan, the kept messages alone.
    QJsonArray apply(const ContextPlan &plan, const QString &summaryText) const;
    QJsonObject summaryMessage(const QString &summaryText) const;

private:
    const TokenCounter &m_counter;
    double m_safety = 0.9;
    qint64 m_summaryReserve = 0;
    QString m_summaryRole = QStringLiteral("system");
    QString m_summaryPrefix = QStringLiteral("Summary of the earlier turns:\n");
};

} // namespace rostrum
