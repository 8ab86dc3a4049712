#include "tokens/TokenEstimateAudit.h"

#include <QTest>

using namespace rostrum;

// The gap between what we counted and what the API billed, per model.
class TestTokenEstimateAudit final : public QObject
{
    Q_OBJECT

private slots:
    void recordsSignedErrorsPerModel()
    {
        TokenEstimateAudit audit;
        QCOMPARE(audit.record(QStringLiteral("nemo"), 100, 100), 0);
        QCOMPARE(audit.record(QStringLiteral("nemo"), 100, 100), 0);
        QCOMPARE(audit.record(QStringLiteral("medium"), 90, 100), -10);
        QCOMPARE(audit.record(QStringLiteral("medium"), 130, 100), 30);

        const auto nemo = audit.stats(QStringLiteral("nemo"));
        QCOMPARE(nemo.samples, 2);
        QCOMPARE(nemo.exactMatches, 2);
        QCOMPARE(nemo.meanAbsError, 0.0);

        const auto medium = audit.stats(QStringLiteral("medium"));
        QCOMPARE(medium.samples, 2);
        QCOMPARE(medium.lastError, 30);
        QCOMPARE(medium.meanError, 10.0);
        QCOMPARE(medium.meanAbsError, 20.0);
        QCOMPARE(medium.meanAbsRelativeError, 0.2);
        QCOMPARE(medium.exactMatches, 0);

        const auto all = audit.allStats();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().model, QStringLiteral("medium"));
    }

    void correctsByTheObservedRatio()
    {
        TokenEstimateAudit audit;
        QCOMPARE(audit.corrected(QStringLiteral("m"), 50), 50); // no samples: unchanged
        audit.record(QStringLiteral("m"), 80, 100);
        audit.record(QStringLiteral("m"), 120, 150);
        QCOMPARE(audit.corrected(QStringLiteral("m"), 200), 250);
    }

    void ignoresUnbilledRequests()
    {
        TokenEstimateAudit audit;
        QCOMPARE(audit.record(QStringLiteral("m"), 10, 0), 0);
        QCOMPARE(audit.stats(QStringLiteral("m")).samples, 0);
        audit.record(QStringLiteral("m"), 10, 12);
        audit.clear();
        QVERIFY(audit.allStats().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenEstimateAudit)
#include "tst_tokenestimateaudit.moc"
