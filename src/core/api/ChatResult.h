#pragma once

#include "api/ChatUsage.h"
#include "api/ToolCall.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace rostrum {

// A whole answer (or the part received before a failure).
struct ChatResult
{
    QString id;
    QString model;
    QString text; // the answer
    QString thinking; // reasoning text, kept apart from the answer
    QList<ToolCall> toolCalls;
    QString finishReason; // stop | length | model_length | error | tool_calls; empty if the answer was cut
    ChatUsage usage;

    bool isComplete() const { return !finishReason.isEmpty(); }
    // Reads a non-stream answer ({id, model, choices[0].message, finish_reason, usage}).
    static bool fromCompletionJson(const QJsonObject &o, ChatResult *out, QString *error);
    friend bool operator==(const ChatResult &, const ChatResult &) = default;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::ChatResult)
