#include "security/SecurityLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcSecurity, "rostrum.security")
} // namespace rostrum
