#include "ScriptedChatBackend.h"

namespace rostrum::test {

ChatHandle *ScriptedChatBackend::submit(const ChatRequest &request, const ChatOptions &options)
{
    auto *h = new ChatHandle(request, options, this);
    const int index = int(m_calls.size());
    m_calls.append(Call {request, options, h, {}, false});
    connect(h, &ChatHandle::cancelRequested, this,
            [this, index] { fail(index, ApiError::make(ErrorClass::Cancelled, QStringLiteral("cancelled"))); });
    emit submitted(index);
    return h;
}

QString ScriptedChatBackend::messageText(int i, int m) const
{
    const QList<ChatMessage> &messages = m_calls.at(i).request.messages;
    return messages.at(m < 0 ? messages.size() + m : m).content;
}

UsageRecord ScriptedChatBackend::usageOf(int i) const
{
    UsageRecord u;
    u.model = m_calls.at(i).request.model;
    u.promptTokens = 100;
    u.completionTokens = 50;
    u.attempts = 1;
    return u;
}

void ScriptedChatBackend::stream(int i, const QString &delta)
{
    m_calls[i].streamed += delta;
    emit m_calls.at(i).handle->textDelta(delta);
}

void ScriptedChatBackend::answer(int i, const QString &text, const QList<ToolCall> &toolCalls)
{
    Call &c = m_calls[i];
    Q_ASSERT(!c.ended);
    c.ended = true;
    ChatResult r;
    r.model = c.request.model;
    r.text = text;
    r.toolCalls = toolCalls;
    r.finishReason = toolCalls.isEmpty() ? QStringLiteral("stop") : QStringLiteral("tool_calls");
    ChatHandle *h = c.handle;
    emit h->finished(r, usageOf(i));
    emit h->ended();
}

void ScriptedChatBackend::fail(int i, const ApiError &error)
{
    Call &c = m_calls[i];
    if (c.ended)
        return;
    c.ended = true;
    ChatResult partial;
    partial.model = c.request.model;
    partial.text = c.streamed;
    ChatHandle *h = c.handle;
    emit h->failed(error, partial, usageOf(i));
    emit h->ended();
}

} // namespace rostrum::test
