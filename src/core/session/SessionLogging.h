#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.session: how the shared services came up (database, cache).
Q_DECLARE_LOGGING_CATEGORY(lcSession)
} // namespace rostrum
