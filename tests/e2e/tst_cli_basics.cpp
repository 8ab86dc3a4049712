#include <QObject>
#include <QProcess>
#include <QTest>

// The parts of the rostrum-cli contract that need no server: help, version, usage errors.
class TestCliBasics final : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    static Result run(const QStringList &args, const QStringList &extraEnv = {})
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MISTRAL_API_KEY"));
        for (const auto &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROSTRUM_CLI_PATH), args);
        if (!p.waitForFinished(30000))
            return {-1, {}, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
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
