#include "batch/BatchLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcBatch, "rostrum.batch")
} // namespace rostrum
