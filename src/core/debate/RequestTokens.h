#pragma once

#include "api/ChatRequest.h"
#include "tokens/TokenCounter.h"

namespace rostrum {

// The prompt tokens of a request (messages and tools, in the model's chat template): exact when a TokenCounter is
// given and has the model's tokenizer, else the heuristic. The one measure the budget, the window fit, the
// limiter's estimate and the cost preview share, so they agree.
class RequestTokens
{
public:
    explicit RequestTokens(const TokenCounter *counter = nullptr)
        : m_counter(counter)
    { }

    TokenCount measure(const ChatRequest &request) const;
    qint64 count(const ChatRequest &request) const { return measure(request).count; }

private:
    const TokenCounter *m_counter;
};

} // namespace rostrum
