#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace rostrum::test {

QJsonObject CliRunner::Result::json() const
{
    return QJsonDocument::fromJson(rawOut).object();
}

CliRunner::CliRunner()
    : CliRunner(QStringLiteral(ROSTRUM_CLI_PATH))
{ }

CliRunner::CliRunner(QString program)
    : m_program(std::move(program))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    // The developer's own key, tier or endpoint must never reach a test run.
    for (const char *name : {"MISTRAL_API_KEY", "MISTRAL_TIER", "ROSTRUM_BASE_URL"})
        m_env.remove(QLatin1String(name));
}

bool CliRunner::start(QProcess &process, const QStringList &args) const
{
    process.setProcessEnvironment(m_env);
    process.start(m_program, m_leading + args);
    return process.waitForStarted(10000);
}

CliRunner::Result CliRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess p;
    Result r;
    if (!start(p, args))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, m_timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace rostrum::test
