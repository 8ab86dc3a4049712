#include "CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// rostrum-cli chat and batch against a real rostrum-mock-server process: the contract's output
// shapes and exit codes, end to end.
class TestCliChat final : public QObject
{
    Q_OBJECT

    using Result = rostrum::test::CliRunner::Result;

    QTemporaryDir m_dataDir;

    // Starts a mock server with these arguments; returns its base URL (empty on failure).
    static QString startServer(QProcess &server, const QStringList &args)
    {
        server.start(QStringLiteral(ROSTRUM_MOCK_SERVER_PATH),
                     QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"),
                                  QStringLiteral("test-key")}
                         + args);
        if (!server.waitForStarted(10000))
            return {};
        QByteArray seen;
        const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        for (int i = 0; i < 100; ++i) {
            server.waitForReadyRead(100);
            seen += server.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(seen));
            if (m.hasMatch())
                return m.captured(1);
        }
        return {};
    }

    // rostrum-cli against the mock at baseUrl, with this key (none when empty) and a private data folder.
    rostrum::test::CliRunner cli(const QString &baseUrl, const QString &key = QStringLiteral("test-key")) const
    {
        rostrum::test::CliRunner c;
        c.setTimeoutMs(60000);
        if (!key.isEmpty())
            c.setEnv(QStringLiteral("MISTRAL_API_KEY"), key);
        c.setEnv(QStringLiteral("ROSTRUM_BASE_URL"), baseUrl);
        c.setEnv(QStringLiteral("ROSTRUM_DATA_DIR"), m_dataDir.path());
        return c;
    }

