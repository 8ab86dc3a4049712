#include "CliRunner.h"
#include "MockMistralServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace rostrum::test;

// rostrum-cli key set | status | clear | verify against the mock server (and, under
// scripts/test, the real keychain). verify's exit codes: 0 valid, 3 invalid key, 7 payment or
// quota, 5 network or server trouble after retries.
class TestCliKey final : public QObject
{
    Q_OBJECT

    const QByteArray m_key = "Rk7wQ2xP9mL4vT8nY3bC6dF1gH5jK0sA";

    using Result = rostrum::test::CliRunner::Result;

    // Runs rostrum-cli while this process's event loop keeps serving the mock.
    static Result run(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {},
                      bool withEnvKey = true, const QByteArray &key = {})
    {
        rostrum::test::CliRunner cli;
        cli.setTimeoutMs(90000);
        if (withEnvKey)
            cli.setEnv(QStringLiteral("MISTRAL_API_KEY"), QString::fromUtf8(key));
        for (auto it = env.begin(); it != env.end(); ++it)
            cli.setEnv(it.key(), it.value());
        return cli.run(args, stdinData);
    }

    QStringList base(const MockMistralServer &server) const
    {
        return {QStringLiteral("--base-url"), server.baseUrl().toString()};
    }

    static void expectOneStderrLine(const Result &r)
    {
        QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.err));
    }

    void expectNoKey(const Result &r) const
    {
        QVERIFY(!r.out.contains(QString::fromUtf8(m_key)));
        QVERIFY(!r.err.contains(QString::fromUtf8(m_key)));
    }

