#pragma once

#include <QLoggingCategory>

namespace rostrum {
Q_DECLARE_LOGGING_CATEGORY(lcArena)
}
