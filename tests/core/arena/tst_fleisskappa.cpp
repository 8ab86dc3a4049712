#include "arena/FleissKappa.h"

#include <QTest>

using namespace rostrum;

class TestFleissKappa final : public QObject
{
    Q_OBJECT

private slots:
    // The worked example of Fleiss' kappa (Wikipedia, "Fleiss' kappa"): 10 subjects, 14 raters, 5 categories.
    // Category totals 20, 28, 39, 21, 32 of 140 ratings: P_e = (20² + 28² + 39² + 21² + 32²) / 140² = 417/1960.
    // sum over subjects of (sum_c n_sc² - 14) = 2408, so P-bar = 2408 / (10·14·13) = 172/455.
    // kappa = (172/455 - 417/1960) / (1 - 417/1960) = 4211/20059 = 0.20993...
    void textbookExample()
    {
        const QList<QList<int>> counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        const std::optional<double> kappa = FleissKappa::compute(counts);
        QVERIFY(kappa);
        QVERIFY(qAbs(*kappa - 4211.0 / 20059.0) < 1e-12);
    }

    // Three judges, categories pro/con/tie, four debates: (3,0,0) (2,1,0) (0,3,0) (1,1,1).
    // P_s = 1, 2/6, 1, 0 -> P-bar = 7/12; shares 6/12, 5/12, 1/12 -> P_e = 62/144 = 31/72;
    // kappa = (42/72 - 31/72) / (41/72) = 11/41.
    void threeJudgesByHand()
    {
        const std::optional<double> kappa = FleissKappa::compute({{3, 0, 0}, {2, 1, 0}, {0, 3, 0}, {1, 1, 1}});
        QVERIFY(kappa);
        QVERIFY(qAbs(*kappa - 11.0 / 41.0) < 1e-12);
    }

    // Unanimous raters on varied subjects agree perfectly; raters who always split agree less than chance.
    void perfectAndBelowChance()
    {
        QCOMPARE(FleissKappa::compute({{2, 0, 0}, {0, 2, 0}, {0, 0, 2}}), std::optional<double>(1.0));
        const std::optional<double> split = FleissKappa::compute({{1, 1, 0}, {1, 1, 0}});
        QVERIFY(split);
        // P-bar = 0, P_e = 1/2: kappa = -1.
        QCOMPARE(*split, -1.0);
    }

    // Different numbers of raters: a subject with one rater is left out, the others use their own n_s.
    // Subjects (2,0,0) and (1,1,1) and (0,1,0): the last has one rater. P_s = 1 and 0 -> P-bar = 1/2;
    // shares of the 5 counted ratings: 3/5, 1/5, 1/5 -> P_e = 11/25; kappa = (1/2 - 11/25) / (14/25) = 3/28.
    void unequalRaters()
    {
        const std::optional<double> kappa = FleissKappa::compute({{2, 0, 0}, {1, 1, 1}, {0, 1, 0}});
        QVERIFY(kappa);
        QVERIFY(qAbs(*kappa - 3.0 / 28.0) < 1e-12);
    }

    void undefined_data()
    {
        QTest::addColumn<QList<QList<int>>>("counts");
        QTest::newRow("no subjects") << QList<QList<int>> {};
        QTest::newRow("one rater each") << QList<QList<int>> {{1, 0, 0}, {0, 1, 0}};
        QTest::newRow("every rating pro") << QList<QList<int>> {{3, 0, 0}, {2, 0, 0}};
    }
    void undefined()
    {
        QFETCH(QList<QList<int>>, counts);
        QCOMPARE(FleissKappa::compute(counts), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestFleissKappa)
#include "tst_fleisskappa.moc"
