#include "ChatUsage.h"

namespace rostrum {

ChatUsage ChatUsage::fromJson(const QJsonObject &usage)
{
    ChatUsage u;
    if (usage.isEmpty())
        return u;
    u.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
    u.completionTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
    u.totalTokens = usage.value(QLatin1String("total_tokens")).toInteger(u.promptTokens + u.completionTokens);
    u.cachedTokens = usage.value(QLatin1String("prompt_tokens_details"))
                         .toObject()
                         .value(QLatin1String("cached_tokens"))
                         .toInteger();
    u.valid = true;
    return u;
}

QJsonObject ChatUsage::toJson() const
{
    return {{QStringLiteral("prompt_tokens"), promptTokens},
            {QStringLiteral("completion_tokens"), completionTokens},
            {QStringLiteral("total_tokens"), totalTokens},
            {QStringLiteral("cached_tokens"), cachedTokens}};
}

} // namespace rostrum
