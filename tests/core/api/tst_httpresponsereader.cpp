// HttpResponseReader: every framing a server may use, read whole and cut at every byte, and the
// malformed responses it must refuse instead of guessing.
#include "api/HttpResponseReader.h"

#include <QTest>

using namespace rostrum;

namespace {
struct Outcome
{
    HttpResponseReader::State state = HttpResponseReader::State::StatusLine;
    int status = 0;
    QByteArray body;
    int slices = 0; // body slices handed out (at most one per feed)
    bool keepAlive = false;
    qsizetype leftover = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// Feeds `wire` in pieces of `step` bytes (0 = whole), then reports the close if asked.
Outcome readAll(const QByteArray &wire, qsizetype step, bool closeAtEnd, bool head = false)
{
    HttpResponseReader reader;
    reader.reset(head);
    HttpBodySlice slice;
    Outcome out;
    const qsizetype n = step > 0 ? step : wire.size();
    for (qsizetype pos = 0; pos < wire.size(); pos += n) {
        // Each piece is a fresh buffer, freed after its feed, as a network read would be.
        const QByteArray piece = wire.mid(pos, n);
        slice.clear();
        const qsizetype used = reader.feed(piece, slice);
        if (!slice.isEmpty()) {
            out.body += slice.view().toByteArray();
            ++out.slices;
        }
        if (reader.isDone() || reader.failed()) {
            out.leftover = (piece.size() - used) + (wire.size() - pos - piece.size());
            break;
        }
    }
    if (closeAtEnd && !reader.isDone() && !reader.failed())
        reader.closed();
    out.state = reader.state();
    out.status = reader.status();
    out.keepAlive = reader.keepAlive();
    out.headers = reader.headers();
    return out;
}

const QByteArray kChunked = "HTTP/1.1 200 OK\r\n"
                            "Content-Type: text/event-stream\r\n"
                            "Transfer-Encoding: chunked\r\n"
                            "\r\n"
                            "7\r\ndata: a\r\n"
                            "2;name=\"ext\"\r\n\n\n\r\n"
                            "19\r\ndata: {\"t\":\"th\xc3\xa9 \xf0\x9f\x99\x82\"}\n\n\r\n"
                            "0\r\n"
                            "X-Trailer: yes\r\n"
                            "\r\n";
const QByteArray kChunkedBody = "data: a\n\ndata: {\"t\":\"th\xc3\xa9 \xf0\x9f\x99\x82\"}\n\n";
} // namespace

class TestHttpResponseReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunkedAtEveryCut();
    void manyChunksInOneReadAreOneSlice();
    void framings_data();
    void framings();
    void refused_data();
    void refused();
    void interimResponseSkipped();
    void bytesAfterTheResponseAreLeftOver();
};

void TestHttpResponseReader::chunkedAtEveryCut()
{
    for (qsizetype step = 0; step <= 8; ++step) {
        const Outcome o = readAll(kChunked, step, false);
        QCOMPARE(o.state, HttpResponseReader::State::Done);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body, kChunkedBody);
        QVERIFY(o.keepAlive);
        QCOMPARE(o.leftover, 0);
    }
    // Cut in two at every position: a chunk size, a CRLF or a UTF-8 character may be split.
    for (qsizetype cut = 1; cut < kChunked.size(); ++cut) {
        HttpResponseReader reader;
        HttpBodySlice slice;
        QByteArray body;
        for (const QByteArray &piece : {kChunked.left(cut), kChunked.mid(cut)}) {
            slice.clear();
            reader.feed(piece, slice);
            body += slice.view().toByteArray();
        }
        QVERIFY2(reader.isDone(), qPrintable(QString::number(cut)));
        QCOMPARE(body, kChunkedBody);
    }
}

void TestHttpResponseReader::manyChunksInOneReadAreOneSlice()
{
    QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    QByteArray expected;
    for (int i = 0; i < 500; ++i) {
        const QByteArray event = "data: {\"n\":" + QByteArray::number(i) + "}\n\n";
        wire += QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
        expected += event;
    }
    wire += "0\r\n\r\n";
    const Outcome o = readAll(wire, 0, false);
    QCOMPARE(o.state, HttpResponseReader::State::Done);
    QCOMPARE(o.body, expected);
    QCOMPARE(o.slices, 1); // one hand-over for the read, not one per chunk
}

