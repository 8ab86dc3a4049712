#include "KeychainSecretStore.h"

#include "clock/Clock.h"

#include "SecurityLogging.h"
#include <QFileInfo>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace rostrum {

KeychainSecretStore::KeychainSecretStore(Clock *clock, QObject *parent, qint64 timeoutMs)
    : SecretStore(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_timeoutMs(timeoutMs)
{ }

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service (gnome-keyring, KWallet or KeePassXC)");
#endif
}

QString KeychainSecretStore::unavailableMessage(const QString &detail)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const bool inFlatpak =
        QFileInfo::exists(QStringLiteral("/.flatpak-info")) || qEnvironmentVariableIsSet("FLATPAK_ID");
    const QString d = detail.toLower();
    QString why;
    QString fix;
    if (inFlatpak) {
        why = tr("Rostrum runs in a Flatpak sandbox that has no access to the Secret Service");
        fix = tr("grant it with \"flatpak override --user --talk-name=org.freedesktop.secrets %1\", or install a "
                 "Secret Service provider on the host")
                  .arg(qEnvironmentVariable("FLATPAK_ID", QStringLiteral("io.github.rostrum.Rostrum")));
    } else if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty() || d.contains(QLatin1String("autolaunch"))
               || d.contains(QLatin1String("could not connect")) || d.contains(QLatin1String("d-bus is not running"))) {
        why = tr("there is no D-Bus session bus, so no Secret Service (the Linux keychain) can be reached");
        fix = tr("start Rostrum from a desktop session, or run it under \"dbus-run-session\" with a keyring daemon "
                 "such as gnome-keyring-daemon");
    } else if (d.contains(QLatin1String("collection")) || d.contains(QLatin1String("locked"))) {
        why = tr("the Secret Service has no unlocked default keyring (\"login\")");
        fix = tr("create or unlock the default keyring, e.g. in \"Passwords and Keys\" (Seahorse), or log in to a "
                 "desktop session that unlocks it");
    } else {
        why = tr("no program provides the Secret Service (org.freedesktop.secrets) on this session");
        fix = tr("install and start one: gnome-keyring (package gnome-keyring), KWallet, or KeePassXC with Secret "
                 "Service integration enabled");
    }
    return tr("No keychain is available: %1. To keep your API key between sessions, %2. Until then Rostrum keeps "
              "the key in memory for this session only; it is never written to disk in plain text.")
        .arg(why, fix);
#else
    Q_UNUSED(detail)
    return tr("No keychain is available (%1). Until it is, Rostrum keeps the API key in memory for this session only; "
              "it is never written to disk in plain text.")
        .arg(detail);
#endif
}

QString KeychainSecretStore::deniedMessage(const QString &detail)
{
    Q_UNUSED(detail)
    return tr("The keychain refused access or is locked. Unlock it (for example by logging in again, or in "
              "\"Passwords and Keys\") and allow Rostrum to use it. Until then the API key is kept in memory for "
              "this session only.");
}

void KeychainSecretStore::read(const QString &account, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(account);
    run(job, Kind::Read, context, std::move(done));
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(account);
    job->setTextData(secret);
    run(job, Kind::Write, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &account, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(account);
    run(job, Kind::Remove, context, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, Kind kind, QObject *context, Callback done)
{
    // Never fall back to QSettings in plain text.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the timeout, answers; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    const QString account = job->key();
    const qint64 timeoutMs = m_timeoutMs;

    const Clock::TimerId timer = m_clock->callLater(timeoutMs, context, [answered, done, account, timeoutMs] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcSecurity) << "keychain did not answer within" << timeoutMs << "ms for" << account;
        Result r;
        r.status = Status::Unavailable;
        r.detail = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        r.message = unavailableMessage(r.detail);
        done(r);
    });

    connect(job, &QKeychain::Job::finished, context,
            [answered, done, kind, account, timer, clock = QPointer<Clock>(m_clock)](QKeychain::Job *j) {
                if (clock)
                    clock->cancel(timer);
                if (*answered)
                    return;
                *answered = true;
                Result r;
                r.detail = j->errorString();
                switch (j->error()) {
                case QKeychain::NoError:
                    r.status = Status::Ok;
                    r.detail.clear();
                    if (kind == Kind::Read)
                        r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                    break;
                case QKeychain::EntryNotFound:
                    // Deleting what is not there leaves the keychain as asked.
                    r.status = kind == Kind::Remove ? Status::Ok : Status::NotFound;
                    break;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    r.status = Status::Denied;
                    r.message = deniedMessage(r.detail);
                    break;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                case QKeychain::OtherError:
                    // With libsecret, a missing bus or a missing org.freedesktop.secrets comes back as
                    // OtherError with GLib's text: it means the same thing to the user.
                    r.status = Status::Unavailable;
                    r.message = unavailableMessage(r.detail);
                    break;
                case QKeychain::CouldNotDeleteEntry:
                    r.status = Status::Failed;
                    r.message = tr("The keychain could not delete the entry: %1").arg(r.detail);
                    break;
                }
                if (!r.ok() && r.status != Status::NotFound)
                    qCWarning(lcSecurity) << "keychain" << statusName(r.status) << "for" << account << ":" << r.detail;
                done(r);
            });
    job->start();
}

} // namespace rostrum
