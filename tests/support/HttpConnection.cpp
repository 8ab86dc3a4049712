#include "HttpConnection.h"

#include <QTcpSocket>

namespace rostrum::test {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    // Small writes must leave at once: the split-offset faults rely on separate segments.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void HttpConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    m_bytesReceived += bytes.size();
    if (m_parser.state() != HttpRequestParser::State::NeedMore) {
        m_parser.feed(bytes); // a pipelined request: kept until this response is over
        return;
    }
    process(m_parser.feed(bytes));
}

void HttpConnection::process(HttpRequestParser::State state)
{
    switch (state) {
    case HttpRequestParser::State::NeedMore:
        break;
    case HttpRequestParser::State::Complete:
        emit requestReady(m_parser.request());
        break;
    case HttpRequestParser::State::Error:
        m_closing = true;
        respond(m_parser.errorStatus(), {{"Content-Type", "text/plain"}}, m_parser.errorReason());
        break;
    }
}

void HttpConnection::onResponseFinished(bool reusable)
{
    if (!reusable || !m_writer)
        return;
    m_writer->deleteLater();
    m_writer = nullptr;
    // The writer may finish inside respond(), itself inside requestReady: take the next request
    // from the event loop, not from inside that call chain.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_writer || m_socket->state() != QAbstractSocket::ConnectedState)
                return;
            m_bytesReceived = m_parser.bufferedBytes();
            process(m_parser.next());
        },
        Qt::QueuedConnection);
}

Framing HttpConnection::framingOf(const MockReply &reply) const
{
    const Framing framing = reply.framing == Framing::ServerDefault ? m_defaultFraming : reply.framing;
    return framing == Framing::ServerDefault ? Framing::Chunked : framing;
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void HttpConnection::respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, qint64 contentLength,
                             MockStreamWriter::Source source, const MockReply &timing)
{
    if (m_writer)
        return;
    ++m_responses;
    const bool chunkedFraming = framingOf(timing) == Framing::Chunked;
    MockStreamWriter::Options options;
    options.chunked = contentLength < 0 && chunkedFraming;
    options.closeAtEnd = !chunkedFraming || m_closing || m_parser.clientWantsClose();
    m_closing = options.closeAtEnd;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else if (options.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    if (options.closeAtEnd)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_writer = new MockStreamWriter(m_socket, head, std::move(source), timing, options, this);
    connect(m_writer, &MockStreamWriter::finished, this, &HttpConnection::onResponseFinished);
    m_writer->start();
}

void HttpConnection::respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body, const MockReply &timing, bool chunkable)
{
    bool sent = false;
    MockStreamWriter::Source source = [body, sent]() mutable -> std::optional<MockStreamWriter::Unit> {
        if (sent || body.isEmpty())
            return std::nullopt;
        sent = true;
        return MockStreamWriter::Unit {body, false, false};
    };
    const bool chunked = chunkable && !body.isEmpty() && framingOf(timing) == Framing::Chunked;
    respond(status, headers, chunked ? -1 : body.size(), std::move(source), timing);
}

} // namespace rostrum::test
