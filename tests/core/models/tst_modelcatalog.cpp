#include "models/ModelCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rostrum;

class TestModelCatalog final : public QObject
{
    Q_OBJECT

    static QJsonArray apiExcerpt()
    {
        QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/models/models-list-excerpt-2025-12.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void shippedTableIsDatedAndComplete()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        QCOMPARE(c.pricesAsOf(), QDate(2026, 8, 21));
        QVERIFY(c.models().size() >= 10);
        const QStringList tokenizers = {QStringLiteral("tekken-240718"), QStringLiteral("spm-v3"),
                                        QStringLiteral("spm-v1"), QStringLiteral("heuristic")};
        for (const ModelInfo &m : c.models()) {
            QVERIFY2(m.contextTokens > 0, qPrintable(m.id));
            QVERIFY2(m.priceKnown(), qPrintable(m.id));
            QVERIFY2(tokenizers.contains(m.tokenizer), qPrintable(m.id));
            QVERIFY2(m.hasCapability(QStringLiteral("chat")), qPrintable(m.id));
            QCOMPARE(m.pricesAsOf, QDate(2026, 8, 21));
        }
    }

    void aliasesResolve_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("large") << "mistral-large-latest"
                               << "mistral-large-2512";
        QTest::newRow("small") << "mistral-small-latest"
                               << "mistral-small-2603";
        QTest::newRow("codestral") << "codestral-latest"
                                   << "codestral-2508";
        QTest::newRow("medium") << "mistral-medium-latest"
                                << "mistral-medium-3-5";
        QTest::newRow("case") << "Mistral-Small-Latest"
                              << "mistral-small-2603";
        QTest::newRow("id itself") << "ministral-8b-2512"
                                   << "ministral-8b-2512";
        QTest::newRow("unknown") << "mistral-7b"
                                 << "";
        QTest::newRow("seed name") << "codestral-mamba-latest"
                                   << "";
    }
    void aliasesResolve()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        QCOMPARE(c.resolve(name), id);
    }

    void jsonShapeFollowsTheContract()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        const QJsonObject o = c.find(QStringLiteral("magistral-medium-latest"))->toJson();
        for (const char *key : {"id", "aliases", "context", "input_usd_per_mtok", "output_usd_per_mtok", "capabilities",
                                "tokenizer", "prices_as_of", "deprecation"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("input_usd_per_mtok")).toDouble(), 2.0);
        QCOMPARE(o.value(QStringLiteral("prices_as_of")).toString(), QStringLiteral("2026-08-21"));
        const QJsonObject dep = o.value(QStringLiteral("deprecation")).toObject();
        QCOMPARE(dep.value(QStringLiteral("date")).toString(), QStringLiteral("2026-05-22"));
        QCOMPARE(dep.value(QStringLiteral("replacement")).toString(), QStringLiteral("mistral-medium-latest"));
        QVERIFY(c.find(QStringLiteral("mistral-large-latest"))->toJson().value(QStringLiteral("deprecation")).isNull());
        // Added fields: the cached-input and batch prices.
        QCOMPARE(o.value(QStringLiteral("cached_input_usd_per_mtok")).toDouble(), 0.2);
        QCOMPARE(o.value(QStringLiteral("batch_input_usd_per_mtok")).toDouble(), 1.0);
        QCOMPARE(o.value(QStringLiteral("batch_output_usd_per_mtok")).toDouble(), 2.5);
    }

    // The user's file may set the cached and batch prices; a live price set without them makes them follow the
    // published rule from the new price (a figure of the replaced price would be stale); unknown stays unknown.
    void overrideFileSetsCachedAndBatchPrices()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("models.json"));
        writeFile(path, R"({"prices_as_of": "2026-12-01",
            "models": [
              {"id": "mistral-large-latest", "cached_input_usd_per_mtok": 0.02, "batch_output_usd_per_mtok": 0.6},
              {"id": "mistral-small-latest", "input_usd_per_mtok": 0.2},
              {"id": "my-finetune", "context": 32000, "capabilities": ["chat"]}
            ]})");
        ModelCatalog c;
        QVERIFY(c.loadDefaults(QString(), path));
        const ModelInfo *large = c.find(QStringLiteral("mistral-large-2512"));
        QCOMPARE(*large->cachedInputPrice(), 0.02);
        QCOMPARE(*large->batchInputPrice(), 0.25); // the table's
        QCOMPARE(*large->batchOutputPrice(), 0.6);
        QCOMPARE(large->pricesAsOf, QDate(2026, 12, 1));
        QVERIFY(qAbs(large->costUsd(1'000'000, 0, 500'000) - (0.25 + 0.01)) < 1e-12);
        const ModelInfo *small = c.find(QStringLiteral("mistral-small-2603"));
        QVERIFY(qAbs(*small->cachedInputPrice() - 0.02) < 1e-12); // 10% of the user's 0.2, not the table's 0.015
        QVERIFY(qAbs(*small->batchInputPrice() - 0.1) < 1e-12);
        QVERIFY(qAbs(*small->batchOutputPrice() - 0.3) < 1e-12); // its output price was not touched
        const QJsonObject ft = c.find(QStringLiteral("my-finetune"))->toJson();
        QVERIFY(ft.value(QStringLiteral("cached_input_usd_per_mtok")).isNull());
        QVERIFY(ft.value(QStringLiteral("batch_input_usd_per_mtok")).isNull());
    }

    void overrideFileWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("models.json"));
        writeFile(path, R"({"prices_as_of": "2026-11-01",
            "selection": {"code": "devstral-latest"},
            "models": [
              {"id": "mistral-small-latest", "input_usd_per_mtok": 0.2},
              {"id": "my-finetune", "aliases": ["ft"], "context": 32000, "capabilities": ["chat"]},
              {"id": "ministral-3b-2512", "input_usd_per_mtok": null}
            ]})");
        ModelCatalog c;
        QVERIFY(c.loadDefaults(QString(), path));
        QVERIFY(c.warnings().isEmpty());
        const ModelInfo *small = c.find(QStringLiteral("mistral-small-2603"));
        QCOMPARE(*small->inputUsdPerMTok, 0.2); // the user's price
        QCOMPARE(*small->outputUsdPerMTok, 0.6); // untouched field keeps the table's
        QCOMPARE(small->pricesAsOf, QDate(2026, 11, 1));
        QCOMPARE(small->contextTokens, 262144);
        const ModelInfo *ft = c.find(QStringLiteral("ft"));
        QVERIFY(ft);
        QCOMPARE(ft->id, QStringLiteral("my-finetune"));
        QVERIFY(!ft->priceKnown());
        QVERIFY(ft->toJson().value(QStringLiteral("input_usd_per_mtok")).isNull());
        QVERIFY(ft->toJson().value(QStringLiteral("prices_as_of")).isNull());
        QVERIFY(!c.find(QStringLiteral("ministral-3b-latest"))->priceKnown()); // null = unknown, not 0
        QCOMPARE(c.selectionOverrides().value(QStringLiteral("code")), QStringLiteral("devstral-latest"));
    }

    void brokenOverrideFileIsAWarningNotAFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("models.json"));
        writeFile(path, "{ not json");
        ModelCatalog c;
        QVERIFY(c.loadDefaults(QString(), path));
        QCOMPARE(c.warnings().size(), 1);
        QVERIFY(c.warnings().first().contains(path));
        QVERIFY(c.find(QStringLiteral("mistral-small-latest"))->priceKnown());
    }

    void refreshFromTheApiKeepsPricesAndLearnsTheRest()
    {
        const QJsonArray data = apiExcerpt();
        QCOMPARE(data.size(), 3);
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        c.applyApiModels(data);
        // In this (2025-12) answer mistral-medium-latest pointed at mistral-medium-2508: the API wins.
        QCOMPARE(c.resolve(QStringLiteral("mistral-medium-latest")), QStringLiteral("mistral-medium-2508"));
        QCOMPARE(c.resolve(QStringLiteral("mistral-medium")), QStringLiteral("mistral-medium-2508"));
        const ModelInfo *medium = c.find(QStringLiteral("mistral-medium-2508"));
        QCOMPARE(medium->contextTokens, 131072);
        QCOMPARE(*medium->inputUsdPerMTok, 0.4); // prices stay from the table
        QCOMPARE(medium->listedByApi, std::optional<bool>(true));
        const ModelInfo *codestral = c.find(QStringLiteral("codestral-latest"));
        QCOMPARE(codestral->contextTokens, 256000);
        QVERIFY(codestral->hasCapability(QStringLiteral("fim")));
        // Models the API did not list are flagged, not dropped.
        QCOMPARE(c.find(QStringLiteral("mistral-large-latest"))->listedByApi, std::optional<bool>(false));
    }

    void refreshAddsUnknownModelsWithoutAPrice()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        const QJsonArray data = QJsonDocument::fromJson(R"([
            {"id": "mistral-tiny-2701", "name": "mistral-tiny-2701", "aliases": ["mistral-tiny-latest"],
             "max_context_length": 65536, "capabilities": {"completion_chat": true, "vision": false},
             "deprecation": "2027-03-01T00:00:00Z", "deprecation_replacement_model": "ministral-3b-latest"}
        ])")
                                    .array();
        c.applyApiModels(data);
        const ModelInfo *tiny = c.find(QStringLiteral("mistral-tiny-latest"));
        QVERIFY(tiny);
        QVERIFY(!tiny->priceKnown());
        QCOMPARE(tiny->contextTokens, 65536);
        QCOMPARE(tiny->retires, QDate(2027, 3, 1));
        QCOMPARE(tiny->replacement, QStringLiteral("ministral-3b-latest"));
        QCOMPARE(tiny->tokenizer, QStringLiteral("heuristic"));
        QVERIFY(tiny->toJson().value(QStringLiteral("output_usd_per_mtok")).isNull());
    }

    void apiSnapshotIsLoadedByDefaultsAndTheOverrideStillWins()
    {
        QTemporaryDir dir;
        QVERIFY(ModelCatalog::saveApiSnapshot(apiExcerpt(), dir.path()));
        const QString overridePath = dir.filePath(QStringLiteral("override.json"));
        writeFile(overridePath, R"({"models": [{"id": "codestral-2508", "context": 100000}]})");
        ModelCatalog c;
        QVERIFY(c.loadDefaults(dir.path(), overridePath));
        QCOMPARE(c.resolve(QStringLiteral("mistral-medium-latest")), QStringLiteral("mistral-medium-2508"));
        QCOMPARE(c.find(QStringLiteral("codestral-latest"))->contextTokens, 100000);
    }

    void deprecationHeaderWarnsOncePerModel()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        QSignalSpy spy(&c, &ModelCatalog::deprecationNoticed);
        const QDateTime removal(QDate(2026, 7, 31), QTime(0, 0), Qt::UTC);
        c.noteDeprecation(QStringLiteral("open-mistral-nemo"), removal);
        c.noteDeprecation(QStringLiteral("open-mistral-nemo"), removal);
        QCOMPARE(spy.size(), 1);
        const QString message = spy.first().at(2).toString();
        QVERIFY(message.contains(QStringLiteral("open-mistral-nemo")));
        QVERIFY(message.contains(QStringLiteral("2026-07-31")));
        QVERIFY(message.contains(QStringLiteral("ministral-8b-latest")));
        // A model the table thought current is now known to be going away.
        c.noteDeprecation(QStringLiteral("mistral-small-latest"), removal);
        QCOMPARE(spy.size(), 2);
        QVERIFY(c.find(QStringLiteral("mistral-small-latest"))->isDeprecated());
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
