#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace rostrum::test {

// Runs rostrum-cli for the end-to-end tests, the same way everywhere: an environment without the caller's key,
// tier or endpoint, fixed leading arguments (e.g. --base-url of a mock), optional standard input, and a bounded
// wait that keeps this process's event loop running, so a mock server living in the test keeps answering.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1 when the program did not start or did not finish in time
        bool finished = false;
        QByteArray rawOut;
        QString out;
        QString err;
        QJsonObject json() const;
    };

    // rostrum-cli as this build made it.
    CliRunner();
    explicit CliRunner(QString program);

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    const QProcessEnvironment &environment() const { return m_env; }
    void setLeadingArgs(const QStringList &args) { m_leading = args; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Result run(const QStringList &args, const QByteArray &stdinData = {}) const;
    // For tests that drive the process themselves (read it while it runs, signal it): starts it with the same
    // environment and leading arguments; returns whether it started.
    bool start(QProcess &process, const QStringList &args) const;

private:
    QString m_program;
    QProcessEnvironment m_env;
    QStringList m_leading;
    int m_timeoutMs = 120000;
};

} // namespace rostrum::test
