#include "ModelInfo.h"

#include <QJsonArray>

namespace rostrum {

bool ModelInfo::answersTo(const QString &nameOrAlias) const
{
    return id.compare(nameOrAlias, Qt::CaseInsensitive) == 0 || aliases.contains(nameOrAlias, Qt::CaseInsensitive);
}

double ModelInfo::costUsd(qint64 promptTokens, qint64 completionTokens) const
{
    // Per-million prices: multiply first, divide once, to keep the usual decimal prices exact
    // enough that a report of N requests adds up to the same figure as one of N×tokens.
    return (double(promptTokens) * inputUsdPerMTok.value_or(0.0)
            + double(completionTokens) * outputUsdPerMTok.value_or(0.0))
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
