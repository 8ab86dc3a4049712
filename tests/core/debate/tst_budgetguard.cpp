#include "debate/BudgetGuard.h"
#include "models/CostEstimator.h"
#include "models/ModelCatalog.h"

#include <QTest>

using namespace rostrum;

// A request goes only when its worst case stays under the cap; an unknown price refuses a capped request.
class TestBudgetGuard final : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog;
    static ChatRequest request(const QString &model)
    {
        ChatRequest r;
        r.model = model;
        r.maxTokens = 1000;
        r.messages = {ChatMessage::user(QStringLiteral("A short prompt about the motion."))};
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(m_catalog.loadShipped()); }

    void worstCaseDecides()
    {
        const BudgetGuard guard(&m_catalog, RequestTokens());
        const ChatRequest r = request(QStringLiteral("mistral-large-latest"));
        const double worst = CostEstimator(&m_catalog).worstCase(r.model, RequestTokens().count(r), 1000).totalUsd;
        QVERIFY(worst > 0);
        QVERIFY(guard.check(std::nullopt, 1e6, r).allowed); // no cap
        QVERIFY(guard.check(1.0, 0, r).allowed);
        const BudgetGuard::Check over = guard.check(worst * 1.5, worst, r);
        QVERIFY(!over.allowed);
        QCOMPARE(over.worstUsd, worst);
        QVERIFY(over.message.startsWith(QStringLiteral("Budget cap reached")));
        QVERIFY(guard.check(worst * 1.5, worst * 0.4, r).allowed);
    }

    void unknownPriceIsRefusedUnderACap()
    {
        const BudgetGuard guard(&m_catalog, RequestTokens());
        const BudgetGuard::Check c = guard.check(5.0, 0, request(QStringLiteral("no-such-model")));
        QVERIFY(!c.allowed);
        QCOMPARE(c.worstUsd, 0.0);
        QVERIFY(c.message.contains(QStringLiteral("not known")));
        bool known = true;
        QCOMPARE(guard.costOf(QStringLiteral("no-such-model"), 10, 10, 0, &known), 0.0);
        QVERIFY(!known);
        QVERIFY(guard.costOf(QStringLiteral("mistral-large-latest"), 1000, 1000, 0, &known) > 0);
        QVERIFY(known);
    }
};

QTEST_GUILESS_MAIN(TestBudgetGuard)
#include "tst_budgetguard.moc"
