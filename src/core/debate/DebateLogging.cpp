#include "debate/DebateLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcDebate, "rostrum.debate")
}
