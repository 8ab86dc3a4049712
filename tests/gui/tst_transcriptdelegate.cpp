#include "TranscriptDelegate.h"
#include "TranscriptModel.h"

#include "clock/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTest>
#include <QTextDocument>

using namespace rostrum;
using namespace rostrum::gui;

// A streaming speech is laid out in pieces (closed paragraphs kept, the open one parsed again);
// what it shows must be exactly what a full parse of the same text shows, at every step.
class TestTranscriptDelegate final : public QObject
{
    Q_OBJECT

    static SpeechRow row(const QString &id, SpeechRow::Flags flags)
    {
        SpeechRow s;
        s.id = id;
        s.speaker = QStringLiteral("Pro");
        s.side = QStringLiteral("for");
        s.sideKey = QStringLiteral("pro");
        s.flags = flags;
        return s;
    }

    struct Rig
    {
        ManualClock clock;
        TranscriptModel model;
        QListView view;
        TranscriptDelegate *delegate = nullptr;
        Rig()
        {
            model.setClock(&clock);
            view.resize(700, 500);
            delegate = new TranscriptDelegate(&view);
            view.setModel(&model);
            view.setItemDelegate(delegate);
            model.appendSpeech(row(QStringLiteral("streamed"), SpeechRow::Streaming));
            model.appendSpeech(row(QStringLiteral("whole"), {}));
        }
        QString html(int r) const { return delegate->bodyDocument(model.index(r))->toHtml(); }
        QSizeF size(int r) const { return delegate->bodyDocument(model.index(r))->size(); }
        // The body as paint() draws it.
        QImage image(int r) const
        {
            const QTextDocument *doc = delegate->bodyDocument(model.index(r));
            QImage img(doc->size().toSize(), QImage::Format_ARGB32);
            img.fill(Qt::white);
            QPainter p(&img);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(QPointF(0, 0), doc->size());
            doc->documentLayout()->draw(&p, ctx);
            return img;
        }
    };

private slots:
    void streamedSpeechReadsAsTheWholeParse_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<bool>("inPieces"); // whether the piecewise path is expected to serve it

