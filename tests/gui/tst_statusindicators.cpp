#include "StatusIndicators.h"

#include "clock/ManualClock.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;

class TestStatusIndicators final : public QObject
{
    Q_OBJECT
private slots:
    void retryCountsDownOnTheClock()
    {
        ManualClock clock;
        StatusIndicators w;
        w.setClock(&clock);
        auto *label = w.findChild<QLabel *>(QStringLiteral("flowStatus"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Ready"));
        QSignalSpy done(&w, &StatusIndicators::countdownFinished);
        w.setRetrying(QStringLiteral("rate limited"), 4000);
        QCOMPARE(label->text(), QStringLiteral("rate limited — retrying in 4 s"));
        clock.advance(1000);
        QCOMPARE(label->text(), QStringLiteral("rate limited — retrying in 3 s"));
        clock.advance(500);
        QCOMPARE(label->text(), QStringLiteral("rate limited — retrying in 3 s"));
        clock.advance(500);
        QCOMPARE(label->text(), QStringLiteral("rate limited — retrying in 2 s"));
        clock.advance(2000);
        QCOMPARE(done.count(), 1);
        QCOMPARE(label->text(), QStringLiteral("Retrying…"));
        w.setRunning(2);
        QCOMPARE(label->text(), QStringLiteral("Streaming 2 requests"));
    }

    void limiterWaitRoundsUp()
    {
        ManualClock clock;
        StatusIndicators w;
        w.setClock(&clock);
        w.setWaitingForLimit(QStringLiteral("requests per minute"), 1200);
        QCOMPARE(w.flowText(), QStringLiteral("requests per minute — sending in 2 s"));
        clock.advance(300);
        QCOMPARE(w.flowText(), QStringLiteral("requests per minute — sending in 1 s"));
    }

    void showsUsage()
    {
        StatusIndicators w;
        w.setUsage(1234, 0.0123, true, 1.0);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("sessionTokens"))->text(), QStringLiteral("1234 tokens"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("sessionSpend"))->text(), QStringLiteral("$0.0123 of $1.00"));
        w.setUsage(10, 0, false);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("sessionSpend"))->text(), QStringLiteral("spend unknown"));
    }
};

QTEST_MAIN(TestStatusIndicators)
#include "tst_statusindicators.moc"
