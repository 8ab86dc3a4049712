#include "ChatAccumulator.h"

namespace rostrum {

bool ChatAccumulator::add(const ChatChunk &chunk)
{
    ++m_chunks;
    if (m_result.id.isEmpty())
        m_result.id = chunk.id;
    if (m_result.model.isEmpty())
        m_result.model = chunk.model;
    m_result.text += chunk.textDelta;
    m_result.thinking += chunk.thinkingDelta;
    bool toolsChanged = false;
    for (const ToolCall &tc : chunk.toolCalls) {
        ToolCall *target = nullptr;
        if (tc.index >= 0) {
            for (ToolCall &existing : m_result.toolCalls) {
                if (existing.index == tc.index) {
                    target = &existing;
                    break;
                }
            }
        }
        if (!target) {
            m_result.toolCalls.append(tc);
        } else {
            // A continuation piece: arguments concatenate; id/name arrive once (later pieces send "").
            if (target->id.isEmpty())
                target->id = tc.id;
            if (target->name.isEmpty())
                target->name = tc.name;
            target->arguments += tc.arguments;
        }
        toolsChanged = true;
    }
    if (!chunk.finishReason.isEmpty())
        m_result.finishReason = chunk.finishReason;
    if (chunk.usage.valid)
        m_result.usage = chunk.usage;
    return toolsChanged;
}

void ChatAccumulator::reset()
{
    m_result = ChatResult();
    m_chunks = 0;
}

} // namespace rostrum
