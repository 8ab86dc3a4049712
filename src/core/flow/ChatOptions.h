#pragma once

#include "flow/RequestScheduler.h"

#include <QString>

namespace rostrum {

// How ChatService should treat one request.
struct ChatOptions
{
    RequestScheduler::Priority priority = RequestScheduler::Priority::Normal;
    QString purpose = QStringLiteral("chat"); // "chat", "speech", "judge", "summary", "verify", "batch"
    QString debateId;
    bool allowCache = true; // consult/fill the cache when the request is deterministic
    bool resume = true; // a stream cut after text arrived continues with a prefix instead of restarting
    qint64 estimatedTokens = 0; // prompt + expected answer for the limiter; 0 = a rough estimate
    bool batch = false; // answered through the Batch API (batch/BatchChatBackend): priced at the batch price
};

} // namespace rostrum
