#include "flow/FlowLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcFlow, "rostrum.flow")
} // namespace rostrum
