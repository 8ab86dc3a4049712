#include "MockMistralServer.h"

#include <QProcess>
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

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(QStringList args)
    {
        QProcess p;
        auto e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("test-key"));
        e.insert(QStringLiteral("ROSTRUM_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.remove(QStringLiteral("ROSTRUM_BASE_URL"));
        p.setProcessEnvironment(e);
        args = QStringList {QStringLiteral("--base-url"), m_server.baseUrl().toString()} + args;
        p.start(QStringLiteral(ROSTRUM_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        // This process's event loop serves the mock while the CLI runs.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
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
