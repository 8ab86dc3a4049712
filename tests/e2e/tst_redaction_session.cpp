#include "CliRunner.h"
#include "MockMistralServer.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum::test;

// A full session of rostrum-cli against the mock, verbose, with private data/config/cache
// folders; then every file written there, and all captured stdout/stderr, is searched for the
// API key. It must be nowhere: not in the database, settings, cache, exports, logs or output.
class TestRedactionSession final : public QObject
{
    Q_OBJECT

    const QByteArray m_key = "RedactionProbeKeyZ9x8W7v6U5t4S3r2";
    QTemporaryDir m_home;
    QByteArray m_allOutput;
    QStringList m_ran;

    using Result = rostrum::test::CliRunner::Result;

    Result run(const QStringList &args, const QByteArray &stdinData = {})
    {
        rostrum::test::CliRunner cli;
        cli.setEnv(QStringLiteral("MISTRAL_API_KEY"), QString::fromUtf8(m_key));
        cli.setEnv(QStringLiteral("HOME"), m_home.path());
        cli.setEnv(QStringLiteral("ROSTRUM_DATA_DIR"), m_home.filePath(QStringLiteral("data")));
        cli.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        cli.setEnv(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
        cli.setEnv(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        cli.setEnv(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        // Every log level on, so debug lines are checked too.
        cli.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        cli.setLeadingArgs({QStringLiteral("-v")});
        const Result r = cli.run(args, stdinData);
        m_allOutput += r.rawOut + r.err.toUtf8();
        if (r.exitCode == 2 && r.err.contains(QLatin1String("not available yet")))
            qInfo("not part of this build yet: %s", qPrintable(args.join(QLatin1Char(' '))));
        else
            m_ran << QStringLiteral("%1 -> %2").arg(args.mid(2).join(QLatin1Char(' '))).arg(r.exitCode);
        return r;
    }

    // The key as stored text might be, in any encoding a file could hold it.
    QList<QByteArray> needles() const
    {
        QByteArray utf16;
        for (char c : m_key) {
            utf16.append(c);
            utf16.append('\0');
        }
        return {m_key, m_key.mid(4, 20), utf16, m_key.toBase64()};
    }

    QStringList filesContainingKey(const QString &dir, int *count) const
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                found << path + QStringLiteral(" (unreadable)");
                continue;
            }
            const QByteArray bytes = f.readAll();
            ++*count;
            for (const QByteArray &n : needles()) {
                if (bytes.contains(n)) {
                    found << path;
                    break;
                }
            }
        }
        return found;
    }

private slots:
    // The search itself must be able to fail: a planted key is found, in UTF-8 and UTF-16.
    void searchFindsAPlantedKey()
    {
        QTemporaryDir dir;
        QFile a(dir.filePath(QStringLiteral("sub/a.db")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(QByteArray("SQLite format 3\0...") + m_key + "...");
        a.close();
        QFile b(dir.filePath(QStringLiteral("b.log")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        const QString asText = QString::fromUtf8(m_key); // UTF-16 in memory, little-endian here
        b.write(reinterpret_cast<const char *>(asText.utf16()), asText.size() * 2);
        b.close();
        int n = 0;
        QCOMPARE(filesContainingKey(dir.path(), &n).size(), 2);
        QCOMPARE(n, 2);
    }

    void fullSessionLeavesTheKeyNowhere()
    {
        QVERIFY(m_home.isValid());
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        const QStringList base {QStringLiteral("--base-url"), server.baseUrl().toString()};

        QCOMPARE(run(base + QStringList {QStringLiteral("key"), QStringLiteral("status")}).exitCode, 0);
        QCOMPARE(run(base + QStringList {QStringLiteral("key"), QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(run(base + QStringList {QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("verify")})
                     .exitCode,
                 0);
        run(base + QStringList {QStringLiteral("chat"), QStringLiteral("Say hello")});
        run(base + QStringList {QStringLiteral("--json"), QStringLiteral("chat"), QStringLiteral("Say hello again")});
        run(base
            + QStringList {QStringLiteral("debate"), QStringLiteral("--motion"), QStringLiteral("Tabs beat spaces"),
                           QStringLiteral("--rounds"), QStringLiteral("1"), QStringLiteral("--out"),
                           m_home.filePath(QStringLiteral("debate.md"))});
        run(base + QStringList {QStringLiteral("list"), QStringLiteral("--json")});
        run(base + QStringList {QStringLiteral("usage"), QStringLiteral("--json")});
        run(base + QStringList {QStringLiteral("models"), QStringLiteral("--refresh")});
        run(base + QStringList {QStringLiteral("tokens"), QStringLiteral("-")}, QByteArray("some text to count"));

        // Failures log the most: a 401 from a server that wants another key, and server errors.
        server.setDefaultReply(MockReply::error(500, ErrorShape::Internal500));
        QCOMPARE(run(base
                     + QStringList {QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("key"),
                                    QStringLiteral("verify")})
                     .exitCode,
                 5);
        run(base
            + QStringList {QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("chat"),
                           QStringLiteral("fail please")});
        server.setApiKey("some-other-key-the-server-wants-0");
        QCOMPARE(run(base + QStringList {QStringLiteral("key"), QStringLiteral("verify")}).exitCode, 3);

        qInfo("ran: %s", qPrintable(m_ran.join(QStringLiteral(" | "))));
        QVERIFY(m_ran.size() >= 5);
        // The key did travel where it must: to the server, as a bearer token.
        QVERIFY(server.requests().first().header("authorization").contains(m_key));

        // Nothing written under the private folders contains it.
        int files = 0;
        const QStringList leaks = filesContainingKey(m_home.path(), &files);
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("key found in ") + leaks.join(QStringLiteral(", "))));
        qInfo("searched %d files written by the session", files);

        // Nor anything it printed.
        QVERIFY(!m_allOutput.isEmpty());
        for (const QByteArray &n : needles())
            QVERIFY2(!m_allOutput.contains(n), "key found in stdout/stderr");
    }
};

QTEST_GUILESS_MAIN(TestRedactionSession)
#include "tst_redaction_session.moc"
