#include "store/StoreLogging.h"

namespace rostrum {
Q_LOGGING_CATEGORY(lcStore, "rostrum.store")
} // namespace rostrum
