#pragma once

#include <QJsonObject>

namespace rostrum {

// Token counts as the server reports them (the last stream chunk, or a non-stream answer).
struct ChatUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    qint64 cachedTokens = 0; // prompt_tokens_details.cached_tokens, 0 when absent
    bool valid = false; // false: the server sent no usage

    static ChatUsage fromJson(const QJsonObject &usage);
    QJsonObject toJson() const;
    friend bool operator==(const ChatUsage &, const ChatUsage &) = default;
};

} // namespace rostrum
