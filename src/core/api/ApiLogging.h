#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.api: requests, statuses and failures — never keys or message contents.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace rostrum
