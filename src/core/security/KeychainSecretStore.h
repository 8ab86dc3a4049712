#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace rostrum {

class Clock;

// The real SecretStore: the OS keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). Service "Rostrum", one entry per account
// (endpoint). Fully asynchronous: QtKeychain jobs report by signal, nothing waits.
// The insecure plaintext fallback of QtKeychain is always off.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // A job that has not answered after timeoutMs (e.g. an unlock prompt nobody sees) counts as
    // Unavailable, so callers are never left waiting.
    explicit KeychainSecretStore(Clock *clock, QObject *parent = nullptr, qint64 timeoutMs = 20000);

    void read(const QString &account, QObject *context, Callback done) override;
    void write(const QString &account, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &account, QObject *context, Callback done) override;
    QString backendName() const override;

    static QString serviceName() { return QStringLiteral("Rostrum"); }

    // The translated explanation for "no keychain here": which backend is missing, how to fix it.
    // detail is the backend's error text, used to tell "no D-Bus" from "no Secret Service".
    static QString unavailableMessage(const QString &detail);
    static QString deniedMessage(const QString &detail);

private:
    enum class Kind { Read, Write, Remove };
    void run(QKeychain::Job *job, Kind kind, QObject *context, Callback done);

    Clock *m_clock;
    qint64 m_timeoutMs;
};

} // namespace rostrum
