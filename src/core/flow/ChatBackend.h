#pragma once

#include "api/ChatRequest.h"
#include "flow/ChatOptions.h"

namespace rostrum {

class ChatHandle;

// Where a chat request goes: ChatService in the application (scheduler, limiter, retries, cache), a scripted
// backend in a unit test. Whoever asks for answers (DebateEngine, Summarizer) depends on this and nothing more.
class ChatBackend
{
public:
    virtual ~ChatBackend() = default;

    // Queues a request. The handle belongs to the backend; connect to it right away: it ends with exactly one
    // of finished() or failed(), then ended(), and emits nothing before the next event-loop turn.
    virtual ChatHandle *submit(const ChatRequest &request, const ChatOptions &options = {}) = 0;
};

} // namespace rostrum