private slots:
    void verifyValidKey()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        const auto r = run(base(server) << QStringLiteral("key") << QStringLiteral("verify"), {}, {}, true, m_key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("valid")));
        const auto reqs = server.requests();
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs.at(0).path, QByteArray("/v1/models"));
        QVERIFY(reqs.at(1).isChat());
        QCOMPARE(reqs.at(1).json.value(QLatin1String("max_tokens")).toInt(), 1);
        QVERIFY2(reqs.at(1).json.value(QLatin1String("model")).toString().startsWith(QLatin1String("ministral-3b")),
                 reqs.at(1).body.constData());
        expectNoKey(r);
    }

    void verifyValidKeyJson()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        const auto r =
            run(base(server) << QStringLiteral("--json") << QStringLiteral("key") << QStringLiteral("verify"), {}, {},
                true, m_key);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("valid"));
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("environment"));
        QVERIFY(o.value(QLatin1String("models")).toInt() > 0);
        expectNoKey(r);
    }

    void verifyInvalidKey_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("message body") << int(ErrorShape::Unauthorized401Message);
        QTest::newRow("detail body") << int(ErrorShape::Unauthorized401Detail);
        QTest::newRow("no body") << int(ErrorShape::Unauthorized401Empty);
    }

    void verifyInvalidKey()
    {
        QFETCH(int, shape);
        MockMistralServer server;
        server.setApiKey("the-right-key-0123456789abcdef01");
        server.setUnauthorizedShape(ErrorShape(shape));
        QVERIFY(server.listen());
        const auto r = run(base(server) << QStringLiteral("key") << QStringLiteral("verify"), {}, {}, true, m_key);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("refused")), qPrintable(r.err));
        expectOneStderrLine(r);
        QCOMPARE(server.requests().size(), 1); // an auth failure is never retried, and chat is not tried
        expectNoKey(r);
    }

    void verifyNoQuota()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        server.setDefaultReply(MockMistralServer::noQuotaReply());
        QVERIFY(server.listen());
        const auto r = run(base(server) << QStringLiteral("key") << QStringLiteral("verify"), {}, {}, true, m_key);
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(QLatin1String("payment")), qPrintable(r.err));
        expectOneStderrLine(r);
        QCOMPARE(server.chatRequestCount(), 1); // permanent: not retried
    }

    // The payment probe: the models list accepts the key, chat answers 401 -> payment not activated.
    void verifyPaymentNotActivated()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        server.setDefaultReply(MockReply::error(401, ErrorShape::Unauthorized401Detail));
        QVERIFY(server.listen());
        const auto r = run(base(server) << QStringLiteral("key") << QStringLiteral("verify"), {}, {}, true, m_key);
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(QLatin1String("payment is not activated")), qPrintable(r.err));
    }

    void verifyServerTrouble()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        server.setDefaultReply(MockReply::error(500, ErrorShape::Internal500));
        QVERIFY(server.listen());
        const auto r = run(base(server) << QStringLiteral("--max-retries") << QStringLiteral("1")
                                        << QStringLiteral("key") << QStringLiteral("verify"),
                           {}, {}, true, m_key);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("server")), qPrintable(r.err));
        expectOneStderrLine(r);
        QCOMPARE(server.chatRequestCount(), 2); // the first attempt and one retry
    }

    void verifyNetworkTrouble()
    {
        // A port that was free a moment ago and has nobody listening now: connection refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r =
            run({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                 QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("key"), QStringLiteral("verify")},
                {}, {}, true, m_key);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("Could not reach")), qPrintable(r.err));
        expectOneStderrLine(r);
    }

    void verifyWithoutAnyKeyIsAuthError()
    {
        MockMistralServer server;
        QVERIFY(server.listen());
        // No environment key and no keychain reachable: nothing to verify.
        const auto r = run(base(server) << QStringLiteral("key") << QStringLiteral("verify"),
                           {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")}},
                           {}, false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("no API key")));
        QCOMPARE(server.requests().size(), 0);
    }

    void keyIsNeverAnArgument()
    {
        const auto r =
            run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("sk-typed-on-the-command-line")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("stdin")));
        QVERIFY(!r.err.contains(QLatin1String("sk-typed-on-the-command-line")));
    }

    void setWithEmptyStdinIsUsageError()
    {
        const auto r = run({QStringLiteral("key"), QStringLiteral("set")}, {}, QByteArray("\n"), false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no key on stdin")));
    }

    // No keychain: the key is not silently written anywhere; the user is told why and what to do.
    void setWithoutKeychainSaysSo()
    {
        const auto r = run({QStringLiteral("key"), QStringLiteral("set")},
                           {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")}},
                           m_key + '\n', false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("No keychain is available")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("NOT stored")));
        expectNoKey(r);
    }

    void statusFromEnvironmentIsMasked()
    {
        const auto r = run({QStringLiteral("key"), QStringLiteral("status")}, {}, {}, true, m_key);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("from environment")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Rk7…0sA")));
        expectNoKey(r);
    }

    // The real keychain, through the CLI: set -> status -> verify -> clear -> status.
    void keychainRoundTrip()
    {
        if (qEnvironmentVariable("ROSTRUM_SECRET_SERVICE") != QLatin1String("1"))
            QSKIP("no private Secret Service (run through scripts/test)");
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        auto r = run(base(server) << QStringLiteral("key") << QStringLiteral("set"), {}, m_key + '\n', false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        expectNoKey(r);

        r = run(base(server) << QStringLiteral("--json") << QStringLiteral("key") << QStringLiteral("status"), {}, {},
                false);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("keychain"));
        QCOMPARE(o.value(QLatin1String("masked")).toString(), QStringLiteral("Rk7…0sA"));
        expectNoKey(r);

        r = run(base(server) << QStringLiteral("key") << QStringLiteral("verify"), {}, {}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = run(base(server) << QStringLiteral("key") << QStringLiteral("clear"), {}, {}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(base(server) << QStringLiteral("key") << QStringLiteral("status"), {}, {}, false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(QLatin1String("none")));
    }
};

QTEST_GUILESS_MAIN(TestCliKey)
#include "tst_cli_key.moc"
