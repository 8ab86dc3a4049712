#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.models: the model catalog: what was loaded, refreshed or refused.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
} // namespace rostrum
