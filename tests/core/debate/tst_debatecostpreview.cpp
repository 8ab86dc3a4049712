#include "debate/DebateCostPreview.h"
#include "models/ModelCatalog.h"
#include "tokens/TokenCounter.h"
#include "tokens/TokenizerRegistry.h"

#include <QTest>

using namespace rostrum;

// The preview counts the requests the engine will make, exactly when the tokenizer data is in the build.
class TestDebateCostPreview final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;
    static DebateSpec spec()
    {
        DebateSpec s;
        s.motion = QStringLiteral("Homework should be abolished");
        s.rounds = 0;
        s.maxTokens = 100;
        s.judgeModel = QStringLiteral("mistral-large-latest");
        s.debaters = {Debater {{}, QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
                      Debater {{}, QStringLiteral("con"), {}, QStringLiteral("mistral-small-latest"), {}, false}};
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void rangeCoversEveryPlannedRequest()
    {
        DebateSpec s = spec();
        const CostPreview p = DebateCostPreview(&m_catalog).of(s);
        QVERIFY(p.known);
        QCOMPARE(p.requests, 5);
        QVERIFY(p.lowUsd > 0);
        QVERIFY(p.highUsd > p.lowUsd);
        QVERIFY(!p.exact); // no counter: the heuristic
        // A panel of three with the order swap: six judge requests.
        DebateSpec panel = s;
        panel.setJudges({s.judgeModel, s.judgeModel, s.judgeModel});
        panel.judgeSwap = true;
        const CostPreview judged = DebateCostPreview(&m_catalog).of(panel);
        QCOMPARE(judged.requests, 10);
        QVERIFY(judged.highUsd > p.highUsd);
        s.debaters[1].human = true;
        QCOMPARE(DebateCostPreview(&m_catalog).of(s).requests, 3); // human turns cost nothing
        s.debaters[0].model = QStringLiteral("no-such-model");
        const CostPreview unknown = DebateCostPreview(&m_catalog).of(s);
        QVERIFY(!unknown.known);
        QCOMPARE(unknown.unknownModels, QStringList {QStringLiteral("no-such-model")});
    }

    void tokenizerDataMakesTheCountExact()
    {
        if (!TokenizerRegistry::hasData())
            QSKIP("this build has no tokenizer data (.cache/tokenizer)");
        // The catalog says which tokenizer a model uses, as AppServices::tokens() tells its counter.
        TokenCounter counter;
        for (const ModelInfo &m : m_catalog.models()) {
            const QStringList names = QStringList(m.aliases) << m.id;
            for (const QString &name : names) {
                if (m.tokenizer != QLatin1String("heuristic"))
                    counter.setModelTokenizer(name, m.tokenizer);
            }
        }
        const CostPreview exact = DebateCostPreview(&m_catalog, &counter).of(spec());
        QVERIFY(exact.exact);
        QVERIFY(exact.known);
        const CostPreview rough = DebateCostPreview(&m_catalog).of(spec());
        QCOMPARE(exact.requests, rough.requests);
        QVERIFY(exact.lowUsd != rough.lowUsd); // really counted, not the estimate again
    }
};

QTEST_GUILESS_MAIN(TestDebateCostPreview)
#include "tst_debatecostpreview.moc"