void TestHttpResponseReader::framings_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("closeAtEnd");
    QTest::addColumn<bool>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << false
                                    << 200 << QByteArray("hello") << true;
    QTest::newRow("content-length, connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: Close\r\n\r\nhi") << false << false << 200
        << QByteArray("hi") << false;
    QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: x\n\n")
                                 << true << false << 200 << QByteArray("data: x\n\n") << false;
    QTest::newRow("http/1.0 until close")
        << QByteArray("HTTP/1.0 200 OK\r\n\r\nold") << true << false << 200 << QByteArray("old") << false;
    QTest::newRow("http/1.0 keep-alive with length")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx") << false << false
        << 200 << QByteArray("x") << true;
    QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << false << 204
                                     << QByteArray() << true;
    QTest::newRow("HEAD has no body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n") << false << true
                                      << 200 << QByteArray() << true;
    QTest::newRow("chunked wins over a length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
        << false << false << 200 << QByteArray("ok") << true;
    QTest::newRow("LF-only lines") << QByteArray("HTTP/1.1 429 Too Many\nRetry-After: 2\nContent-Length: 2\n\n{}")
                                   << false << false << 429 << QByteArray("{}") << true;
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\nContent-Length: 0\r\n\r\n")
                                   << false << false << 200 << QByteArray() << true;
}

void TestHttpResponseReader::framings()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, closeAtEnd);
    QFETCH(bool, head);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    for (qsizetype step : {0, 1, 3}) {
        const Outcome o = readAll(wire, step, closeAtEnd, head);
        QCOMPARE(o.state, HttpResponseReader::State::Done);
        QCOMPARE(o.status, status);
        QCOMPARE(o.body, body);
        QCOMPARE(o.keepAlive, keepAlive);
    }
    if (QByteArray(QTest::currentDataTag()) == "folded header")
        QCOMPARE(readAll(wire, 0, false).headers.first().second, QByteArray("one two"));
}

void TestHttpResponseReader::refused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("closeAtEnd");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false;
    QTest::newRow("http/2 preface answer") << QByteArray("HTTP/2 200\r\n\r\n") << false;
    QTest::newRow("letters in the status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false;
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
                                 << false;
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false;
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << false;
    QTest::newRow("huge chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n")
                                     << false;
    QTest::newRow("chunk longer than announced")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n") << false;
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nNoColon\r\n\r\n") << false;
    QTest::newRow("cut chunked body") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
                                      << true;
    QTest::newRow("cut length body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nab") << true;
    QTest::newRow("closed during headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Ty") << true;
    QTest::newRow("endless header line") << QByteArray("HTTP/1.1 200 OK\r\nX: ")
            + QByteArray(HttpResponseReader::kMaxHeaderBytes + 10, 'a')
                                         << false;
}

void TestHttpResponseReader::refused()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, closeAtEnd);
    for (qsizetype step : {0, 1, 7}) {
        const Outcome o = readAll(wire, step, closeAtEnd);
        QCOMPARE(o.state, HttpResponseReader::State::Failed);
    }
}

void TestHttpResponseReader::interimResponseSkipped()
{
    const QByteArray wire = "HTTP/1.1 100 Continue\r\n\r\n"
                            "HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                            "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Final: 1\r\n\r\nend";
    const Outcome o = readAll(wire, 2, false);
    QCOMPARE(o.state, HttpResponseReader::State::Done);
    QCOMPARE(o.status, 200);
    QCOMPARE(o.body, QByteArray("end"));
    QCOMPARE(o.headers.size(), 2);
    QCOMPARE(o.headers.last().first, QByteArray("X-Final"));
}

void TestHttpResponseReader::bytesAfterTheResponseAreLeftOver()
{
    const Outcome o = readAll("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n", 0, false);
    QCOMPARE(o.state, HttpResponseReader::State::Done);
    QCOMPARE(o.body, QByteArray("ok"));
    QCOMPARE(o.leftover, 17); // the start of a response nobody asked for
}

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "tst_httpresponsereader.moc"
