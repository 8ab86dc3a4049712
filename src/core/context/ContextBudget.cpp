#include "context/ContextBudget.h"

#include "context/ContextLogging.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace rostrum {

ContextBudget::ContextBudget(const TokenCounter &counter)
    : m_counter(counter)
{ }

qint64 ContextBudget::budgetFor(qint64 contextWindow, qint64 maxTokens) const
{
    return qint64(std::floor(double(contextWindow) * m_safety)) - qMax<qint64>(0, maxTokens);
}

ContextPlan ContextBudget::plan(const QJsonArray &messages, const QString &model, qint64 contextWindow,
                                qint64 maxTokens) const
{
    return plan(messages, m_counter.choiceFor(model), contextWindow, maxTokens);
}

QJsonObject ContextBudget::summaryMessage(const QString &summaryText) const
{
    return QJsonObject {{QStringLiteral("role"), m_summaryRole},
                        {QStringLiteral("content"), QString(m_summaryPrefix + summaryText)}};
}

ContextPlan ContextBudget::plan(const QJsonArray &messages, const TokenizerChoice &choice, qint64 contextWindow,
                                qint64 maxTokens) const
{
    ContextPlan p;
    p.messages = messages;
    p.budget = budgetFor(contextWindow, maxTokens);

    auto countOf = [&](const QList<int> &indices, bool withSummary, qint64 summaryTokens) {
        QJsonArray list;
        for (int i : indices)
            list.append(messages.at(i));
        if (withSummary) {
            // A stand-in of the reserved size, where the summary will go, so the template's framing is counted.
            QJsonArray withIt;
            bool inserted = false;
            for (qsizetype k = 0; k < list.size(); ++k) {
                if (!inserted && k == p.summaryPosition) {
                    withIt.append(summaryMessage(QString()));
                    inserted = true;
                }
                withIt.append(list.at(k));
            }
            if (!inserted)
                withIt.append(summaryMessage(QString()));
            return m_counter.countMessages(withIt, choice).count + summaryTokens;
        }
        return m_counter.countMessages(list, choice).count;
    };

    const auto whole = m_counter.countMessages(messages, choice);
    p.originalTokens = whole.count;
    p.tokenizer = whole.tokenizer;
    p.exact = whole.exact;

    QList<int> all;
    for (int i = 0; i < messages.size(); ++i)
        all.append(i);
    if (p.originalTokens <= p.budget) {
        p.kept = all;
        p.keptTokens = p.originalTokens;
        return p;
    }

    // Pinned: every system message and the first user message (the motion the whole debate is about).
    QList<int> pinned;
    int firstUser = -1;
    for (int i = 0; i < messages.size(); ++i) {
        const QString role = messages.at(i).toObject().value(QStringLiteral("role")).toString();
        if (role == QLatin1String("system")) {
            pinned.append(i);
        } else if (role == QLatin1String("user") && firstUser < 0) {
            firstUser = i;
            pinned.append(i);
        }
    }
    p.summaryReserve = m_summaryReserve > 0 ? m_summaryReserve : qMin<qint64>(1024, qMax<qint64>(0, p.budget / 8));

    // Newest turns first: take the longest suffix of unpinned messages that fits with the pinned ones and the
    // summary. Counting the real template each time keeps merges and framing exact; a binary search keeps it
    // to O(log n) counts.
    QList<int> candidates;
    for (int i : all) {
        if (!pinned.contains(i))
            candidates.append(i);
    }
    auto keptWithSuffix = [&](qsizetype suffix) {
        QList<int> kept = pinned;
        for (qsizetype k = candidates.size() - suffix; k < candidates.size(); ++k)
            kept.append(candidates.at(k));
        std::sort(kept.begin(), kept.end());
        return kept;
    };
    auto summaryPositionFor = [&](const QList<int> &kept, const QList<int> &summarised) {
        if (summarised.isEmpty())
            return -1;
        int pos = 0;
        for (int i : kept) {
            if (i < summarised.first())
                ++pos;
        }
        return pos;
    };
    auto fitsWith = [&](qsizetype suffix) {
        const QList<int> kept = keptWithSuffix(suffix);
        QList<int> summarised;
        for (qsizetype k = 0; k < candidates.size() - suffix; ++k)
            summarised.append(candidates.at(k));
        p.summaryPosition = summaryPositionFor(kept, summarised);
        const qint64 n = countOf(kept, !summarised.isEmpty(), summarised.isEmpty() ? 0 : p.summaryReserve);
        return n <= p.budget;
    };

    qsizetype lo = 0, hi = candidates.size(); // the largest suffix that fits lies in [lo, hi]
    if (!fitsWith(0)) {
        hi = 0;
    } else {
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (fitsWith(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
    }
    qsizetype suffix = lo;
    // Always keep the newest turn: without it there is nothing to answer. If it does not fit, say so.
    if (suffix == 0 && !candidates.isEmpty()) {
        suffix = 1;
        p.fits = false;
    } else if (candidates.isEmpty()) {
        p.fits = countOf(pinned, false, 0) <= p.budget;
    }

    p.kept = keptWithSuffix(suffix);
    p.summarised.clear();
    for (qsizetype k = 0; k < candidates.size() - suffix; ++k)
        p.summarised.append(candidates.at(k));
    p.summaryPosition = summaryPositionFor(p.kept, p.summarised);
    p.keptTokens = countOf(p.kept, false, 0);
    p.summarisedTokens = p.summarised.isEmpty() ? 0 : countOf(p.summarised, false, 0);
    if (p.fits && !p.summarised.isEmpty())
        p.fits = countOf(p.kept, true, p.summaryReserve) <= p.budget;
    qCDebug(lcContext) << "context plan: keep" << p.kept.size() << "summarise" << p.summarised.size() << "budget"
                       << p.budget << "original" << p.originalTokens << "kept" << p.keptTokens;
    return p;
}

QJsonArray ContextBudget::apply(const ContextPlan &plan, const QString &summaryText) const
{
    QJsonArray out;
    for (qsizetype k = 0; k < plan.kept.size(); ++k) {
        if (k == plan.summaryPosition && plan.needsSummary())
            out.append(summaryMessage(summaryText));
        out.append(plan.messages.at(plan.kept.at(k)));
    }
    if (plan.needsSummary() && plan.summaryPosition >= plan.kept.size())
        out.append(summaryMessage(summaryText));
    return out;
}

} // namespace rostrum
