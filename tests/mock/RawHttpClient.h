#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <utility>

namespace rostrum::test {

// A deliberately dumb HTTP client for testing the mock itself: it sends bytes on a QTcpSocket
// and keeps exactly what came back, read by read, with arrival times. No Mistral client code.
// It decodes the response framing itself (Content-Length, chunked with extensions and trailers,
// or close-delimited) so the tests can check both the wire bytes and the body. On a keep-alive
// connection it may send several requests; the accessors describe the response to the latest one.
class RawHttpClient : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // One decoded response.
    struct Response
    {
        QByteArray head; // status line and headers, with the blank line
        QByteArray wireBody; // the body bytes as sent, framing included
        QByteArray body; // decoded
        QList<QByteArray> chunks; // chunked: every chunk's data, in order (not the last, empty one)
        QList<QByteArray> extensions; // chunked: what followed each chunk size (";a=b"), last chunk included
        Headers trailers;
        bool chunked = false;
        bool complete = false; // the framing says the body is over (or the close ended it)
    };

    explicit RawHttpClient(quint16 port, QObject *parent = nullptr);

    void post(const QByteArray &path, const QByteArray &body, const QByteArray &key = "test-key",
              const Headers &extraHeaders = {});
    void postJson(const QJsonObject &body, const QByteArray &key = "test-key");
    void get(const QByteArray &path, const QByteArray &key = "test-key");
    void sendRaw(const QByteArray &bytes);
    void abort() { m_socket.abort(); }

    // The response to the latest request is complete, or the connection closed.
    bool finished() const;
    bool closed() const { return m_closed; }
    // Every response received on this connection so far, in order.
    QList<Response> responses() const { return m_responses; }
    QByteArray raw() const { return m_raw; }
    QList<QByteArray> reads() const { return m_reads; }
    QList<qint64> readTimesMs() const { return m_readTimes; } // since the request was sent
    // For each read: how many decoded body bytes of the latest response had arrived after it.
    QList<qint64> bodyBytesAfterRead() const { return m_bodyAfterRead; }

    int status() const;
    QByteArray head() const;
    QByteArray body() const; // decoded (chunk framing removed)
    QByteArray wireBody() const; // as it came, chunk framing included
    bool chunked() const { return current().chunked; }
    QList<QByteArray> chunks() const { return current().chunks; }
    QList<QByteArray> chunkExtensions() const { return current().extensions; }
    Headers trailers() const { return current().trailers; }
    qsizetype headLength() const; // bytes up to and including the blank line
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // body as a JSON object
    // The JSON payloads of the data: events (CRLF or LF endings), without [DONE]. Several data:
    // lines of one event are joined with "\n", as the SSE specification says.
    QList<QJsonObject> events() const;
    bool sawDone() const;

private:
    enum class Stage { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, CloseBody, Done };
    void parse();
    const Response &current() const;

    QTcpSocket m_socket;
    QByteArray m_raw;
    QList<QByteArray> m_reads;
    QList<qint64> m_readTimes;
    QList<qint64> m_bodyAfterRead;
    QElapsedTimer m_sinceSend;
    QList<Response> m_responses;
    int m_requestsSent = 0;
    Stage m_stage = Stage::Head;
    qsizetype m_pos = 0; // parsed up to here in m_raw
    qint64 m_remaining = 0; // bytes of the fixed body or of the current chunk
    bool m_closed = false;
};

} // namespace rostrum::test
