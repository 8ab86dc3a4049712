#include "cache/CacheLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcCache, "rostrum.cache")
} // namespace rostrum
