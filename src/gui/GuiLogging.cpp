#include "GuiLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcGui, "rostrum.gui")
} // namespace rostrum
