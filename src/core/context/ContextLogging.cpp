#include "context/ContextLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcContext, "rostrum.context", QtInfoMsg)
} // namespace rostrum
