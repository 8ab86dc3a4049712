#pragma once

#include <QLoggingCategory>

// The security module's logging category, "rostrum.security". Never log a secret: Redaction
// filters every message anyway, but the first defence is not to write one.
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
