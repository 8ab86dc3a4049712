#include "CliRunner.h"
#include "MockMistralServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum::test;

// rostrum-cli usage and models against the mock server: costs equal tokens × the table's prices,
// the response cache answers repeated deterministic requests, every failed attempt is counted.
class TestCliMoney final : public QObject
{
    Q_OBJECT

    using Result = rostrum::test::CliRunner::Result;

    QTemporaryDir m_dir;
    QByteArray m_key = QByteArrayLiteral("money-test-key-0123456789abcdef");

    // Runs rostrum-cli while this process's event loop keeps serving the mock.
    Result run(const MockMistralServer &server, const QStringList &args)
    {
        rostrum::test::CliRunner cli;
        cli.setEnv(QStringLiteral("MISTRAL_API_KEY"), QString::fromUtf8(m_key));
        cli.setEnv(QStringLiteral("ROSTRUM_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        cli.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        cli.setLeadingArgs({QStringLiteral("--base-url"), server.baseUrl().toString()});
        return cli.run(args);
    }

    static QJsonObject object(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    // The shipped table, read here independently of the catalog code: name (id or alias) -> {in, out}.
    static QHash<QString, std::pair<double, double>> tablePrices()
    {
        QHash<QString, std::pair<double, double>> prices;
        QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/../../resources/models.json"));
        if (!f.open(QIODevice::ReadOnly))
            return prices;
        const QJsonArray models =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("models")).toArray();
        for (const auto &v : models) {
            const QJsonObject o = v.toObject();
            const std::pair<double, double> p {o.value(QStringLiteral("input_usd_per_mtok")).toDouble(),
                                               o.value(QStringLiteral("output_usd_per_mtok")).toDouble()};
            prices.insert(o.value(QStringLiteral("id")).toString(), p);
            for (const auto &a : o.value(QStringLiteral("aliases")).toArray())
                prices.insert(a.toString(), p);
        }
        return prices;
    }

    static QJsonObject modelEntry(const QJsonObject &usage, const QString &model)
    {
        for (const auto &v : usage.value(QStringLiteral("models")).toArray()) {
            if (v.toObject().value(QStringLiteral("model")).toString() == model)
                return v.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        // Each test starts with an empty data folder.
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
    }

    void usageCostsAreTokensTimesTablePrices()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        const QStringList models = {QStringLiteral("mistral-small-latest"), QStringLiteral("codestral-latest"),
                                    QStringLiteral("mistral-large-latest"), QStringLiteral("ministral-8b-latest")};
        for (const QString &m : models) {
            for (int i = 0; i < 2; ++i) {
                const Result r = run(server,
                                     {QStringLiteral("--json"), QStringLiteral("chat"), QStringLiteral("--model"), m,
                                      QStringLiteral("Argue about tea, take %1").arg(i)});
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            }
        }
        const Result u = run(server, {QStringLiteral("usage"), QStringLiteral("--json")});
        QVERIFY2(u.exitCode == 0, qPrintable(u.err));
        const QJsonObject usage = object(u.out);
        const auto prices = tablePrices();
        QCOMPARE(usage.value(QStringLiteral("models")).toArray().size(), models.size());
        double total = 0.0;
        for (const QString &m : models) {
            const QJsonObject e = modelEntry(usage, m); // the alias the request used
            QVERIFY2(!e.isEmpty(), qPrintable(m));
            QCOMPARE(e.value(QStringLiteral("requests")).toInt(), 2);
            const double in = e.value(QStringLiteral("prompt_tokens")).toDouble();
            const double out = e.value(QStringLiteral("completion_tokens")).toDouble();
            QVERIFY(in > 0 && out > 0);
            QVERIFY(prices.contains(m));
            const double expected = (in * prices.value(m).first + out * prices.value(m).second) / 1e6;
            const double cost = e.value(QStringLiteral("cost_usd")).toDouble();
            QVERIFY2(qAbs(cost - expected) <= 1e-12 + 1e-9 * expected,
                     qPrintable(QStringLiteral("%1: %2 != %3").arg(m).arg(cost, 0, 'g', 17).arg(expected, 0, 'g', 17)));
            QVERIFY(e.value(QStringLiteral("latency_ms")).toObject().contains(QStringLiteral("p99")));
            total += cost;
        }
        const QJsonObject t = usage.value(QStringLiteral("total")).toObject();
        QCOMPARE(t.value(QStringLiteral("requests")).toInt(), 8);
        QVERIFY(qAbs(t.value(QStringLiteral("cost_usd")).toDouble() - total) < 1e-12);
        QCOMPARE(server.chatRequestCount(), 8);
    }

    // usage --json: each model carries cached_prompt_tokens and prompt_cache_savings_usd, and cost_usd is what was
    // billed, the cached tokens at 10% of the input price (Small 4: 0.15 -> 0.015). A debate's requests all carry
    // its id as prompt_cache_key, and the mock's prompt cache then serves part of them.
    void usageReportsThePromptCache()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        MockReply scripted;
        scripted.cachedTokens = 150;
        server.enqueue(scripted);
        server.enqueue(scripted);
        const QString longPrompt = QStringLiteral("Argue about tea. ").repeated(50); // 850 bytes: 212 mock tokens
        for (int i = 0; i < 2; ++i) {
            const Result r = run(server, {QStringLiteral("--json"), QStringLiteral("chat"), QStringLiteral("--model"),
                                          QStringLiteral("mistral-small-latest"), longPrompt + QString::number(i)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            // The chat's own cost_usd is priced the same way.
            const QJsonObject chat = object(r.out);
            const double p = chat.value(QStringLiteral("usage")).toObject().value(QStringLiteral("prompt_tokens")).toDouble();
            const double c =
                chat.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toDouble();
            QVERIFY(p >= 150);
            QVERIFY(qAbs(chat.value(QStringLiteral("cost_usd")).toDouble() - ((p - 150) * 0.15 + 150 * 0.015 + c * 0.6) / 1e6)
                    < 1e-12);
        }
        const QJsonObject usage = object(run(server, {QStringLiteral("usage"), QStringLiteral("--json")}).out);
        const QJsonObject e = modelEntry(usage, QStringLiteral("mistral-small-latest"));
        QCOMPARE(e.value(QStringLiteral("cached_prompt_tokens")).toInt(), 300);
        QVERIFY(qAbs(e.value(QStringLiteral("prompt_cache_savings_usd")).toDouble() - 300 * (0.15 - 0.015) / 1e6) < 1e-12);
        const double in = e.value(QStringLiteral("prompt_tokens")).toDouble();
        const double out = e.value(QStringLiteral("completion_tokens")).toDouble();
        QVERIFY(qAbs(e.value(QStringLiteral("cost_usd")).toDouble() - ((in - 300) * 0.15 + 300 * 0.015 + out * 0.6) / 1e6)
                < 1e-12);
        const QJsonObject t = usage.value(QStringLiteral("total")).toObject();
        QCOMPARE(t.value(QStringLiteral("cached_prompt_tokens")).toInt(), 300);
        QVERIFY(qAbs(t.value(QStringLiteral("prompt_cache_savings_usd")).toDouble() - 300 * 0.135 / 1e6) < 1e-12);
        // A plain chat sends no prompt_cache_key; a debate sends its id on every request.
        QVERIFY(server.lastRequest().promptCacheKey().isEmpty());
        server.clearRequests();
        const Result d = run(server, {QStringLiteral("--json"), QStringLiteral("debate"), QStringLiteral("--motion"),
                                      QStringLiteral("Tea beats coffee"), QStringLiteral("--rounds"), QStringLiteral("1"),
                                      QStringLiteral("--pro"), QStringLiteral("mistral-small-latest"),
                                      QStringLiteral("--con"), QStringLiteral("mistral-small-latest"),
                                      QStringLiteral("--no-judge"), QStringLiteral("--max-tokens"), QStringLiteral("80")});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        const QString id = object(d.out).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(server.chatRequestCount() >= 6);
        for (const RecordedRequest &r : server.requests())
            QCOMPARE(r.promptCacheKey(), id);
        const QJsonObject after = object(run(server, {QStringLiteral("usage"), QStringLiteral("--json")}).out);
        QVERIFY(modelEntry(after, QStringLiteral("mistral-small-latest")).value(QStringLiteral("cached_prompt_tokens")).toInt()
                > 300);
    }

    void repeatedDeterministicChatIsAnsweredFromTheCache()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        const QStringList chat = {QStringLiteral("--json"),
                                  QStringLiteral("chat"),
                                  QStringLiteral("--model"),
                                  QStringLiteral("mistral-small-latest"),
                                  QStringLiteral("--temperature"),
                                  QStringLiteral("0"),
                                  QStringLiteral("Is tea better than coffee?")};
        const Result first = run(server, chat);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Result second = run(server, chat);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(server.chatRequestCount(), 1);
        const QJsonObject a = object(first.out);
        const QJsonObject b = object(second.out);
        QCOMPARE(a.value(QStringLiteral("cached")).toBool(), false);
        QCOMPARE(b.value(QStringLiteral("cached")).toBool(), true);
        QCOMPARE(b.value(QStringLiteral("text")).toString(), a.value(QStringLiteral("text")).toString());

        QStringList noCache = chat;
        noCache.prepend(QStringLiteral("--no-cache"));
        const Result third = run(server, noCache);
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QCOMPARE(server.chatRequestCount(), 2);
        QCOMPARE(object(third.out).value(QStringLiteral("cached")).toBool(), false);

        const QJsonObject e = modelEntry(object(run(server, {QStringLiteral("--json"), QStringLiteral("usage")}).out),
                                         QStringLiteral("mistral-small-latest"));
        QCOMPARE(e.value(QStringLiteral("requests")).toInt(), 2); // the hit is not a request
        const QJsonObject cache = e.value(QStringLiteral("cache")).toObject();
        QCOMPARE(cache.value(QStringLiteral("hits")).toInt(), 1);
        QCOMPARE(cache.value(QStringLiteral("misses")).toInt(), 1);
        // Saved what the first answer cost (same tokens, same prices).
        QVERIFY(
            qAbs(cache.value(QStringLiteral("savings_usd")).toDouble() - a.value(QStringLiteral("cost_usd")).toDouble())
            < 1e-12);
        QVERIFY(a.value(QStringLiteral("cost_usd")).toDouble() > 0);
    }

    void errorsCountEveryFailedAttempt()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        MockReply limited = MockReply::error(429, ErrorShape::RateLimited429);
        limited.headers.emplaceBack("Retry-After", "1");
        server.enqueue(limited);
        server.enqueue(MockReply::error(500, ErrorShape::Internal500));
        // An explicit request limit keeps the limiter from learning "1 per minute" from the 429,
        // which would make this test wait a minute for nothing it checks.
        const Result r =
            run(server,
                {QStringLiteral("--rpm"), QStringLiteral("600"), QStringLiteral("--json"), QStringLiteral("chat"),
                 QStringLiteral("--model"), QStringLiteral("codestral-latest"), QStringLiteral("Hello")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(object(r.out).value(QStringLiteral("attempts")).toInt(), 3);
        const QJsonObject e = modelEntry(object(run(server, {QStringLiteral("usage"), QStringLiteral("--json")}).out),
                                         QStringLiteral("codestral-latest"));
        const QJsonObject errors = e.value(QStringLiteral("errors")).toObject();
        QCOMPARE(errors.value(QStringLiteral("rate_limited")).toInt(), 1);
        QCOMPARE(errors.value(QStringLiteral("server")).toInt(), 1);
        QCOMPARE(e.value(QStringLiteral("retries")).toInt(), 2);
        QCOMPARE(e.value(QStringLiteral("requests")).toInt(), 1);
        QVERIFY(e.value(QStringLiteral("waited_ms")).toInt() >= 1000); // the Retry-After wait
    }

    void usageSinceFiltersByDay()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QVERIFY(server.listen());
        QCOMPARE(run(server, {QStringLiteral("chat"), QStringLiteral("Hi")}).exitCode, 0);
        const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
        const QJsonObject later = object(
            run(server, {QStringLiteral("usage"), QStringLiteral("--json"), QStringLiteral("--since"), tomorrow}).out);
        QVERIFY(later.value(QStringLiteral("models")).toArray().isEmpty());
        QCOMPARE(
            run(server, {QStringLiteral("usage"), QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, 2);
    }

    void modelsJsonAndRefresh()
    {
        MockMistralServer server;
        server.setApiKey(m_key);
        QJsonArray list = MockMistralServer::defaultModels();
        list.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("mistral-next-2701")},
                         {QStringLiteral("name"), QStringLiteral("mistral-next-2701")},
                         {QStringLiteral("aliases"), QJsonArray {QStringLiteral("mistral-next-latest")}},
                         {QStringLiteral("max_context_length"), 65536},
                         {QStringLiteral("capabilities"), QJsonObject {{QStringLiteral("completion_chat"), true}}},
                         {QStringLiteral("deprecation"), QJsonValue()}});
        server.setModels(list);
        QVERIFY(server.listen());

        const Result shipped = run(server, {QStringLiteral("models"), QStringLiteral("--json")});
        QCOMPARE(shipped.exitCode, 0);
        const QJsonArray before = QJsonDocument::fromJson(shipped.out.toUtf8()).array();
        QVERIFY(before.size() >= 10);
        for (const auto &v : before) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "aliases", "context", "input_usd_per_mtok", "output_usd_per_mtok",
                                    "capabilities", "tokenizer", "prices_as_of", "deprecation"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("input_usd_per_mtok")).isDouble());
        }
        QCOMPARE(server.requests().size(), 0); // the catalog needs no network

        const Result refreshed =
            run(server, {QStringLiteral("models"), QStringLiteral("--refresh"), QStringLiteral("--json")});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.lastRequest().path, QByteArray("/v1/models"));
        bool found = false;
        for (const auto &v : QJsonDocument::fromJson(refreshed.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() != QLatin1String("mistral-next-2701"))
                continue;
            found = true;
            QVERIFY(o.value(QStringLiteral("input_usd_per_mtok")).isNull()); // unknown, never 0
            QVERIFY(o.value(QStringLiteral("output_usd_per_mtok")).isNull());
            QCOMPARE(o.value(QStringLiteral("context")).toInt(), 65536);
            QCOMPARE(o.value(QStringLiteral("aliases")).toArray().first().toString(),
                     QStringLiteral("mistral-next-latest"));
        }
        QVERIFY(found);

        // The refresh is remembered: a later run knows the model without asking again.
        const Result later = run(server, {QStringLiteral("models"), QStringLiteral("--json")});
        QVERIFY(later.out.contains(QStringLiteral("mistral-next-2701")));
        QCOMPARE(server.requests().size(), 1);

        // A chat with the unpriced model shows its cost as unknown, not free.
        const Result chat = run(server,
                                {QStringLiteral("--json"), QStringLiteral("chat"), QStringLiteral("--model"),
                                 QStringLiteral("mistral-next-latest"), QStringLiteral("Hi")});
        QVERIFY2(chat.exitCode == 0, qPrintable(chat.err));
        QVERIFY(object(chat.out).value(QStringLiteral("cost_usd")).isNull());
        const QJsonObject e = modelEntry(object(run(server, {QStringLiteral("usage"), QStringLiteral("--json")}).out),
                                         QStringLiteral("mistral-next-latest"));
        QVERIFY(e.value(QStringLiteral("cost_usd")).isNull());
        QCOMPARE(e.value(QStringLiteral("unpriced_requests")).toInt(), 1);
    }

    void refreshWithoutAKeyFails()
    {
        MockMistralServer server;
        QVERIFY(server.listen());
        const QByteArray saved = m_key;
        m_key.clear();
        const Result r = run(server, {QStringLiteral("models"), QStringLiteral("--refresh")});
        m_key = saved;
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliMoney)
#include "tst_cli_money.moc"
