#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.usage: usage records as they are tracked and priced.
Q_DECLARE_LOGGING_CATEGORY(lcUsage)
} // namespace rostrum
