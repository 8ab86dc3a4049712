#include "ApiKeyStore.h"

#include "clock/Clock.h"
#include "Redaction.h"

#include "SecurityLogging.h"
#include <QPointer>
#include <QRegularExpression>

namespace rostrum {

ApiKeyStore::ApiKeyStore(SecretStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? clock : Clock::system())
{
    setEnvironmentKey(qEnvironmentVariable("MISTRAL_API_KEY"));
}

void ApiKeyStore::setEnvironmentKey(const QString &key)
{
    m_envKey = key.trimmed();
    Redaction::addSecret(m_envKey);
}

QString ApiKeyStore::accountFor(const QUrl &endpoint)
{
    QString account = endpoint.scheme().toLower() + QStringLiteral("://") + endpoint.host().toLower();
    const int defaultPort = endpoint.scheme() == QLatin1String("http") ? 80 : 443;
    if (endpoint.port() != -1 && endpoint.port() != defaultPort)
        account += QLatin1Char(':') + QString::number(endpoint.port());
    return account;
}

QString ApiKeyStore::sourceText(Source s)
{
    switch (s) {
    case Source::Environment:
        return tr("from environment (MISTRAL_API_KEY)");
    case Source::Keychain:
        return tr("from the keychain");
    case Source::Session:
        return tr("in memory for this session only");
    case Source::None:
        break;
    }
    return tr("none");
}

QString ApiKeyStore::sourceName(Source s)
{
    switch (s) {
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Session:
        return QStringLiteral("session");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

QString ApiKeyStore::formatWarning(const QString &key)
{
    if (key.isEmpty())
        return {};
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (key.contains(space))
        return tr("The API key contains spaces or line breaks; it may have been pasted incompletely.");
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!alphabet.match(key).hasMatch())
        return tr("The API key contains characters Mistral keys do not use; it may be invalid.");
    if (key.size() < 20 || key.size() > 128)
        return tr("The API key is %n characters long, which is unusual for a Mistral key; it may be invalid or "
                  "use an old format.",
                  nullptr, int(key.size()));
    return {};
}

void ApiKeyStore::withRetry(std::function<void(SecretStore::Callback)> op, QObject *context, SecretStore::Callback done)
{
    QPointer<QObject> ctx(context);
    op([this, op, ctx, done](const SecretStore::Result &first) {
        if (!ctx)
            return;
        if (first.status != SecretStore::Status::Unavailable && first.status != SecretStore::Status::Denied) {
            done(first);
            return;
        }
        // Said once, then one more try shortly after: a keyring daemon started with the session may
        // simply not be up yet.
        emit keychainUnavailable(first.message);
        m_clock->callLater(m_retryDelayMs, this, [op, ctx, done] {
            if (!ctx)
                return;
            op([ctx, done](const SecretStore::Result &second) {
                if (ctx)
                    done(second);
            });
        });
    });
}

void ApiKeyStore::load(const QUrl &endpoint, QObject *context, Callback done)
{
    if (!m_envKey.isEmpty()) {
        KeyResult r {m_envKey, Source::Environment, SecretStore::Status::Ok, {}};
        // Asynchronous like every other answer, so callers need only one code path.
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    const QString account = accountFor(endpoint);
    withRetry([this, account](SecretStore::Callback cb) { m_store->read(account, this, cb); }, context,
              [this, account, done](const SecretStore::Result &res) {
                  KeyResult r;
                  r.keychainStatus = res.status;
                  r.message = res.message;
                  if (res.ok() && !res.secret.isEmpty()) {
                      r.key = res.secret.trimmed();
                      r.source = Source::Keychain;
                  } else if (m_sessionKeys.contains(account)) {
                      r.key = m_sessionKeys.value(account);
                      r.source = Source::Session;
                  }
                  Redaction::addSecret(r.key);
                  done(r);
              });
}

void ApiKeyStore::store(const QUrl &endpoint, const QString &key, QObject *context, Callback done)
{
    const QString clean = key.trimmed();
    Redaction::addSecret(clean);
    const QString account = accountFor(endpoint);
    withRetry([this, account, clean](SecretStore::Callback cb) { m_store->write(account, clean, this, cb); }, context,
              [this, account, clean, done](const SecretStore::Result &res) {
                  KeyResult r;
                  r.key = clean;
                  r.keychainStatus = res.status;
                  r.message = res.message;
                  if (res.ok()) {
                      r.source = Source::Keychain;
                      m_sessionKeys.remove(account);
                  } else {
                      // No keychain would take it: memory only, for this session. Never a file.
                      r.source = Source::Session;
                      m_sessionKeys.insert(account, clean);
                  }
                  done(r);
              });
}

void ApiKeyStore::clear(const QUrl &endpoint, QObject *context, Callback done)
{
    const QString account = accountFor(endpoint);
    const QString old = m_sessionKeys.take(account);
    withRetry([this, account](SecretStore::Callback cb) { m_store->remove(account, this, cb); }, context,
              [this, done](const SecretStore::Result &res) {
                  KeyResult r;
                  r.keychainStatus = res.status;
                  r.message = res.message;
                  r.source = m_envKey.isEmpty() ? Source::None : Source::Environment;
                  done(r);
              });
    Q_UNUSED(old)
}

} // namespace rostrum
