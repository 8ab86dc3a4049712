#include "session/SessionLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcSession, "rostrum.session")
} // namespace rostrum
