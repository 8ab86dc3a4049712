#pragma once

#include <QLoggingCategory>

namespace rostrum {
// rostrum.security: the keychain and key checks. Never log a secret: Redaction filters every message anyway, but
// the first defence is not to write one.
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
} // namespace rostrum
