#include "api/ApiLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcApi, "rostrum.api")
} // namespace rostrum
