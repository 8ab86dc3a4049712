#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.cache: hits, misses and evictions of the response cache.
Q_DECLARE_LOGGING_CATEGORY(lcCache)
} // namespace rostrum
