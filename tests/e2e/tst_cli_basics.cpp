#include "CliRunner.h"

#include <QObject>
#include <QTest>

// The parts of the rostrum-cli contract that need no server: help, version, usage errors.
class TestCliBasics final : public QObject
{
    Q_OBJECT

    using Result = rostrum::test::CliRunner::Result;

    static Result run(const QStringList &args, const QStringList &extraEnv = {})
    {
        rostrum::test::CliRunner cli;
        cli.setTimeoutMs(30000);
        for (const auto &kv : extraEnv)
            cli.setEnv(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        return cli.run(args);
    }

private slots:
    void helpListsEveryCommandAndExitCodes()
    {
        const auto r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *cmd : {"chat", "batch", "debate", "list", "export", "usage", "models", "tokens", "key"})
            QVERIFY2(r.out.contains(QStringLiteral("  %1").arg(QLatin1String(cmd))), cmd);
        QVERIFY(r.out.contains(QStringLiteral("--base-url")));
        QVERIFY(r.out.contains(QStringLiteral("MISTRAL_API_KEY")));
    }

    void versionPrintsTheProjectVersion()
    {
        const auto r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("rostrum-cli 0.")));
    }

    void unknownCommandIsUsageError()
    {
        const auto r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void plainHttpOffLoopbackIsRefused()
    {
        const auto r =
            run({QStringLiteral("--base-url"), QStringLiteral("http://api.example.com"), QStringLiteral("models")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("clear text")));
    }

    void badNumbersAreUsageErrors()
    {
        const auto r = run({QStringLiteral("--max-retries"), QStringLiteral("lots"), QStringLiteral("models")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--max-retries")));
    }

    void unknownTierIsUsageError()
    {
        const auto r = run({QStringLiteral("models")}, {QStringLiteral("MISTRAL_TIER=platinum")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("platinum")));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
