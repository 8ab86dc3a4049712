#pragma once

#include "debate/DebateRecord.h"

namespace rostrum {

// Where DebateEngine saves as it goes. Implemented by store/DebateStore (SQLite); the engine only
// knows this interface, so the store may depend on the debate types and not the other way round.
class DebatePersistence
{
public:
    virtual ~DebatePersistence() = default;
    // Inserts or updates the debate's header: spec, status, cost, verdict (or the judge passes answered so far),
    // votes, participants.
    virtual void saveDebate(const DebateRecord &debate) = 0;
    // Inserts or replaces one speech (called as it streams, at least once a second, and at its end).
    virtual void saveSpeech(const QString &debateId, const Speech &speech) = 0;
};

} // namespace rostrum
