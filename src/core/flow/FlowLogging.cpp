#include "FlowLogging.h"

Q_LOGGING_CATEGORY(lcFlow, "rostrum.flow")
