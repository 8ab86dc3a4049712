#pragma once

#include "CliContext.h"

namespace rostrum {
class DebateEngine;
}

namespace rostrum::cli {

// `debate` in text mode: each speech under a header as it streams, its citations, each judge's verdict of a
// panel, then the debate's verdict (the panel's majority).
void printTranscript(CliContext &ctx, DebateEngine &engine);

} // namespace rostrum::cli
