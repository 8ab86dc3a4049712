#include "ApiKeyFlow.h"

#include "api/MistralClient.h"
#include "AppSettings.h"
#include "clock/Clock.h"
#include "security/KeychainSecretStore.h"
#include "security/KeyVerifier.h"
#include "session/AppServices.h"
#include "SettingsDialog.h"

#include <QPointer>

namespace rostrum::gui {

ApiKeyFlow::ApiKeyFlow(SecretStore *secrets, AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    if (!secrets)
        secrets = new KeychainSecretStore(Clock::system(), this);
    m_keys = new ApiKeyStore(secrets, Clock::system(), this);
}

void ApiKeyFlow::rememberSource(const QUrl &endpoint, const ApiKeyStore::KeyResult &result)
{
    AppSettings settings;
    if (result.source == ApiKeyStore::Source::Keychain)
        settings.setKeyFoundFor(endpoint.toString());
    else if (result.source == ApiKeyStore::Source::None && settings.keyFoundFor() == endpoint.toString())
        settings.clearKeyFoundFor();
}

bool ApiKeyFlow::needsKey(const QUrl &endpoint)
{
    return endpoint.host() == AppSettings::defaultEndpoint().host();
}

void ApiKeyFlow::withKey(QObject *context, std::function<void(const QUrl &endpoint, const QString &key)> run)
{
    const QUrl endpoint = AppSettings().endpoint();
    m_keys->load(endpoint, context, [this, endpoint, run = std::move(run)](const ApiKeyStore::KeyResult &r) {
        rememberSource(endpoint, r);
        if (r.source == ApiKeyStore::Source::None && needsKey(endpoint)) {
            // Mistral's API would only answer 401: ask for the key instead (it may have been removed
            // from the keychain since the last start, which then did not read it).
            emit keyNeeded(r.message.isEmpty()
                               ? tr("Mistral's API needs a key: paste yours here, or choose a custom endpoint.")
                               : r.message);
            return;
        }
        run(endpoint, r.key);
    });
}

void ApiKeyFlow::check(Check when)
{
    const QUrl endpoint = AppSettings().endpoint();
    // A custom endpoint (a proxy, the mock server) may work without a key, so only Mistral's asks for one.
    const bool keyNeeded = needsKey(endpoint);
    // At startup the keychain is read only when its answer changes what the window shows: for
    // Mistral's endpoint, unless the keychain held its key last time. Reading it loads the
    // platform's secret service (and may ask to unlock it); a debate reads the key as it starts.
    if (when == Check::Startup && (!keyNeeded || AppSettings().keyFoundFor() == endpoint.toString()))
        return;
    m_keys->load(endpoint, this, [this, endpoint, keyNeeded](const ApiKeyStore::KeyResult &r) {
        rememberSource(endpoint, r);
        if (r.source == ApiKeyStore::Source::None && keyNeeded)
            emit noKeyStored();
        if (!r.message.isEmpty())
            emit message(r.message);
    });
}

void ApiKeyFlow::storeKey(const QString &key)
{
    const QString warning = ApiKeyStore::formatWarning(key);
    const QUrl endpoint = AppSettings().endpoint();
    m_keys->store(endpoint, key, this, [this, warning, endpoint](const ApiKeyStore::KeyResult &r) {
        rememberSource(endpoint, r);
        if (r.source == ApiKeyStore::Source::None) {
            emit keyStored(false, r.message);
            return;
        }
        AppSettings().setFirstRunDone(true);
        QString text = tr("Key saved (%1).").arg(ApiKeyStore::sourceText(r.source));
        if (!warning.isEmpty())
            text += QLatin1Char(' ') + warning;
        emit keyStored(true, text);
    });
}

void ApiKeyFlow::verify(SettingsDialog *dialog, const QString &key, const QUrl &endpoint)
{
    if (!key.isEmpty()) {
        runVerifier(dialog, key, endpoint);
        return;
    }
    // No key typed: check the stored one.
    QPointer<SettingsDialog> guard(dialog);
    m_keys->load(endpoint, dialog, [this, guard, endpoint](const ApiKeyStore::KeyResult &r) {
        if (!guard)
            return;
        if (r.key.isEmpty())
            guard->showVerifyResult(SettingsDialog::VerifyOutcome::Rejected, tr("no key entered or stored"));
        else
            runVerifier(guard, r.key, endpoint);
    });
}

void ApiKeyFlow::runVerifier(SettingsDialog *dialog, const QString &key, const QUrl &endpoint)
{
    // A client of its own on the app's network: the check must not wait behind, or teach limits
    // to, a running debate, nor change the key or endpoint the debate uses. It goes with the dialog.
    auto *client = new MistralClient(m_services->network(), Clock::system(), dialog);
    client->setBaseUrl(endpoint);
    client->setApiKey(key);
    auto *verifier = new KeyVerifier(client, Clock::system(), client);
    // Someone waits on a button: two quick retries, not the long backoff of a debate.
    RetryPolicy::Config retry;
    retry.maxRetries = 2;
    retry.baseMs = 500;
    retry.capMs = 2000;
    verifier->setRetryConfig(retry);
    connect(verifier, &KeyVerifier::finished, dialog, [dialog, client](const KeyVerifier::Result &r) {
        client->deleteLater();
        using O = SettingsDialog::VerifyOutcome;
        switch (r.outcome) {
        case KeyVerifier::Outcome::Valid:
            dialog->showVerifyResult(O::Valid, tr("%n models available", nullptr, r.modelCount));
            break;
        case KeyVerifier::Outcome::InvalidKey:
            dialog->showVerifyResult(O::Rejected, r.error.userMessage());
            break;
        case KeyVerifier::Outcome::NoPayment:
            dialog->showVerifyResult(O::NoQuota, r.error.userMessage());
            break;
        case KeyVerifier::Outcome::Network:
        case KeyVerifier::Outcome::Server:
            dialog->showVerifyResult(O::Unreachable, r.error.userMessage());
            break;
        }
    });
    verifier->verify();
}

} // namespace rostrum::gui
