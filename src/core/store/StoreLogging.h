#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.store: the SQLite database: opening, migrations, failed reads and writes.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace rostrum
