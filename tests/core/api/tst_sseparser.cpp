#include "api/SseParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace rostrum;

namespace {
// Events rendered as "event|data" strings, so a whole expected list fits one QStringList.
QStringList render(const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events)
        out.append(QString::fromUtf8(e.event) + QLatin1Char('|') + QString::fromUtf8(e.data));
    return out;
}

// Feeds the stream in the given slices, queueing the events (takeEvents) or, viaSink, receiving
// them during feed() as views that must be read at once.
QStringList parseSlices(const QByteArray &stream, const QList<qsizetype> &cuts, bool viaSink = false)
{
    SseParser p;
    QStringList sunk;
    const SseParser::Sink sink = [&sunk](const SseEventView &e) {
        sunk.append(QString::fromUtf8(e.event) + QLatin1Char('|') + QString::fromUtf8(e.data));
        return true;
    };
    auto feed = [&](QByteArrayView bytes) {
        // A copy that dies right after the call: a view kept past it would read freed memory (ASan).
        const QByteArray transient = bytes.toByteArray();
        if (viaSink)
            p.feed(transient, sink);
        else
            p.feed(transient);
    };
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        feed(QByteArrayView(stream).sliced(from, cut - from));
        from = cut;
    }
    feed(QByteArrayView(stream).sliced(from));
    return viaSink ? sunk : render(p.takeEvents());
}

QByteArray loadCapture()
{
    QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/api/stream-capture-2024-11.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray out;
    // The file starts with '#' provenance lines; the rest is the verbatim stream.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (!l.startsWith('#'))
            out += l + '\n';
    }
    return out;
}

QByteArray withEndings(QByteArray lf, const char *eol)
{
    return lf.replace("\n", eol);
}

// A stream whose content is multi-byte UTF-8 (2, 3 and 4 byte characters), so many split points fall
// inside a character.
QByteArray utf8Stream()
{
    QByteArray s;
    const char *pieces[] = {"Débat", " sur l’", "éthique 🙂", " — 議論", " ünd ß"};
    for (const char *piece : pieces)
        s += QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"") + piece + "\"}}]}\n\n";
    s += "data: [DONE]\n\n";
    return s;
}
} // namespace

class TestSseParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grammar_data();
    void grammar();
    void everySplitOfRealCapture_data();
    void everySplitOfRealCapture();
    void byteByByte();
    void splitInsideUtf8();
    void crlfAcrossFeeds();
    void randomSlicesMatchWhole();
    void incompleteEventAtEndIsNotDispatched();
    void takeEventOneByOne();
    void sinkStops();
};

void TestSseParser::grammar_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("done");

    QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QStringList {u"|a"_qs, u"|b"_qs} << false;
    QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QStringList {u"|a"_qs, u"|b"_qs} << false;
    QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QStringList {u"|a"_qs, u"|b"_qs} << false;
    QTest::newRow("mixed") << QByteArray("data: a\r\n\ndata: b\r\rdata: c\n\r\n")
                           << QStringList {u"|a"_qs, u"|b"_qs, u"|c"_qs} << false;
    QTest::newRow("comments") << QByteArray(": keep-alive\n\ndata: a\n: inside\n\n:\n\n") << QStringList {u"|a"_qs}
                              << false;
    QTest::newRow("multi-line data") << QByteArray("data: one\ndata: two\ndata:three\n\n")
                                     << QStringList {u"|one\ntwo\nthree"_qs} << false;
    QTest::newRow("no space after colon")
        << QByteArray("data:{\"x\":1}\n\n") << QStringList {u"|{\"x\":1}"_qs} << false;
    QTest::newRow("only first space stripped")
        << QByteArray("data:  two spaces\n\n") << QStringList {u"| two spaces"_qs} << false;
    QTest::newRow("field without colon") << QByteArray("data\n\n") << QStringList {u"|"_qs} << false;
    QTest::newRow("empty data") << QByteArray("data:\n\n") << QStringList {u"|"_qs} << false;
    QTest::newRow("event field") << QByteArray("event: error\ndata: x\n\ndata: y\n\n")
                                 << QStringList {u"error|x"_qs, u"|y"_qs} << false;
    QTest::newRow("unknown fields ignored")
        << QByteArray("retry: 10\nfoo: bar\nid: 7\ndata: x\n\n") << QStringList {u"|x"_qs} << false;
    QTest::newRow("no data, no event") << QByteArray("event: ping\n\n\n\ndata: x\n\n") << QStringList {u"|x"_qs}
                                       << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "data: x\n\n")
                         << QStringList {u"|x"_qs} << false;
    QTest::newRow("done") << QByteArray("data: x\n\ndata: [DONE]\n\n") << QStringList {u"|x"_qs, u"|[DONE]"_qs} << true;
    QTest::newRow("colon in value") << QByteArray("data: a:b: c\n\n") << QStringList {u"|a:b: c"_qs} << false;
}

void TestSseParser::grammar()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(bool, done);
    SseParser p;
    p.feed(input);
    QCOMPARE(render(p.takeEvents()), expected);
    QCOMPARE(p.sawDone(), done);
    QCOMPARE(p.eventCount(), quint64(expected.size()));
    QCOMPARE(parseSlices(input, {}, true), expected);
}

void TestSseParser::everySplitOfRealCapture_data()
{
    QTest::addColumn<QByteArray>("stream");
    const QByteArray lf = loadCapture();
    QTest::newRow("lf") << lf;
    QTest::newRow("crlf") << withEndings(lf, "\r\n");
    QTest::newRow("cr") << withEndings(lf, "\r");
    QTest::newRow("utf8") << utf8Stream();
    QTest::newRow("utf8 crlf") << withEndings(utf8Stream(), "\r\n");
}

