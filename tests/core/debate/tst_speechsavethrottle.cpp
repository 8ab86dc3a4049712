#include "clock/ManualClock.h"
#include "debate/SpeechSaveThrottle.h"

#include <QTest>

using namespace rostrum;

// At most one save a second while text streams; none when a save happened meanwhile, none after cancel().
class TestSpeechSaveThrottle final : public QObject
{
    Q_OBJECT
private slots:
    void manyChangesMakeOneSaveAfterTheInterval()
    {
        ManualClock clock;
        int saves = 0;
        SpeechSaveThrottle t(&clock, &clock, 1000, [&saves] { ++saves; });
        for (int i = 0; i < 50; ++i)
            t.changed();
        clock.advance(999);
        QCOMPARE(saves, 0);
        clock.advance(1);
        QCOMPARE(saves, 1);
        clock.advance(5000);
        QCOMPARE(saves, 1); // nothing changed since
        t.changed();
        clock.advance(1000);
        QCOMPARE(saves, 2);
    }

    void aSaveMeanwhileOrCancelLeavesNothingToDo()
    {
        ManualClock clock;
        int saves = 0;
        SpeechSaveThrottle t(&clock, &clock, 1000, [&saves] { ++saves; });
        t.changed();
        t.saved();
        clock.advance(1000);
        QCOMPARE(saves, 0);
        t.changed();
        t.cancel();
        clock.advance(1000);
        QCOMPARE(saves, 0);
        QCOMPARE(clock.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpeechSaveThrottle)
#include "tst_speechsavethrottle.moc"
