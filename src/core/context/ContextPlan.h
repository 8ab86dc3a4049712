#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace rostrum {

// What ContextBudget decided for one request: which messages go as they are, which older turns are replaced by
// one summary message, and the token figures behind it. Indices refer to `messages` (the original list).
struct ContextPlan
{
    QJsonArray messages; // the conversation as given
    QList<int> kept; // sent verbatim, in order: system prompt(s), the first user message, the newest turns
    QList<int> summarised; // older turns to replace by one summary message, in order
    int summaryPosition = -1; // index in the final list where the summary goes (-1: no summary)

    qint64 budget = 0; // floor(window * safety) - max_tokens
    qint64 originalTokens = 0; // prompt tokens of the whole conversation
    qint64 keptTokens = 0; // prompt tokens of the kept messages alone
    qint64 summarisedTokens = 0; // prompt tokens of the turns to summarise (as they would be sent)
    qint64 summaryReserve = 0; // tokens left for the summary message
    bool fits = true; // false: even the pinned messages and the newest turn exceed the budget
    QString tokenizer; // which tokenizer counted
    bool exact = false; // whether the counts are exact

    bool needsSummary() const { return !summarised.isEmpty(); }
    // The messages to summarise, in order (what the Summarizer sends to a model).
    QJsonArray sliceToSummarise() const
    {
        QJsonArray out;
        for (int i : summarised)
            out.append(messages.at(i));
        return out;
    }
};

} // namespace rostrum
