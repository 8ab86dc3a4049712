#pragma once

#include "security/ApiKeyStore.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace rostrum {
class AppServices;
class SecretStore;
} // namespace rostrum

namespace rostrum::gui {

class SettingsDialog;

// The API key's way through the window: looked up (asynchronously) before a debate starts or
// resumes, checked at startup and after Settings change, saved from the first-run page, verified
// for the Settings dialog. Mistral's own endpoint needs a key; a custom one (a proxy, the mock
// server) may work without. Remembers whether the keychain held the key, so that the next start
// reads the keychain only when its answer changes what the window shows.
class ApiKeyFlow : public QObject
{
    Q_OBJECT
public:
    enum class Check { Startup, SettingsChanged };

    // secrets: where the key lives (the OS keychain when null; not owned when given).
    // services: the app's network, which the key check shares (not owned).
    ApiKeyFlow(SecretStore *secrets, AppServices *services, QObject *parent = nullptr);

    ApiKeyStore *keys() const { return m_keys; }

    // Looks up the key of the configured endpoint, then runs run(endpoint, key) unless
    // Mistral's endpoint has no key (keyNeeded then). Nothing runs once context is gone.
    void withKey(QObject *context, std::function<void(const QUrl &endpoint, const QString &key)> run);
    // Looks for a stored key; noKeyStored when Mistral's endpoint has none, message for what the
    // keychain said. At startup the keychain is not read unless its answer matters.
    void check(Check when);
    // Saves a key typed on the first-run page for the configured endpoint; keyStored follows.
    void storeKey(const QString &key);
    // The Settings dialog's Verify: key (empty: the stored one) against endpoint; the dialog shows the outcome.
    void verify(SettingsDialog *dialog, const QString &key, const QUrl &endpoint);

signals:
    // A debate needs a key that is not there: message says so.
    void keyNeeded(const QString &message);
    void noKeyStored();
    void message(const QString &text);
    // ok: the key is saved (text says where); otherwise text says why not.
    void keyStored(bool ok, const QString &text);

private:
    // Where the key came from, remembered so that the next start knows whether to read the keychain.
    static void rememberSource(const QUrl &endpoint, const ApiKeyStore::KeyResult &result);
    static bool needsKey(const QUrl &endpoint);
    void runVerifier(SettingsDialog *dialog, const QString &key, const QUrl &endpoint);

    AppServices *m_services;
    ApiKeyStore *m_keys;
};

} // namespace rostrum::gui
