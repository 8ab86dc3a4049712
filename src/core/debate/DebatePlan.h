#pragma once

#include "debate/PromptBuilder.h"
#include "debate/SpeechFactory.h"
#include "debate/SpeechRequestFactory.h"
#include "debate/TurnPlanner.h"

#include <optional>

namespace rostrum {

// What a valid spec makes of a debate before it runs: its turns, its prompts, and the requests and transcript
// entries built from them. Made once per run, then read only.
class DebatePlan
{
public:
    // Null with *error when the spec does not validate or its format cannot be loaded.
    static std::optional<DebatePlan> make(const DebateSpec &spec, QString *error = nullptr);

    TurnPlanner turns;
    PromptBuilder prompts;
    SpeechRequestFactory requests;
    SpeechFactory speeches;

private:
    DebatePlan(const DebateSpec &spec, const DebateFormat &format);
};

} // namespace rostrum
