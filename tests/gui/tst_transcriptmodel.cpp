#include "TranscriptModel.h"

#include "clock/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;

class TestTranscriptModel final : public QObject
{
    Q_OBJECT

    static SpeechRow row(const QString &id, const QString &speaker, const QString &text = {})
    {
        SpeechRow s;
        s.id = id;
        s.speaker = speaker;
        s.side = QStringLiteral("for");
        s.text = text;
        return s;
    }

private slots:
    void passesTheModelTester()
    {
        ManualClock clock;
        TranscriptModel model;
        model.setClock(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendSpeech(row(QStringLiteral("a"), QStringLiteral("Pro")));
        model.appendSpeech(row(QStringLiteral("b"), QStringLiteral("Con")));
        model.appendText(0, QStringLiteral("Hello"));
        clock.advance(100);
        model.setFlags(1, SpeechRow::Streaming | SpeechRow::Retrying);
        model.removeSpeech(0);
        QCOMPARE(model.rowForId(QStringLiteral("b")), 0);
        model.setSpeeches({row(QStringLiteral("x"), QStringLiteral("Judge"), QStringLiteral("Verdict"))});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Two debaters stream 1,000 chunks a second each for two seconds: the view hears about it at
    // most once per frame interval, and every signal names only the streaming rows.
    void coalescesStreamingToTheFrameRate()
    {
        ManualClock clock;
        TranscriptModel model;
        model.setClock(&clock);
        model.appendSpeech(row(QStringLiteral("old"), QStringLiteral("Pro"), QStringLiteral("done")));
        const int a = model.appendSpeech(row(QStringLiteral("a"), QStringLiteral("Pro")));
        const int b = model.appendSpeech(row(QStringLiteral("b"), QStringLiteral("Con")));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        for (int ms = 0; ms < 2000; ++ms) {
            model.appendText(a, QStringLiteral("x"));
            model.appendText(QStringLiteral("b"), QStringLiteral("y"));
            clock.advance(1);
        }
        clock.advance(model.frameIntervalMs());
        QVERIFY(!model.hasPendingChanges());
        // ≤ 30 Hz over 2 s, plus the first immediate frame.
        QVERIFY2(model.flushCount() <= 2000 / 33 + 1, qPrintable(QString::number(model.flushCount())));
        QVERIFY(model.flushCount() >= 2000 / 34 - 1);
        for (const auto &args : std::as_const(spy)) {
            const auto top = args.at(0).value<QModelIndex>();
            const auto bottom = args.at(1).value<QModelIndex>();
            QCOMPARE(top.row(), a);
            QCOMPARE(bottom.row(), b);
        }
        QCOMPARE(model.speech(a).text, QString(2000, QLatin1Char('x')));
        QCOMPARE(model.speech(b).text, QString(2000, QLatin1Char('y')));
    }

    void firstChunkAfterQuietShowsOnTheNextTurn()
    {
        ManualClock clock;
        TranscriptModel model;
        model.setClock(&clock);
        model.appendSpeech(row(QStringLiteral("a"), QStringLiteral("Pro")));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        clock.advance(1000);
        model.appendText(0, QStringLiteral("Bonjour"));
        QCOMPARE(spy.count(), 0);
        clock.advance(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.data(model.index(0), TranscriptModel::MarkdownRole).toString(), QStringLiteral("Bonjour"));
    }

    void revisionChangesWithText()
    {
        ManualClock clock;
        TranscriptModel model;
        model.setClock(&clock);
        model.appendSpeech(row(QStringLiteral("a"), QStringLiteral("Pro")));
        const auto r0 = model.data(model.index(0), TranscriptModel::RevisionRole).toULongLong();
        model.appendText(0, QStringLiteral("x"));
        QVERIFY(model.data(model.index(0), TranscriptModel::RevisionRole).toULongLong() != r0);
    }

    void flushAnnouncesAtOnce()
    {
        ManualClock clock;
        TranscriptModel model;
        model.setClock(&clock);
        model.appendSpeech(row(QStringLiteral("a"), QStringLiteral("Pro")));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.appendText(0, QStringLiteral("x"));
        model.flush();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void findsTextAndWraps()
    {
        TranscriptModel model;
        model.appendSpeech(row(QStringLiteral("a"), QStringLiteral("Pro"), QStringLiteral("Les impôts baissent")));
        model.appendSpeech(row(QStringLiteral("b"), QStringLiteral("Con"), QStringLiteral("Non merci")));
        model.appendSpeech(row(QStringLiteral("c"), QStringLiteral("Pro"), QStringLiteral("Impôts encore")));
        QCOMPARE(model.find(QStringLiteral("IMPÔTS"), -1), 0);
        QCOMPARE(model.find(QStringLiteral("impôts"), 0), 2);
        QCOMPARE(model.find(QStringLiteral("impôts"), 2), 0);
        QCOMPARE(model.find(QStringLiteral("impôts"), 0, false), 2);
        QCOMPARE(model.find(QStringLiteral("absent"), 0), -1);
        const QString md = model.markdownForRows({2, 0});
        QVERIFY(md.indexOf(QStringLiteral("baissent")) < md.indexOf(QStringLiteral("encore")));
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
