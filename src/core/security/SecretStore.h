#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace rostrum {

// Where secrets (API keys, one per endpoint) are kept. Asynchronous by contract: a keychain may
// need to ask the user or start a daemon, and the GUI thread must never wait for it.
// The callback runs later from the event loop (never inside the call), exactly once, and not at
// all if context is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored for that account
        Unavailable, // no keychain backend (no Secret Service, no D-Bus, sandbox without portal)
        Denied, // the keychain is locked or refused access
        Failed, // anything else; message says what
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; // read() only
        QString message; // translated, actionable; empty on success
        QString detail; // the backend's own words, for logs (never contains the secret)
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &account, QObject *context, Callback done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context, Callback done) = 0;
    // Removing an entry that does not exist is a success.
    virtual void remove(const QString &account, QObject *context, Callback done) = 0;

    // For people: "Secret Service (gnome-keyring, KWallet, KeePassXC)", "in memory"...
    virtual QString backendName() const = 0;

    static QString statusName(Status s);
};

} // namespace rostrum