void TestSseParser::everySplitOfRealCapture()
{
    QFETCH(QByteArray, stream);
    QVERIFY(stream.size() > 100);
    const QStringList whole = parseSlices(stream, {});
    QVERIFY(whole.size() >= 5);
    QCOMPARE(whole.last(), u"|[DONE]"_qs);
    QCOMPARE(parseSlices(stream, {}, true), whole);
    for (bool viaSink : {false, true}) {
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            const QStringList got = parseSlices(stream, {cut}, viaSink);
            if (got != whole)
                QFAIL(qPrintable(QStringLiteral("split at byte %1 changed the events").arg(cut)));
        }
        // And every pair of cuts three bytes apart: catches state carried over two feeds (CR then LF).
        for (qsizetype cut = 1; cut + 3 < stream.size(); ++cut) {
            if (parseSlices(stream, {cut, cut + 1, cut + 3}, viaSink) != whole)
                QFAIL(qPrintable(QStringLiteral("cuts at %1,+1,+3 changed the events").arg(cut)));
        }
    }
}

void TestSseParser::byteByByte()
{
    const QByteArray stream = withEndings(loadCapture(), "\r\n");
    SseParser p;
    for (char c : stream)
        p.feed(QByteArrayView(&c, 1));
    const QStringList got = render(p.takeEvents());
    QCOMPARE(got, parseSlices(stream, {}));
    QCOMPARE(got.size(), 6);
    QVERIFY(p.sawDone());
}

void TestSseParser::splitInsideUtf8()
{
    // Decoding happens per whole event, so every split leaves the characters intact.
    const QByteArray stream = utf8Stream();
    const QString expected = QStringLiteral("Débat sur l’éthique 🙂 — 議論 ünd ß");
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        SseParser p;
        p.feed(QByteArrayView(stream).first(cut));
        p.feed(QByteArrayView(stream).sliced(cut));
        QString text;
        for (const SseEvent &e : p.takeEvents()) {
            if (e.isDone())
                continue;
            const QString data = QString::fromUtf8(e.data);
            const int from = data.indexOf(QLatin1String("\"content\":\"")) + 11;
            text += data.mid(from, data.indexOf(QLatin1Char('"'), from) - from);
        }
        QCOMPARE(text, expected);
    }
}

void TestSseParser::crlfAcrossFeeds()
{
    // CR ends one feed, LF starts the next: one line end, not a blank line (which would dispatch early).
    SseParser p;
    p.feed("data: a\r");
    p.feed("\ndata: b\r");
    p.feed("\n\r");
    p.feed("\n");
    QCOMPARE(render(p.takeEvents()), QStringList {u"|a\nb"_qs});
}

void TestSseParser::randomSlicesMatchWhole()
{
    QByteArray stream;
    for (int i = 0; i < 200; ++i)
        stream += (i % 3 == 0 ? QByteArray(": ping\r\n") : QByteArray()) + "data: {\"i\":" + QByteArray::number(i)
            + ",\"t\":\"é🙂\"}" + (i % 2 ? "\r\n\r\n" : "\n\n");
    const QStringList whole = parseSlices(stream, {});
    QCOMPARE(whole.size(), 200);
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QList<qsizetype> cuts;
        qsizetype at = 0;
        while (true) {
            at += 1 + rng.bounded(40);
            if (at >= stream.size())
                break;
            cuts.append(at);
        }
        QCOMPARE(parseSlices(stream, cuts), whole);
        QCOMPARE(parseSlices(stream, cuts, true), whole);
    }
}

void TestSseParser::incompleteEventAtEndIsNotDispatched()
{
    SseParser p;
    p.feed("data: complete\n\ndata: cut in the mid");
    QCOMPARE(render(p.takeEvents()), QStringList {u"|complete"_qs});
    QVERIFY(!p.sawDone());
    QVERIFY(p.pendingBytes() > 0);
    p.feed("dle\n\n");
    QCOMPARE(render(p.takeEvents()), QStringList {u"|cut in the middle"_qs});
    QCOMPARE(p.pendingBytes(), 0);
}

void TestSseParser::takeEventOneByOne()
{
    SseParser p;
    p.feed("data: 1\n\ndata: 2\n\n");
    QVERIFY(p.hasEvent());
    QCOMPARE(p.takeEvent().data, QByteArray("1"));
    p.feed("data: 3\n\n");
    QCOMPARE(p.takeEvent().data, QByteArray("2"));
    QCOMPARE(p.takeEvent().data, QByteArray("3"));
    QVERIFY(!p.hasEvent());
}

void TestSseParser::sinkStops()
{
    // A consumer that gives up after the second event gets no third one, in this feed or later.
    SseParser p;
    QStringList got;
    const SseParser::Sink sink = [&got](const SseEventView &e) {
        got.append(QString::fromUtf8(e.data));
        return got.size() < 2;
    };
    p.feed("data: 1\n\ndata: 2\n\ndata: 3\n\ndata: 4", sink);
    QCOMPARE(got, (QStringList {u"1"_qs, u"2"_qs}));
    QCOMPARE(p.pendingBytes(), 0);
    QVERIFY(!p.hasEvent());
    // A multi-line event through the sink is joined like a queued one.
    SseParser q;
    QStringList joined;
    q.feed("data: a\ndata: b\n\n", [&joined](const SseEventView &e) {
        joined.append(QString::fromUtf8(e.data));
        return true;
    });
    QCOMPARE(joined, QStringList {u"a\nb"_qs});
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
