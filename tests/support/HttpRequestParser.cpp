#include "HttpRequestParser.h"

namespace rostrum::test {

HttpRequestParser::State HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    m_state = State::Error;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    if (m_state != State::NeedMore)
        return m_state; // kept for next()
    if (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                return fail(431, "Request Header Fields Too Large");
            return m_state;
        }
        if (parseHead(m_buffer.left(end)) == State::Error)
            return m_state;
        m_buffer.remove(0, end + 4);
        m_headDone = true;
    }
    if (m_buffer.size() >= m_contentLength) {
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        m_state = State::Complete;
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::next()
{
    if (m_state == State::Error)
        return m_state; // the connection is closed after an error answer
    m_request = {};
    m_state = State::NeedMore;
    m_headDone = false;
    m_contentLength = 0;
    return feed({});
}

bool HttpRequestParser::clientWantsClose() const
{
    QByteArray connection;
    for (const auto &[name, value] : m_request.headers) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0)
            connection = value.toLower();
    }
    if (m_request.version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(400, "Bad Request");
    m_request.method = requestLine.at(0);
    m_request.path = requestLine.at(1);
    m_request.version = requestLine.at(2);

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "Bad Request");
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                return fail(400, "Bad Request");
            haveLength = true;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            // Clients of this API send bodies with Content-Length; chunked uploads are not needed.
            return fail(501, "Not Implemented");
        }
    }
    if (m_contentLength > MaxBodyBytes)
        return fail(413, "Payload Too Large");
    if (!haveLength && m_request.method != "GET" && m_request.method != "HEAD" && m_request.method != "DELETE")
        m_contentLength = 0; // a POST without a body is answered by validation, not refused here
    return m_state;
}

} // namespace rostrum::test
