#include "models/CostEstimator.h"
#include "models/ModelCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rostrum;

// Prices are read here straight from resources/models.json, independently of the catalog's parser,
// so a mistake in either shows.
class TestCostEstimator final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void costIsTokensTimesPriceForEveryModel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("in");
        QTest::addColumn<double>("out");
        QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/../../resources/models.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray models =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("models")).toArray();
        QVERIFY(!models.isEmpty());
        for (const auto &v : models) {
            const QJsonObject o = v.toObject();
            const double in = o.value(QStringLiteral("input_usd_per_mtok")).toDouble();
            const double out = o.value(QStringLiteral("output_usd_per_mtok")).toDouble();
            const QString id = o.value(QStringLiteral("id")).toString();
            QTest::newRow(qPrintable(id)) << id << in << out;
            for (const auto &a : o.value(QStringLiteral("aliases")).toArray())
                QTest::newRow(qPrintable(a.toString())) << a.toString() << in << out;
        }
    }
    void costIsTokensTimesPriceForEveryModel()
    {
        QFETCH(QString, name);
        QFETCH(double, in);
        QFETCH(double, out);
        CostEstimator est(&m_catalog);
        for (const auto &[p, c] :
             {std::pair<qint64, qint64> {0, 0}, {1, 0}, {0, 1}, {1234, 567}, {3'000'000, 250'000}}) {
            const CostEstimate e = est.exact(name, p, c);
            QVERIFY(e.known);
            const double expected = double(p) * in / 1e6 + double(c) * out / 1e6;
            QVERIFY2(
                qAbs(e.totalUsd - expected) <= 1e-12 * qMax(1.0, expected),
                qPrintable(
                    QStringLiteral("%1: %2 != %3").arg(name).arg(e.totalUsd, 0, 'g', 17).arg(expected, 0, 'g', 17)));
            QVERIFY(qAbs(e.inputUsd + e.outputUsd - e.totalUsd) < 1e-12);
        }
    }

    void knownFigures()
    {
        CostEstimator est(&m_catalog);
        // 1M in + 1M out on Large 3 at 0.5 / 1.5.
        QCOMPARE(est.exact(QStringLiteral("mistral-large-latest"), 1'000'000, 1'000'000).totalUsd, 2.0);
        // 10k in, 2k out on Small 4 at 0.15 / 0.6: 0.0015 + 0.0012.
        QVERIFY(qFuzzyCompare(est.exact(QStringLiteral("mistral-small-latest"), 10'000, 2'000).totalUsd, 0.0027));
    }

    // The shipped table gives every priced model a cached-input price of 10% of its input price and batch prices
    // of 50% of the live ones (Mistral's published rule, 2026), read here from the file itself.
    void shippedCachedAndBatchPricesFollowThePublishedRule()
    {
        QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/../../resources/models.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray models = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("models")).toArray();
        for (const auto &v : models) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            const double in = o.value(QStringLiteral("input_usd_per_mtok")).toDouble();
            const double out = o.value(QStringLiteral("output_usd_per_mtok")).toDouble();
            QVERIFY2(qFuzzyCompare(1 + o.value(QStringLiteral("cached_input_usd_per_mtok")).toDouble(), 1 + in * 0.1),
                     qPrintable(id));
            QVERIFY2(qFuzzyCompare(1 + o.value(QStringLiteral("batch_input_usd_per_mtok")).toDouble(), 1 + in * 0.5),
                     qPrintable(id));
            QVERIFY2(qFuzzyCompare(1 + o.value(QStringLiteral("batch_output_usd_per_mtok")).toDouble(), 1 + out * 0.5),
                     qPrintable(id));
            const ModelInfo *m = m_catalog.find(id);
            QVERIFY(m);
            QCOMPARE(m->cachedInputUsdPerMTok.value_or(-1), o.value(QStringLiteral("cached_input_usd_per_mtok")).toDouble());
        }
    }

    // (prompt − cached)·input + cached·cachedInput + completion·output, by hand on Large 3 (0.5 / 0.05 / 1.5).
    void cachedPromptTokensCostTheCachedInputPrice()
    {
        CostEstimator est(&m_catalog);
        const CostEstimate e = est.exact(QStringLiteral("mistral-large-latest"), 10'000, 2'000, 6'000);
        QVERIFY(e.known);
        QCOMPARE(e.cachedPromptTokens, 6'000);
        const double expected = (4'000 * 0.5 + 6'000 * 0.05 + 2'000 * 1.5) / 1e6; // 0.0053
        QVERIFY2(qAbs(e.totalUsd - expected) < 1e-15, qPrintable(QString::number(e.totalUsd, 'g', 17)));
        QVERIFY(qAbs(e.inputUsd - (4'000 * 0.5 + 6'000 * 0.05) / 1e6) < 1e-15);
        QVERIFY(qAbs(e.inputUsd + e.outputUsd - e.totalUsd) < 1e-15);
        // Saved: 6,000 tokens × (0.5 − 0.05) per million.
        QVERIFY(qAbs(e.promptCacheSavingsUsd - 6'000 * 0.45 / 1e6) < 1e-15);
        // The same request without cached tokens costs exactly the savings more.
        const CostEstimate full = est.exact(QStringLiteral("mistral-large-latest"), 10'000, 2'000);
        QVERIFY(qAbs(full.totalUsd - e.totalUsd - e.promptCacheSavingsUsd) < 1e-15);
        QCOMPARE(full.promptCacheSavingsUsd, 0.0);
        // A broken answer claiming more cached than prompt tokens is billed as all cached, never below that.
        QVERIFY(qAbs(est.exact(QStringLiteral("mistral-large-latest"), 100, 0, 500).totalUsd - 100 * 0.05 / 1e6)
                < 1e-15);
    }

    void batchIsHalfTheLivePrice()
    {
        CostEstimator est(&m_catalog);
        const CostEstimate live = est.exact(QStringLiteral("mistral-medium-latest"), 12'345, 6'789);
        const CostEstimate batch = est.batch(QStringLiteral("mistral-medium-latest"), 12'345, 6'789);
        QVERIFY(batch.known);
        QVERIFY(qAbs(batch.totalUsd - (12'345 * 0.75 + 6'789 * 3.75) / 1e6) < 1e-15);
        QVERIFY(qAbs(batch.totalUsd * 2 - live.totalUsd) < 1e-15);
        QVERIFY(!est.batch(QStringLiteral("nobody-knows"), 1, 1).known);
    }

    // A worst case is priced at the full input price whatever the cache may do: the cap must hold on a miss.
    void worstCaseIgnoresThePromptCache()
    {
        CostEstimator est(&m_catalog);
        const CostEstimate w = est.worstCase(QStringLiteral("mistral-large-latest"), 10'000, 2'000);
        QCOMPARE(w.cachedPromptTokens, 0);
        QVERIFY(qAbs(w.totalUsd - (10'000 * 0.5 + 2'000 * 1.5) / 1e6) < 1e-15);
    }

    void unknownModelOrPriceIsNotFree()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        QVERIFY(c.mergeJson(R"({"models":[{"id":"mystery","context":1000,"capabilities":["chat"]}]})",
                            QStringLiteral("test")));
        CostEstimator est(&c);
        const CostEstimate unknownModel = est.exact(QStringLiteral("nobody-knows"), 100, 100);
        QVERIFY(!unknownModel.known);
        QVERIFY(unknownModel.resolvedId.isEmpty());
        const CostEstimate noPrice = est.exact(QStringLiteral("mystery"), 100, 100);
        QVERIFY(!noPrice.known);
        QCOMPARE(noPrice.resolvedId, QStringLiteral("mystery"));
    }

    void worstCaseUsesMaxTokensOrTheRestOfTheWindow()
    {
        CostEstimator est(&m_catalog);
        const CostEstimate capped = est.worstCase(QStringLiteral("codestral-latest"), 1000, 500);
        QVERIFY(capped.known);
        QCOMPARE(capped.completionTokens, 500);
        QVERIFY(qFuzzyCompare(capped.totalUsd, (1000 * 0.3 + 500 * 0.9) / 1e6));

        const CostEstimate open = est.worstCase(QStringLiteral("codestral-latest"), 6000, 0);
        QCOMPARE(open.completionTokens, 256000 - 6000);
        QVERIFY(open.totalUsd > capped.totalUsd);
        // Worst case never undercuts the exact cost of any answer within the cap.
        QVERIFY(est.exact(QStringLiteral("codestral-latest"), 1000, 499).totalUsd <= capped.totalUsd);

        QVERIFY(!est.worstCase(QStringLiteral("nobody-knows"), 10, 0).known);
    }
};

QTEST_GUILESS_MAIN(TestCostEstimator)
#include "tst_costestimator.moc"
