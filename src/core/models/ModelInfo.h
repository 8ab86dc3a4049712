#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rostrum {

// What Rostrum knows about one model: from the shipped table, the API's model list and the
// user's override file, merged by ModelCatalog.
struct ModelInfo
{
    QString id; // the canonical API id ("mistral-small-2603")
    QStringList aliases; // other names that reach it ("mistral-small-latest")
    QString name; // for people ("Mistral Small 4")
    qint64 contextTokens = 0; // 0 = not known
    // USD per million tokens. Unset = not known, which is never the same as free.
    std::optional<double> inputUsdPerMTok;
    std::optional<double> outputUsdPerMTok;
    // Cached prompt tokens (usage.prompt_tokens_details.cached_tokens) and the Batch API. Unset while the
    // input/output price is known: the published rule prices them (kCachedInputShare, kBatchShare).
    std::optional<double> cachedInputUsdPerMTok;
    std::optional<double> batchInputUsdPerMTok;
    std::optional<double> batchOutputUsdPerMTok;
    QDate pricesAsOf; // the date of the table the prices came from
    QStringList capabilities; // chat, function_calling, fim, vision, reasoning, structured_outputs, ...
    QStringList strengths; // what ModelSelector looks for: code, reasoning, math, balanced, general, fast, simple
    QString tokenizer = QStringLiteral("heuristic"); // tekken-240718, spm-v3, spm-v1, heuristic
    bool tokenizerExact = false; // false: the tokenizer is an estimate for this model
    QDate deprecated; // invalid = not deprecated
    QDate retires; // when the API stops serving it, if known
    QString replacement; // the model to move to, if known
    std::optional<bool> listedByApi; // set by a refresh from GET /v1/models
    QString note;

    // Mistral's rule (docs, 2026): cached prompt tokens cost 10% of the input price, batch requests half the
    // live prices. Used when a table gives no explicit figure.
    static constexpr double kCachedInputShare = 0.1;
    static constexpr double kBatchShare = 0.5;

    bool priceKnown() const { return inputUsdPerMTok.has_value() && outputUsdPerMTok.has_value(); }
    // The effective prices (explicit, else by the rule above); unset when the live price is not known.
    std::optional<double> cachedInputPrice() const;
    std::optional<double> batchInputPrice() const;
    std::optional<double> batchOutputPrice() const;
    bool isDeprecated() const { return deprecated.isValid(); }
    bool hasCapability(const QString &c) const { return capabilities.contains(c); }
    bool hasStrength(const QString &s) const { return strengths.contains(s); }
    bool answersTo(const QString &nameOrAlias) const;
    // Price of a finished request (only when priceKnown()): the `cachedTokens` of its prompt at the cached-input
    // price, the rest of the prompt at the input price, the completion at the output price.
    double costUsd(qint64 promptTokens, qint64 completionTokens, qint64 cachedTokens = 0) const;
    // What the cached tokens saved against the full input price.
    double promptCacheSavingsUsd(qint64 cachedTokens) const;
    // Price of a request run through the Batch API (only when priceKnown()).
    double batchCostUsd(qint64 promptTokens, qint64 completionTokens) const;

    // The `rostrum-cli models --json` shape (a price not known is null, never 0).
    QJsonObject toJson() const;
};

} // namespace rostrum
