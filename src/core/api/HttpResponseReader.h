#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace rostrum {

// The body bytes one feed() produced. A single piece (identity framing, or one HTTP chunk) stays a
// view of the fed bytes; several pieces (several chunks in one read) are joined once, so the
// consumer sees one slice per network read however the server framed it.
class HttpBodySlice
{
public:
    void clear();
    void add(QByteArrayView piece);
    bool isEmpty() const { return m_first.isEmpty(); }
    QByteArrayView view() const { return m_joined ? QByteArrayView(m_buffer) : m_first; }

private:
    QByteArrayView m_first;
    QByteArray m_buffer; // reused from read to read
    bool m_joined = false;
};

// Incremental reader of one HTTP/1.1 response (RFC 9112): status line, headers, then the body as
// framed by Transfer-Encoding: chunked (extensions and trailers skipped), Content-Length, or the
// connection's close. Interim 1xx responses are skipped. Bytes may be cut anywhere between feeds.
class HttpResponseReader
{
public:
    enum class State { StatusLine, Headers, Body, Done, Failed };

    // Starts over for a new response; a HEAD request's response has no body.
    void reset(bool headRequest = false);
    // Reads from `in`; body bytes go to `body`. Answers how many bytes were used: after Done the rest
    // belongs to no response (a connection with bytes left over is not reused).
    qsizetype feed(QByteArrayView in, HttpBodySlice &body);
    // The connection closed: a close-delimited body ends here, anything else was cut.
    void closed();

    State state() const { return m_state; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Done; }
    bool isDone() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }
    int status() const { return m_status; }
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // The server lets the connection carry another request after this response.
    bool keepAlive() const { return m_keepAlive && m_framing != Framing::UntilClose; }
    quint64 bodyBytes() const { return m_bodyBytes; }

    static constexpr qsizetype kMaxHeaderBytes = 256 * 1024;

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailers };

    bool takeLine(const char *&p, const char *end, QByteArrayView *line);
    bool statusLine(QByteArrayView line);
    bool headerLine(QByteArrayView line);
    bool headersDone();
    void readChunked(const char *&p, const char *end, HttpBodySlice &body);
    bool chunkSizeLine(QByteArrayView line);
    void fail(const QString &why);

    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    ChunkStep m_chunkStep = ChunkStep::Size;
    bool m_head = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
    int m_status = 0;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    qsizetype m_headerBytes = 0;
    quint64 m_bodyBytes = 0;
    QByteArray m_line; // a line cut by the end of a feed
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QString m_error;
};

} // namespace rostrum
