#pragma once

#include "SecretStore.h"

#include <QHash>

namespace rostrum {

// A SecretStore that keeps secrets in this process's memory only. Serves unit tests (with
// failure injection) and nothing is ever written to disk. Answers asynchronously like the real one.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &account, QObject *context, Callback done) override;
    void write(const QString &account, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &account, QObject *context, Callback done) override;
    QString backendName() const override;

    // Failure injection: the next n operations answer with status s (e.g. Unavailable, as a
    // keyring that is still starting would).
    void failNext(int n, Status s = Status::Unavailable);
    // Every operation answers Unavailable until set back.
    void setAvailable(bool available);

    int operationCount() const { return m_operations; }
    QHash<QString, QString> contents() const { return m_secrets; }

private:
    bool injectFailure(QObject *context, const Callback &done);
    static void answer(QObject *context, const Callback &done, Result result);

    QHash<QString, QString> m_secrets;
    int m_failuresLeft = 0;
    Status m_failureStatus = Status::Unavailable;
    bool m_available = true;
    int m_operations = 0;
};

} // namespace rostrum
