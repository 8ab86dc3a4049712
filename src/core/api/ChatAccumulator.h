#pragma once

#include "api/ChatChunk.h"
#include "api/ChatResult.h"

namespace rostrum {

// Folds stream chunks into a ChatResult: text and thinking appended, tool calls merged (whole
// calls appended; index-keyed pieces merged by index with arguments concatenated), the last
// finish_reason and usage kept.
class ChatAccumulator
{
public:
    // Returns true if the tool calls changed with this chunk.
    bool add(const ChatChunk &chunk);
    // Answer text that arrived outside a ChatChunk (gathered from several chunks at once).
    void appendText(const QString &text) { m_result.text += text; }
    const ChatResult &result() const { return m_result; }
    ChatResult &result() { return m_result; }
    bool isFinished() const { return !m_result.finishReason.isEmpty(); }
    int chunkCount() const { return m_chunks; }
    void reset();

private:
    ChatResult m_result;
    int m_chunks = 0;
};

} // namespace rostrum
