#pragma once

#include "api/ApiError.h"
#include "api/ChatResult.h"
#include "flow/ChatBackend.h"
#include "flow/ChatHandle.h"

#include <QObject>
#include <QPointer>

namespace rostrum::test {

// A ChatBackend a test scripts by hand: every submit() is recorded with its handle, and the test answers it
// (text as it streams, the final result, a failure) when it chooses. No sockets, no scheduler, no retries: what
// the engine does with an answer is all that is left to see. cancel() on a handle fails it as cancelled.
class ScriptedChatBackend final : public QObject, public ChatBackend
{
    Q_OBJECT
public:
    struct Call
    {
        ChatRequest request;
        ChatOptions options;
        QPointer<ChatHandle> handle;
        QString streamed; // text sent by stream() so far
        bool ended = false;
    };

    ChatHandle *submit(const ChatRequest &request, const ChatOptions &options = {}) override;

    int count() const { return int(m_calls.size()); }
    const Call &call(int i) const { return m_calls.at(i); }
    // The text of message m of call i (negative m counts from the end).
    QString messageText(int i, int m) const;

    void stream(int i, const QString &delta);
    void answer(int i, const QString &text, const QList<ToolCall> &toolCalls = {});
    void fail(int i, const ApiError &error);

Q_SIGNALS:
    void submitted(int index);

private:
    UsageRecord usageOf(int i) const;
    QList<Call> m_calls;
};

} // namespace rostrum::test
