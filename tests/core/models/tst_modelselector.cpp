#include "models/ModelCatalog.h"
#include "models/ModelSelector.h"

#include <QTest>

using namespace rostrum;

class TestModelSelector final : public QObject
{
    Q_OBJECT

    ModelCatalog m_shipped;

    static ModelTask task(ModelTask::Kind kind, qint64 tokens, bool complex = false, bool math = false,
                          bool costCritical = false, bool simple = false)
    {
        ModelTask t;
        t.kind = kind;
        t.contextTokens = tokens;
        t.complex = complex;
        t.requiresMath = math;
        t.costCritical = costCritical;
        t.simple = simple;
        return t;
    }

private slots:
    void initTestCase() { QVERIFY(m_shipped.loadShipped()); }

    void seedRulesOnTheShippedTable_data()
    {
        using K = ModelTask::Kind;
        QTest::addColumn<ModelTask>("t");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("model");
        QTest::newRow("code") << task(K::Code, 8000) << "code"
                              << "codestral-2508";
        // Devstral 2 has a larger window but is deprecated: the largest *current* code window wins.
        QTest::newRow("long code") << task(K::Code, 200000) << "long_code"
                                   << "codestral-2508";
        QTest::newRow("hard") << task(K::General, 4000, true) << "reasoning"
                              << "mistral-large-2512";
        QTest::newRow("math") << task(K::General, 4000, false, true) << "reasoning"
                              << "mistral-large-2512";
        QTest::newRow("cheap simple") << task(K::General, 2000, false, false, true, true) << "cheapest"
                                      << "ministral-3b-2512";
        QTest::newRow("long general") << task(K::General, 150000) << "long_context"
                                      << "mistral-small-2603";
        QTest::newRow("default") << task(K::General, 4000) << "default"
                                 << "mistral-medium-3-5";
        // Cost-critical but not simple is not the cheapest rule.
        QTest::newRow("cost only") << task(K::General, 2000, false, false, true, false) << "default"
                                   << "mistral-medium-3-5";
    }
    void seedRulesOnTheShippedTable()
    {
        QFETCH(ModelTask, t);
        QFETCH(QString, rule);
        QFETCH(QString, model);
        ModelSelector s(&m_shipped);
        const ModelChoice c = s.choose(t);
        QCOMPARE(c.rule, rule);
        QCOMPARE(c.model, model);
        QVERIFY(!c.overridden);
        QVERIFY2(c.reason.contains(model), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(QStringLiteral("USD")), qPrintable(c.reason));
    }

    void choicesFollowTheDataNotNames()
    {
        // A made-up table: none of the shipped names, so only the data can decide.
        ModelCatalog c;
        QVERIFY(c.mergeJson(R"({"prices_as_of": "2030-01-01", "models": [
            {"id": "coder-a", "context": 64000, "input_usd_per_mtok": 1, "output_usd_per_mtok": 1,
             "capabilities": ["chat"], "strengths": ["code"]},
            {"id": "coder-b", "context": 500000, "input_usd_per_mtok": 2, "output_usd_per_mtok": 2,
             "capabilities": ["chat"], "strengths": ["code"]},
            {"id": "brain", "context": 128000, "input_usd_per_mtok": 5, "output_usd_per_mtok": 9,
             "capabilities": ["chat"], "strengths": ["reasoning", "math", "balanced"]},
            {"id": "tiny", "context": 8000, "input_usd_per_mtok": 0.01, "output_usd_per_mtok": 0.01,
             "capabilities": ["chat"], "strengths": ["fast"]},
            {"id": "old-cheap", "context": 1000000, "input_usd_per_mtok": 0.001, "output_usd_per_mtok": 0.001,
             "capabilities": ["chat"], "strengths": ["general"], "deprecation": {"date": "2029-01-01"}},
            {"id": "reader", "context": 1000000, "input_usd_per_mtok": 0.2, "output_usd_per_mtok": 0.4,
             "capabilities": ["chat"], "strengths": ["general"]}
        ]})",
                            QStringLiteral("test")));
        ModelSelector s(&c);
        using K = ModelTask::Kind;
        QCOMPARE(s.choose(task(K::Code, 1000)).model, QStringLiteral("coder-a"));
        QCOMPARE(s.choose(task(K::Code, 100000)).model, QStringLiteral("coder-b"));
        QCOMPARE(s.choose(task(K::General, 1000, true)).model, QStringLiteral("brain"));
        QCOMPARE(s.choose(task(K::General, 1000, false, false, true, true)).model, QStringLiteral("tiny"));
        // tiny is cheapest but its window is too small for this one.
        QCOMPARE(s.choose(task(K::General, 20000, false, false, true, true)).model, QStringLiteral("reader"));
        QCOMPARE(s.choose(task(K::General, 300000)).model, QStringLiteral("reader")); // old-cheap is deprecated
        QCOMPARE(s.choose(task(K::General, 1000)).model, QStringLiteral("brain"));
    }

    void userOverridesWinAndSaySo()
    {
        ModelSelector s(&m_shipped);
        s.setOverride(QStringLiteral("code"), QStringLiteral("devstral-latest"));
        const ModelChoice c = s.choose(task(ModelTask::Kind::Code, 1000));
        QCOMPARE(c.model, QStringLiteral("devstral-2512"));
        QVERIFY(c.overridden);
        QVERIFY2(c.reason.contains(QStringLiteral("your choice")), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(QStringLiteral("deprecated")), qPrintable(c.reason));
        // Other rules are unaffected; removing the override restores the data's choice.
        QVERIFY(!s.choose(task(ModelTask::Kind::General, 1000)).overridden);
        s.setOverride(QStringLiteral("code"), QString());
        QCOMPARE(s.choose(task(ModelTask::Kind::Code, 1000)).model, QStringLiteral("codestral-2508"));
    }

    void catalogSelectionOverridesApply()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        QVERIFY(c.mergeJson(R"({"selection": {"default": "mistral-small-latest"}})", QStringLiteral("user")));
        ModelSelector s(&c);
        const ModelChoice choice = s.choose(task(ModelTask::Kind::General, 1000));
        QCOMPARE(choice.model, QStringLiteral("mistral-small-2603"));
        QVERIFY(choice.overridden);
    }

    void requiredCapabilitiesAndImpossibleTasks()
    {
        ModelSelector s(&m_shipped);
        ModelTask t = task(ModelTask::Kind::General, 1000, false, false, true, true);
        t.requiredCapabilities = {QStringLiteral("fim")};
        QCOMPARE(s.choose(t).model, QStringLiteral("codestral-2508"));

        const ModelChoice none = s.choose(task(ModelTask::Kind::General, 5'000'000));
        QVERIFY(none.model.isEmpty());
        QVERIFY2(none.reason.contains(QStringLiteral("5000000")), qPrintable(none.reason));
    }

    void unpricedModelsAreNeverChosenAsCheapest()
    {
        ModelCatalog c;
        QVERIFY(c.loadShipped());
        QVERIFY(c.mergeJson(R"({"models":[{"id":"free-looking","context":999999,"capabilities":["chat"],
                                            "strengths":["fast"]}]})",
                            QStringLiteral("user")));
        ModelSelector s(&c);
        QCOMPARE(s.choose(task(ModelTask::Kind::General, 1000, false, false, true, true)).model,
                 QStringLiteral("ministral-3b-2512"));
    }
};

QTEST_GUILESS_MAIN(TestModelSelector)
#include "tst_modelselector.moc"
