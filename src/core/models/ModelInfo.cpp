#include "ModelInfo.h"

#include <QJsonArray>

#include <algorithm>

namespace rostrum {

bool ModelInfo::answersTo(const QString &nameOrAlias) const
{
    return id.compare(nameOrAlias, Qt::CaseInsensitive) == 0 || aliases.contains(nameOrAlias, Qt::CaseInsensitive);
}

namespace {
std::optional<double> explicitOrShare(const std::optional<double> &given, const std::optional<double> &live,
                                      double share)
{
    if (given)
        return given;
    if (live)
        return *live * share;
    return std::nullopt;
}
} // namespace

std::optional<double> ModelInfo::cachedInputPrice() const
{
    return explicitOrShare(cachedInputUsdPerMTok, inputUsdPerMTok, kCachedInputShare);
}

std::optional<double> ModelInfo::batchInputPrice() const
{
    return explicitOrShare(batchInputUsdPerMTok, inputUsdPerMTok, kBatchShare);
}

std::optional<double> ModelInfo::batchOutputPrice() const
{
    return explicitOrShare(batchOutputUsdPerMTok, outputUsdPerMTok, kBatchShare);
}

double ModelInfo::costUsd(qint64 promptTokens, qint64 completionTokens, qint64 cachedTokens) const
{
    // The server never reports more cached tokens than prompt tokens; a broken answer is not billed below 0.
    const qint64 cached = std::clamp<qint64>(cachedTokens, 0, std::max<qint64>(0, promptTokens));
    // Per-million prices: multiply first, divide once, to keep the usual decimal prices exact
    // enough that a report of N requests adds up to the same figure as one of N×tokens.
    return (double(promptTokens - cached) * inputUsdPerMTok.value_or(0.0)
            + double(cached) * cachedInputPrice().value_or(0.0)
            + double(completionTokens) * outputUsdPerMTok.value_or(0.0))
        / 1e6;
}

double ModelInfo::promptCacheSavingsUsd(qint64 cachedTokens) const
{
    if (cachedTokens <= 0)
        return 0.0;
    return double(cachedTokens) * (inputUsdPerMTok.value_or(0.0) - cachedInputPrice().value_or(0.0)) / 1e6;
}

double ModelInfo::batchCostUsd(qint64 promptTokens, qint64 completionTokens) const
{
    return (double(promptTokens) * batchInputPrice().value_or(0.0)
            + double(completionTokens) * batchOutputPrice().value_or(0.0))
        / 1e6;
}

QJsonObject ModelInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(aliases));
    o.insert(QStringLiteral("context"), contextTokens > 0 ? QJsonValue(contextTokens) : QJsonValue());
    o.insert(QStringLiteral("input_usd_per_mtok"), inputUsdPerMTok ? QJsonValue(*inputUsdPerMTok) : QJsonValue());
    o.insert(QStringLiteral("output_usd_per_mtok"), outputUsdPerMTok ? QJsonValue(*outputUsdPerMTok) : QJsonValue());
    const auto orNull = [](const std::optional<double> &p) {
        return p ? QJsonValue(*p) : QJsonValue();
    };
    o.insert(QStringLiteral("cached_input_usd_per_mtok"), orNull(cachedInputPrice()));
    o.insert(QStringLiteral("batch_input_usd_per_mtok"), orNull(batchInputPrice()));
    o.insert(QStringLiteral("batch_output_usd_per_mtok"), orNull(batchOutputPrice()));
    o.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities));
    o.insert(QStringLiteral("strengths"), QJsonArray::fromStringList(strengths));
    o.insert(QStringLiteral("tokenizer"), tokenizer);
    o.insert(QStringLiteral("tokenizer_exact"), tokenizerExact);
    o.insert(QStringLiteral("prices_as_of"),
             pricesAsOf.isValid() && priceKnown() ? QJsonValue(pricesAsOf.toString(Qt::ISODate)) : QJsonValue());
    if (isDeprecated()) {
        QJsonObject d;
        d.insert(QStringLiteral("date"), deprecated.toString(Qt::ISODate));
        d.insert(QStringLiteral("retirement"),
                 retires.isValid() ? QJsonValue(retires.toString(Qt::ISODate)) : QJsonValue());
        d.insert(QStringLiteral("replacement"), replacement.isEmpty() ? QJsonValue() : QJsonValue(replacement));
        o.insert(QStringLiteral("deprecation"), d);
    } else {
        o.insert(QStringLiteral("deprecation"), QJsonValue());
    }
    o.insert(QStringLiteral("listed_by_api"), listedByApi ? QJsonValue(*listedByApi) : QJsonValue());
    return o;
}

} // namespace rostrum
