#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace rostrum::test {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Incremental HTTP/1.1 request parser: request line, header lines, Content-Length body.
// Bytes may arrive in any slices; feed() them as they come. Bytes past a complete request (a
// pipelined next request on a keep-alive connection) are kept for next().
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    State feed(const QByteArray &bytes);
    // Forgets the complete request and parses the bytes already received after it.
    State next();
    State state() const { return m_state; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // The client asked to close after this request: "Connection: close", or HTTP/1.0 without keep-alive.
    bool clientWantsClose() const;
    const HttpRequest &request() const { return m_request; }
    // When state() is Error: the status to answer with (400, 411, 413, 431, 501) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 256 * 1024 * 1024;

private:
    State fail(int status, const QByteArray &reason);
    State parseHead(const QByteArray &head);

    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headDone = false;
    qsizetype m_contentLength = 0;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace rostrum::test