        QString plain;
        for (int i = 0; i < 12; ++i)
            plain += QStringLiteral("Argument %1 holds because the **evidence** is clear (see line %2).\n\n")
                         .arg(i)
                         .arg(i + 3);
        QTest::newRow("paragraphs") << plain << true;
        QTest::newRow("headings and lists")
            << QStringLiteral("# Opening\n\nWe hold that cars must go.\n\n- fewer deaths\n- cleaner air\n\n"
                              "Second, the *costs*.\n\n## Rebuttal\n\nThey said L12-L14 proves it; it does not.\n\n"
                              "1. first\n2. second\n\nIn closing, lines 3-5 settle it.")
            << true;
        QTest::newRow("code fence with blank lines")
            << QStringLiteral("Look at this:\n\n```cpp\nint x = 0;\n\nreturn x;\n\nvalue = 2;\n```\n\nAnd then "
                              "this.\n\n~~~\nplain\n\nblock\n~~~\n\nDone.")
            << true;
        QTest::newRow("quotes and tables")
            << QStringLiteral("They wrote:\n\n> cars are *fine*\n> really\n\nWe disagree.\n\n| a | b |\n|---|---|\n"
                              "| 1 | 2 |\n\nAfter the table.\n\nLast words.")
            << true;
        QTest::newRow("table without pipes after a paragraph")
            << QStringLiteral("Intro paragraph.\n\na | b\n--|--\n1 | 2\n\nAfter.") << false;
        QTest::newRow("link reference definition")
            << QStringLiteral("See [the study][s].\n\nMore text here.\n\n[s]: https://example.org/study\n\nEnd.")
            << false;
    }

    void streamedSpeechReadsAsTheWholeParse()
    {
        QFETCH(QString, markdown);
        QFETCH(bool, inPieces);
        Rig rig;
        rig.view.show();
        QString sent;
        // Uneven chunks, as tokens arrive.
        for (qsizetype pos = 0, step = 1; pos < markdown.size(); pos += step, step = step % 9 + 2) {
            const QString chunk = markdown.mid(pos, step);
            sent += chunk;
            rig.model.appendText(0, chunk);
            rig.model.flush();
            rig.model.setText(1, sent);
            QCOMPARE(rig.html(0), rig.html(1));
            QCOMPARE(rig.size(0), rig.size(1));
        }
        if (inPieces)
            QVERIFY(rig.delegate->incrementalUpdates() > 0);
        // The speech ends: same text, no streaming badge, still what the whole parse shows.
        rig.model.setFlags(0, {});
        QCOMPARE(rig.html(0), rig.html(1));
        QCOMPARE(rig.size(0), rig.size(1));
    }

    // One paragraph of 8,000 characters (the worst case: nothing closes): its finished lines are laid
    // out once in blocks of their own, and the picture is the whole parse's, pixel for pixel.
    void longParagraphLooksTheSameWhenCutAtLineStarts()
    {
        Rig rig;
        rig.view.show();
        QString text;
        for (int i = 0; text.size() < 8000; ++i)
            text += QStringLiteral("Argument %1 holds because the **evidence** is clear (line %2) and the cost is "
                                   "[low](https://example.org/%1). ")
                        .arg(i)
                        .arg(i + 1);
        QString sent;
        int compared = 0;
        for (qsizetype pos = 0, step = 3; pos < text.size(); pos += step, step = step % 37 + 5) {
            const QString chunk = text.mid(pos, step);
            sent += chunk;
            rig.model.appendText(0, chunk);
            rig.model.flush();
            if (++compared % 10 && pos + step < text.size())
                continue;
            rig.model.setText(1, sent);
            QCOMPARE(rig.size(0), rig.size(1));
            QCOMPARE(rig.image(0), rig.image(1));
            QCOMPARE(rig.delegate->bodyDocument(rig.model.index(0))->toPlainText().remove(QLatin1Char('\n')),
                     rig.delegate->bodyDocument(rig.model.index(1))->toPlainText());
        }
        QCOMPARE(rig.delegate->bodyDocument(rig.model.index(1))->blockCount(), 1);
        QVERIFY(rig.delegate->bodyDocument(rig.model.index(0))->blockCount() > 3); // cut at line starts
        QVERIFY(rig.delegate->incrementalUpdates() > 20); // one per comparison above
        // A citation in a frozen block is still a link.
        QVERIFY(rig.delegate->bodyDocument(rig.model.index(0))
                    ->toHtml()
                    .contains(QStringLiteral("href=\"rostrum-line:1\"")));
        rig.model.setFlags(0, {});
        QCOMPARE(rig.image(0), rig.image(1));
        // Another width: cut anew (here: parsed whole, as the speech has ended).
        rig.view.resize(520, 500);
        QCOMPARE(rig.size(0), rig.size(1));
        QCOMPARE(rig.image(0), rig.image(1));
    }

    void searchHighlightWhileStreaming()
    {
        Rig rig;
        rig.view.show();
        rig.delegate->setHighlightTerm(QStringLiteral("evidence"));
        QString sent;
        for (int i = 0; i < 20; ++i) {
            const QString chunk = QStringLiteral("The evidence for point %1 is strong.\n\n").arg(i);
            sent += chunk;
            rig.model.appendText(0, chunk);
            rig.model.flush();
            rig.model.setText(1, sent);
            QCOMPARE(rig.html(0), rig.html(1));
        }
        QVERIFY(rig.html(0).contains(QStringLiteral("background-color")));
        rig.delegate->setHighlightTerm(QString());
        rig.model.setText(1, sent + QStringLiteral(" "));
        rig.model.setText(1, sent);
        QCOMPARE(rig.html(0), rig.html(1));
        QVERIFY(!rig.html(0).contains(QStringLiteral("background-color")));
    }

    // The per-frame work does not grow with the speech: after the first frames, each update parses
    // only the open paragraph, so the closed blocks are the same objects frame after frame.
    void closedParagraphsAreNotRebuilt()
    {
        Rig rig;
        rig.view.show();
        QString para;
        for (int i = 0; i < 40; ++i)
            para += QStringLiteral("Paragraph %1 says something long enough to wrap over a line or two.\n\n").arg(i);
        rig.model.appendText(0, para);
        rig.model.flush();
        const QTextDocument *doc = rig.delegate->bodyDocument(rig.model.index(0));
        const int blocks = doc->blockCount();
        const int before = rig.delegate->incrementalUpdates();
        for (int i = 0; i < 10; ++i) {
            rig.model.appendText(0, QStringLiteral("more "));
            rig.model.flush();
            QCOMPARE(rig.delegate->bodyDocument(rig.model.index(0)), doc);
            QCOMPARE(doc->blockCount(), blocks + 1); // the closed paragraphs and the open one
        }
        QCOMPARE(rig.delegate->incrementalUpdates(), before + 10);
        QVERIFY(doc->toPlainText().endsWith(QStringLiteral("more more more more more more more more more more")));
    }

    void modelStaysValidUnderTheView()
    {
        Rig rig;
        QAbstractItemModelTester tester(&rig.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.view.show();
        rig.model.appendText(0, QStringLiteral("Hello\n\nworld"));
        rig.clock.advance(100);
        rig.model.removeSpeech(1);
        rig.model.setFlags(0, {});
        QVERIFY(rig.delegate->bodyDocument(rig.model.index(0))->toPlainText().contains(QStringLiteral("world")));
    }
};

QTEST_MAIN(TestTranscriptDelegate)
#include "tst_transcriptdelegate.moc"
