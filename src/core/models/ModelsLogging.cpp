#include "models/ModelsLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcModels, "rostrum.models")
} // namespace rostrum
