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
    if (m_parser.state() != HttpRequestParser::State::NeedMore)
        return;
    switch (m_parser.feed(bytes)) {
    case HttpRequestParser::State::NeedMore:
        break;
    case HttpRequestParser::State::Complete:
        emit requestReady(m_parser.request());
        break;
    case HttpRequestParser::State::Error:
        respond(m_parser.errorStatus(), {{"Content-Type", "text/plain"}}, m_parser.errorReason());
        break;
    }
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
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Connection: close\r\n\r\n";
    m_writer = new MockStreamWriter(m_socket, head, std::move(source), timing, this);
    m_writer->start();
}

void HttpConnection::respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body, const MockReply &timing)
{
    bool sent = false;
    MockStreamWriter::Source source = [body, sent]() mutable -> std::optional<MockStreamWriter::Unit> {
        if (sent || body.isEmpty())
            return std::nullopt;
        sent = true;
        return MockStreamWriter::Unit {body, false, false};
    };
    respond(status, headers, body.size(), std::move(source), timing);
}

} // namespace rostrum::test
