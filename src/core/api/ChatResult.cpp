#include "ChatResult.h"

#include "ChatChunk.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rostrum {

bool ChatResult::fromCompletionJson(const QJsonObject &o, ChatResult *out, QString *error)
{
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.at(0).toObject().value(QLatin1String("message")).isObject()) {
        if (error)
            *error = QStringLiteral("the answer has no choices[0].message");
        return false;
    }
    // The message has the same shape as a stream delta, so one decoder reads both.
    ChatChunk c;
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!ChatChunk::parse(json, &c, error))
        return false;
    ChatResult r;
    r.id = c.id;
    r.model = c.model;
    r.text = c.textDelta;
    r.thinking = c.thinkingDelta;
    r.toolCalls = c.toolCalls;
    for (ToolCall &tc : r.toolCalls)
        tc.index = -1;
    r.finishReason = c.finishReason;
    r.usage = c.usage;
    *out = r;
    return true;
}

} // namespace rostrum
