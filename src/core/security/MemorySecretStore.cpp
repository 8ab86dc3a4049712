#include "MemorySecretStore.h"

namespace rostrum {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::answer(QObject *context, const Callback &done, Result result)
{
    // Queued, like a real keychain: the caller's code after read()/write() runs first.
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}

bool MemorySecretStore::injectFailure(QObject *context, const Callback &done)
{
    ++m_operations;
    if (!m_available || m_failuresLeft > 0) {
        const Status s = m_available ? m_failureStatus : Status::Unavailable;
        if (m_failuresLeft > 0)
            --m_failuresLeft;
        Result r;
        r.status = s;
        r.message = tr("The in-memory test keychain was told to fail.");
        r.detail = QStringLiteral("injected %1").arg(statusName(s));
        answer(context, done, r);
        return true;
    }
    return false;
}

void MemorySecretStore::read(const QString &account, QObject *context, Callback done)
{
    if (injectFailure(context, done))
        return;
    Result r;
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.cend()) {
        r.status = Status::NotFound;
    } else {
        r.status = Status::Ok;
        r.secret = *it;
    }
    answer(context, done, r);
}

void MemorySecretStore::write(const QString &account, const QString &secret, QObject *context, Callback done)
{
    if (injectFailure(context, done))
        return;
    m_secrets.insert(account, secret);
    answer(context, done, Result {Status::Ok, {}, {}, {}});
}

void MemorySecretStore::remove(const QString &account, QObject *context, Callback done)
{
    if (injectFailure(context, done))
        return;
    m_secrets.remove(account);
    answer(context, done, Result {Status::Ok, {}, {}, {}});
}

QString MemorySecretStore::backendName() const
{
    return tr("in memory (this session only)");
}

void MemorySecretStore::failNext(int n, Status s)
{
    m_failuresLeft = n;
    m_failureStatus = s;
}

void MemorySecretStore::setAvailable(bool available)
{
    m_available = available;
}

} // namespace rostrum
