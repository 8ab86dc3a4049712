#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.flow: scheduling, rate-limit waits and retries.
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
} // namespace rostrum
