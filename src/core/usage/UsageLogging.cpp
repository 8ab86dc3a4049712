#include "usage/UsageLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcUsage, "rostrum.usage")
} // namespace rostrum