private slots:
    void chatStreamsTheAnswer()
    {
        QProcess server;
        const QString url = startServer(server, {});
        QVERIFY(!url.isEmpty());
        const auto r = cli(url).run({QStringLiteral("chat"), QStringLiteral("Say hello.")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().size() > 5);
    }

    void chatJsonShape()
    {
        QProcess server;
        const QString url = startServer(server, {});
        QVERIFY(!url.isEmpty());
        const auto r = cli(url).run({QStringLiteral("--json"), QStringLiteral("chat"), QStringLiteral("--model"),
                                     QStringLiteral("mistral-small-latest"), QStringLiteral("Hello?")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *k : {"model", "text", "finish_reason", "usage", "cost_usd", "latency_ms", "ttft_ms",
                              "attempts", "waited_ms", "cached"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QVERIFY(!o.value(QLatin1String("text")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject u = o.value(QLatin1String("usage")).toObject();
        QVERIFY(u.value(QLatin1String("prompt_tokens")).toInt() > 0);
        QVERIFY(u.value(QLatin1String("completion_tokens")).toInt() > 0);
        QCOMPARE(u.value(QLatin1String("total_tokens")).toInt(),
                 u.value(QLatin1String("prompt_tokens")).toInt() + u.value(QLatin1String("completion_tokens")).toInt());
        QCOMPARE(o.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("cached")).toBool(), false);
        QVERIFY(o.value(QLatin1String("cost_usd")).isDouble() || o.value(QLatin1String("cost_usd")).isNull());
    }

    void authFailuresExit3()
    {
        QProcess server;
        const QString url = startServer(server, {});
        QVERIFY(!url.isEmpty());
        auto r = cli(url, QString()).run({QStringLiteral("chat"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("MISTRAL_API_KEY")));
        r = cli(url, QStringLiteral("wrong-key")).run({QStringLiteral("chat"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void gaveUpExits5()
    {
        // The server allows one request a minute; the second process is refused and may not retry.
        QProcess server;
        const QString url = startServer(server, {QStringLiteral("--rpm"), QStringLiteral("1")});
        QVERIFY(!url.isEmpty());
        QCOMPARE(cli(url).run({QStringLiteral("chat"), QStringLiteral("One")}).exitCode, 0);
        const auto r = cli(url).run({QStringLiteral("--max-retries"), QStringLiteral("0"), QStringLiteral("--tier"),
                                     QStringLiteral("custom"), QStringLiteral("chat"), QStringLiteral("Two")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("Rate limit")));
        // Nothing listening at all: a network error, given up.
        const auto n = cli(QStringLiteral("http://127.0.0.1:1"))
                           .run({QStringLiteral("--max-retries"), QStringLiteral("0"), QStringLiteral("chat"),
                                 QStringLiteral("Hi")});
        QCOMPARE(n.exitCode, 5);
    }

    void usageErrorsExit2()
    {
        const auto e = cli(QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(e.run({QStringLiteral("chat")}).exitCode, 2);
        QCOMPARE(
            e.run({QStringLiteral("chat"), QStringLiteral("--temperature"), QStringLiteral("9"), QStringLiteral("Hi")})
                .exitCode,
            2);
        QCOMPARE(e.run({QStringLiteral("chat"), QStringLiteral("--frobnicate"), QStringLiteral("Hi")}).exitCode, 2);
        QCOMPARE(e.run({QStringLiteral("batch")}).exitCode, 2);
        QCOMPARE(
            e.run({QStringLiteral("batch"), QStringLiteral("--input"), QStringLiteral("/nonexistent.jsonl")}).exitCode,
            2);
    }

    void chatReadsThePromptFromStdin()
    {
        QProcess server;
        const QString url = startServer(server, {});
        QVERIFY(!url.isEmpty());
        const auto r = cli(url).run({QStringLiteral("chat"), QStringLiteral("-")}, QByteArrayLiteral("From stdin."));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
    }

    void batchKeepsInputOrderAndFlagsBadLines()
    {
        QProcess server;
        const QString url = startServer(server, {});
        QVERIFY(!url.isEmpty());
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.jsonl"));
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        auto body = [](const char *prompt) {
            return QStringLiteral(
                       "{\"model\":\"mistral-small-latest\",\"messages\":[{\"role\":\"user\",\"content\":\"%1\"}]}")
                .arg(QLatin1String(prompt));
        };
        QStringList lines;
        lines << QStringLiteral("{\"id\":\"a\",\"priority\":\"low\",\"body\":%1}").arg(body("first"));
        lines << QStringLiteral("{\"id\":\"b\",\"priority\":\"high\",\"body\":%1}").arg(body("second"));
        lines << QStringLiteral("{\"id\":\"broken\", this is not json");
        lines << QStringLiteral(
            "{\"id\":\"c\",\"body\":{\"model\":\"mistral-small-latest\",\"messages\":[],\"max_completion_tokens\":5}}");
        lines << QStringLiteral("{\"id\":\"d\",\"priority\":\"normal\",\"body\":%1}").arg(body("fourth"));
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
        f.close();

        const auto r =
            cli(url).run({QStringLiteral("batch"), QStringLiteral("--input"), input, QStringLiteral("--output"), output,
                          QStringLiteral("--concurrency"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2); // some lines were bad input; the others ran
        QVERIFY(r.err.contains(QStringLiteral("batch: ")));
        QFile o(output);
        QVERIFY(o.open(QIODevice::ReadOnly));
        const QList<QByteArray> out = o.readAll().trimmed().split('\n');
        QCOMPARE(out.size(), 5);
        QList<QJsonObject> objs;
        for (const auto &l : out)
            objs << QJsonDocument::fromJson(l).object();
        QCOMPARE(objs[0].value(QLatin1String("id")).toString(), QStringLiteral("a"));
        QCOMPARE(objs[1].value(QLatin1String("id")).toString(), QStringLiteral("b"));
        QCOMPARE(objs[3].value(QLatin1String("id")).toString(), QStringLiteral("c"));
        QCOMPARE(objs[4].value(QLatin1String("id")).toString(), QStringLiteral("d"));
        for (int i : {0, 1, 4}) {
            QVERIFY(objs[i].value(QLatin1String("ok")).toBool());
            QVERIFY(!objs[i].value(QLatin1String("text")).toString().isEmpty());
            QCOMPARE(objs[i].value(QLatin1String("attempts")).toInt(), 1);
            QVERIFY(objs[i].value(QLatin1String("usage")).toObject().contains(QLatin1String("total_tokens")));
            QVERIFY(objs[i].contains(QLatin1String("cost_usd")));
            QVERIFY(objs[i].contains(QLatin1String("latency_ms")));
        }
        for (int i : {2, 3}) {
            QCOMPARE(objs[i].value(QLatin1String("ok")).toBool(), false);
            const QJsonObject err = objs[i].value(QLatin1String("error")).toObject();
            QCOMPARE(err.value(QLatin1String("class")).toString(), QStringLiteral("invalid_input"));
            QCOMPARE(err.value(QLatin1String("line")).toInt(), i + 1);
            QVERIFY(err.value(QLatin1String("message")).toString().contains(QStringLiteral("line %1").arg(i + 1)));
        }
        // Only the three good lines reached the server.
    }

    void interruptKeepsThePartialAnswer()
    {
        QProcess server;
        const QString url = startServer(server, {QStringLiteral("--scenario"), QStringLiteral("slow")});
        QVERIFY(!url.isEmpty());
        QProcess p;
        QVERIFY(cli(url).start(p,
                               {QStringLiteral("chat"), QStringLiteral("--max-tokens"), QStringLiteral("2000"),
                                QStringLiteral("Talk at length.")}));
        QByteArray out;
        for (int i = 0; i < 200 && out.size() < 3; ++i) {
            p.waitForReadyRead(50);
            out += p.readAllStandardOutput();
        }
        QVERIFY(!out.isEmpty());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(20000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 6);
        QVERIFY(!out.trimmed().isEmpty());
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("interrupted")));
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_cli_chat.moc"
