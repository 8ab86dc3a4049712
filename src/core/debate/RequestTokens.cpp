#include "debate/RequestTokens.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rostrum {

TokenCount RequestTokens::measure(const ChatRequest &request) const
{
    const QJsonObject body = request.toJson();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    if (m_counter)
        return m_counter->countMessages(messages, request.model, tools);
    return TokenCount {TokenCounter::heuristicMessagesCount(messages, tools), QStringLiteral("heuristic"), false, {}};
}

} // namespace rostrum
