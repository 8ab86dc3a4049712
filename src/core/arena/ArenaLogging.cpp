#include "arena/ArenaLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcArena, "rostrum.arena")
}
