#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QUrl>

namespace rostrum {

class Clock;

// Where the API key for an endpoint comes from, and where a new one goes. The policy:
//  1. MISTRAL_API_KEY in the environment wins for this process ("from environment");
//  2. else the keychain entry for the endpoint (service "Rostrum", account = the endpoint);
//  3. when no keychain backend answers (no Secret Service, locked keyring, sandbox without
//     portal) the user is told why and how to fix it (keychainUnavailable), the operation is
//     retried once shortly after (a keyring may still be starting), and a key being stored is
//     then kept in memory for this session only. Never a plaintext fallback.
// Every key it hands out or stores is registered with Redaction, so no log line can show it.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Environment, Keychain, Session };
    Q_ENUM(Source)

    struct KeyResult
    {
        QString key; // empty when none
        Source source = Source::None;
        SecretStore::Status keychainStatus = SecretStore::Status::Ok; // how the keychain answered
        QString message; // translated notice when the keychain could not be used; empty otherwise
        bool ok() const
        {
            return keychainStatus == SecretStore::Status::Ok || keychainStatus == SecretStore::Status::NotFound;
        }
    };
    using Callback = std::function<void(const KeyResult &)>;

    // store is not owned. The environment value is read once here (MISTRAL_API_KEY).
    ApiKeyStore(SecretStore *store, Clock *clock, QObject *parent = nullptr);

    // Tests and callers that have their own idea of the environment.
    void setEnvironmentKey(const QString &key);
    QString environmentKey() const { return m_envKey; }
    // Delay before the one retry when the keychain is unavailable.
    void setRetryDelayMs(qint64 ms) { m_retryDelayMs = ms; }
    qint64 retryDelayMs() const { return m_retryDelayMs; }

    void load(const QUrl &endpoint, QObject *context, Callback done);
    // Stores in the keychain (or, if none answers after the retry, in memory for this session).
    void store(const QUrl &endpoint, const QString &key, QObject *context, Callback done);
    // Removes the keychain entry and any session key. The environment variable is not ours to clear.
    void clear(const QUrl &endpoint, QObject *context, Callback done);

    // The keychain account of an endpoint: scheme://host[:port], lower-case, no path.
    static QString accountFor(const QUrl &endpoint);
    // "from environment", "from the keychain", "for this session only", "none"
    static QString sourceText(Source s);
    // Stable names for scripts: environment, keychain, session, none
    static QString sourceName(Source s);

    // A key-format check, a warning only (never refuses a key): Mistral keys are
    // 32 letters and digits; whitespace inside, or an odd length or alphabet, usually means a
    // copy-paste accident. Empty when the key looks right.
    static QString formatWarning(const QString &key);

signals:
    // A translated, actionable message: the keychain could not be used (and why).
    void keychainUnavailable(const QString &message);

private:
    void withRetry(std::function<void(SecretStore::Callback)> op, QObject *context, SecretStore::Callback done);

    SecretStore *m_store;
    Clock *m_clock;
    QString m_envKey;
    qint64 m_retryDelayMs = 1500;
    QHash<QString, QString> m_sessionKeys; // memory only, when no keychain would take the key
};

} // namespace rostrum
