#pragma once

#include "api/ChatRequest.h"
#include "api/ChatResult.h"

#include <optional>

namespace rostrum {

// What ChatService asks before sending and tells after a complete answer. Implemented by the
// response cache (src/core/cache); flow only knows this interface.
class ChatCache
{
public:
    virtual ~ChatCache() = default;
    virtual std::optional<ChatResult> lookup(const ChatRequest &request) = 0;
    virtual void store(const ChatRequest &request, const ChatResult &result) = 0;

    // Only a deterministic request may be answered from a cache: temperature 0, or a fixed seed.
    static bool isCacheable(const ChatRequest &request)
    {
        return (request.temperature && *request.temperature == 0.0) || request.randomSeed.has_value();
    }
};

} // namespace rostrum
