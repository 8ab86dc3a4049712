#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// rostrum-cli tokens: counts, JSON shape, chat layout, exit codes. Runs the real binary.
class TestCliTokens final : public QObject
{
    Q_OBJECT

    using Result = rostrum::test::CliRunner::Result;

    static Result run(const QStringList &args, const QByteArray &stdinData = {})
    {
        rostrum::test::CliRunner cli;
        cli.setTimeoutMs(60000);
        return cli.run(args, stdinData);
    }

    static bool haveData()
    {
        const auto r = run({QStringLiteral("tokens"), QStringLiteral("--json")}, "a");
        return r.json().value(QStringLiteral("tokenizer")).toString() != QLatin1String("heuristic");
    }

private slots:
    void jsonCountFromStdin()
    {
        const auto r = run({QStringLiteral("tokens"), QStringLiteral("--json"), QStringLiteral("--model"),
                            QStringLiteral("open-mistral-nemo"), QStringLiteral("--ids"), QStringLiteral("-")},
                           "Hello, how are you?");
        QCOMPARE(r.exitCode, 0);
        const auto o = r.json();
        QVERIFY2(o.contains(QStringLiteral("tokens")) && o.contains(QStringLiteral("tokenizer"))
                     && o.contains(QStringLiteral("exact")) && o.contains(QStringLiteral("ids")),
                 qPrintable(r.out));
        if (o.value(QStringLiteral("tokenizer")).toString() == QLatin1String("heuristic")) {
            QCOMPARE(o.value(QStringLiteral("exact")).toBool(), false);
            QCOMPARE(o.value(QStringLiteral("tokens")).toInt(), 5); // ceil(19 / 4)
            QSKIP("this build has no tokenizer data: checked the estimate only");
        }
        QCOMPARE(o.value(QStringLiteral("tokens")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("tokenizer")).toString(), QStringLiteral("tekken-240718"));
        QCOMPARE(o.value(QStringLiteral("exact")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("ids")).toArray(), (QJsonArray {22177, 1044, 2606, 1584, 1636, 1063}));
    }

    void textOutputSaysExactOrEstimate()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("in.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The quick brown fox jumps over the lazy dog. Token counting matters for cost estimates!");
        f.close();
        const auto r =
            run({QStringLiteral("tokens"), QStringLiteral("--model"), QStringLiteral("open-mistral-7b"), f.fileName()});
        QCOMPARE(r.exitCode, 0);
        const QString out = r.out;
        if (!haveData()) {
            QVERIFY(out.contains(QStringLiteral("estimate")));
            QSKIP("this build has no tokenizer data: checked the estimate label only");
        }
        QCOMPARE(out.trimmed(), QStringLiteral("19 tokens (exact, spm-v3)"));

        const auto api = run({QStringLiteral("tokens"), QStringLiteral("--model"),
                              QStringLiteral("mistral-medium-latest"), f.fileName()});
        QCOMPARE(api.exitCode, 0);
        QVERIFY2(api.out.startsWith(QStringLiteral("17 tokens (estimate, tekken-240718")), qPrintable(api.out));
    }

    void chatCountsTheTemplate()
    {
        if (!haveData())
            QSKIP("this build has no tokenizer data");
        const QByteArray messages = R"([{"role":"system","content":"You are a concise assistant."},
            {"role":"user","content":"Explain RAII in C++ in one sentence."}])";
        const auto v3 = run({QStringLiteral("tokens"), QStringLiteral("--chat"), QStringLiteral("--json"),
                             QStringLiteral("--model"), QStringLiteral("open-mistral-nemo")},
                            messages);
        QCOMPARE(v3.exitCode, 0);
        QCOMPARE(v3.json().value(QStringLiteral("tokens")).toInt(), 20);
        // A whole request body works too, and its "model" is used when --model is not given.
        const QByteArray body = R"({"model":"open-mistral-7b","messages":)" + messages + "}";
        const auto spm = run({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("--chat")}, body);
        QCOMPARE(spm.exitCode, 0);
        const auto o = spm.json();
        QCOMPARE(o.value(QStringLiteral("tokens")).toInt(), 24);
        QCOMPARE(o.value(QStringLiteral("tokenizer")).toString(), QStringLiteral("spm-v3"));
    }

    void badInputIsUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("missing file") << QStringList {QStringLiteral("tokens"), QStringLiteral("/nonexistent/x.txt")}
                                      << QByteArray();
        QTest::newRow("malformed chat json")
            << QStringList {QStringLiteral("tokens"), QStringLiteral("--chat")} << QByteArray("[{\"role\":");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("tokens"), QStringLiteral("--frob")}
                                        << QByteArray();
        QTest::newRow("model without id")
            << QStringList {QStringLiteral("tokens"), QStringLiteral("--model")} << QByteArray();
    }
    void badInputIsUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const auto r = run(args, input);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_cli_tokens.moc"
