#pragma once

#include <QString>
#include <QStringList>

namespace rostrum {

// Keeps secrets out of every log line. The active API key(s) are registered here; redact()
// replaces them and any "Bearer <token>" value. install() puts a Qt message handler in front of
// the previous one, so qDebug/qWarning/qCritical/qFatal output (logs and crash messages) is
// filtered before it reaches stderr, a file or the journal.
//
// Process-wide on purpose: a message handler is process-wide, and a key registered by one
// object must be hidden in messages logged by any other. Thread-safe.
class Redaction final
{
public:
    Redaction() = delete;

    // What a secret is replaced with.
    static QString placeholder();

    // Registers a secret to hide (empty strings are ignored). Whitespace around it is trimmed,
    // since keys pasted from a web page often carry a trailing newline.
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    static void clearSecrets();
    static int secretCount();

    // The text with every registered secret and every Bearer/Authorization value replaced.
    static QString redact(const QString &text);

    // Installs the filtering message handler (idempotent). It forwards the redacted message to
    // the handler that was installed before it (Qt's default when none).
    static void install();
    // Restores the previous handler (tests).
    static void uninstall();
    static bool isInstalled();

    // A masked form for people: the first and last three characters ("abc…xyz"); fully hidden
    // when the secret is too short for that to leave most of it unseen.
    static QString mask(const QString &secret);
};

} // namespace rostrum
