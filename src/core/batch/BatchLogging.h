#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.batch: uploads, jobs and their states, polls and result files of the Batch API.
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
} // namespace rostrum
