#include "CliRunner.h"
#include "MockMistralServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rostrum::test;

// A response carrying x-model-deprecation-timestamp makes rostrum-cli print one warning line on
// stderr (the answer itself still goes to stdout); a model without the header prints none.
class TestCliDeprecation final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockMistralServer m_server;

    using Result = rostrum::test::CliRunner::Result;

    // The CLI against the in-process mock (this process's event loop serves it while the CLI runs).
    Result run(const QStringList &args)
    {
        rostrum::test::CliRunner cli;
        cli.setEnv(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("test-key"));
        cli.setEnv(QStringLiteral("ROSTRUM_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        cli.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        cli.setLeadingArgs({QStringLiteral("--base-url"), m_server.baseUrl().toString()});
        return cli.run(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.setApiKey("test-key");
    }

    void warnsOnceOnStderr()
    {
        MockReply reply = MockReply::withText(QStringLiteral("Bonjour."));
        reply.headers.append(
            {QByteArrayLiteral("x-model-deprecation-timestamp"), QByteArrayLiteral("2026-12-31T00:00:00Z")});
        m_server.enqueue(reply);
        const Result r = run({QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("mistral-small-latest"),
                              QStringLiteral("Say hello.")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Bonjour.")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("deprecated")));
        const QStringList warnings =
            r.err.split(QLatin1Char('\n')).filter(QStringLiteral("deprecated"), Qt::CaseInsensitive);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("warning: ")), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(QStringLiteral("mistral-small-latest")), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(QStringLiteral("2026-12-31")), qPrintable(warnings.first()));
    }

    void silentWithoutTheHeader()
    {
        m_server.enqueue(MockReply::withText(QStringLiteral("Hello.")));
        const Result r = run({QStringLiteral("chat"), QStringLiteral("Say hello.")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("deprecated"), Qt::CaseInsensitive), qPrintable(r.err));
    }
};

QTEST_MAIN(TestCliDeprecation)
#include "tst_cli_deprecation.moc"
