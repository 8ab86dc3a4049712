#include "context/ContextBudget.h"

#include <QTest>

using namespace rostrum;

// The window rule: the budget, the summary's reserve, and the fewest oldest entries to summarise.
class TestContextBudget final : public QObject
{
    Q_OBJECT
private slots:
    void budgetKeepsATenPercentMarginAndTheAnswer()
    {
        ContextBudget b;
        QCOMPARE(b.budgetFor(32000, 1000), 32000 * 9 / 10 - 1000);
        QCOMPARE(b.budgetFor(32000, -5), 28800); // a negative max_tokens reserves nothing
        b.setSafetyFactor(0.5);
        QCOMPARE(b.budgetFor(1000, 100), 400);
    }

    void reserveIsAnEighthWithinBounds()
    {
        QCOMPARE(ContextBudget::summaryReserveFor(800), 100);
        QCOMPARE(ContextBudget::summaryReserveFor(80), 32);
        QCOMPARE(ContextBudget::summaryReserveFor(80000), 1024);
    }

    void splitFindsTheFewestOldestEntries()
    {
        // 20 entries of 100 tokens after a 50-token frame; summarising k leaves 50 + (20 - k) * 100.
        int counts = 0;
        auto tokens = [&counts](int k) {
            ++counts;
            return qint64(50 + (20 - k) * 100);
        };
        const ContextBudget b;
        const qint64 budget = 1000; // reserve 125: 50 + (20 - k) * 100 + 125 <= 1000 from k = 12
        const ContextBudget::Split s = b.split(20, budget, tokens);
        QVERIFY(s.fits);
        QCOMPARE(s.summarised, 12);
        QVERIFY(counts <= 7); // a binary search, not a scan
    }

    void nothingIsEnoughWhenEvenAllSummarisedIsTooLong()
    {
        const ContextBudget b;
        const ContextBudget::Split s = b.split(5, 100, [](int) { return qint64(500); });
        QVERIFY(!s.fits);
        QCOMPARE(s.summarised, 5);
    }
};

QTEST_GUILESS_MAIN(TestContextBudget)
#include "tst_contextbudget.moc"
