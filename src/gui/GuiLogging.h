#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.gui: what the windows do with core objects (debate progress, history).
Q_DECLARE_LOGGING_CATEGORY(lcGui)
} // namespace rostrum
