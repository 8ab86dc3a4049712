#pragma once

#include "api/ChatUsage.h"
#include "api/ToolCall.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace rostrum {

// One decoded `chat.completion.chunk` (choice 0 only: Rostrum never asks for n > 1 in streams).
struct ChatChunk
{
    QString id;
    QString model;
    QString textDelta; // answer text (string content, or "text" parts of array content)
    QString thinkingDelta; // "thinking" parts of array content
    QList<ToolCall> toolCalls; // as sent: whole calls (index -1) or index-keyed pieces
    QString finishReason; // empty while the answer goes on
    ChatUsage usage; // valid only on the chunk that carries it (the last)

    // Decodes the JSON of one SSE data payload. False (with a reason) if it is not a chunk.
    // The usual shape goes through FastChunkReader; everything else through parseGeneral().
    static bool parse(QByteArrayView json, ChatChunk *out, QString *error = nullptr);
    // The document-tree parser for every shape (tool calls, content arrays, usage, errors).
    static bool parseGeneral(QByteArrayView json, ChatChunk *out, QString *error = nullptr);
};

} // namespace rostrum
