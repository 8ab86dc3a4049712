#include "tokens/TokensLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcTokens, "rostrum.tokens", QtInfoMsg)
} // namespace rostrum
