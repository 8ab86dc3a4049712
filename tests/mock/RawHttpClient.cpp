#include "RawHttpClient.h"

#include <QJsonDocument>

namespace rostrum::test {

RawHttpClient::RawHttpClient(quint16 port, QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        const QByteArray bytes = m_socket.readAll();
        if (bytes.isEmpty())
            return;
        m_raw += bytes;
        m_reads.append(bytes);
        m_readTimes.append(m_sinceSend.elapsed());
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawHttpClient::sendRaw(const QByteArray &bytes)
{
    m_sinceSend.start();
    m_socket.write(bytes);
}

void RawHttpClient::post(const QByteArray &path, const QByteArray &body, const QByteArray &key,
                         const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!key.isNull())
        request += "Authorization: Bearer " + key + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    sendRaw(request);
}

void RawHttpClient::postJson(const QJsonObject &body, const QByteArray &key)
{
    post("/v1/chat/completions", QJsonDocument(body).toJson(QJsonDocument::Compact), key);
}

void RawHttpClient::get(const QByteArray &path, const QByteArray &key)
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!key.isNull())
        request += "Authorization: Bearer " + key + "\r\n";
    sendRaw(request + "\r\n");
}

qsizetype RawHttpClient::headLength() const
{
    const qsizetype end = m_raw.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

QByteArray RawHttpClient::head() const
{
    const qsizetype length = headLength();
    return length < 0 ? QByteArray() : m_raw.left(length);
}

QByteArray RawHttpClient::body() const
{
    const qsizetype length = headLength();
    return length < 0 ? QByteArray() : m_raw.mid(length);
}

int RawHttpClient::status() const
{
    const QList<QByteArray> statusLine = m_raw.left(m_raw.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

QByteArray RawHttpClient::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = head().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QJsonObject RawHttpClient::json() const
{
    return QJsonDocument::fromJson(body()).object();
}

QList<QJsonObject> RawHttpClient::events() const
{
    QList<QJsonObject> events;
    QByteArray text = body();
    text.replace("\r\n", "\n");
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("data: ") && line != "data: [DONE]")
            events.append(QJsonDocument::fromJson(line.mid(6)).object());
    }
    return events;
}

bool RawHttpClient::sawDone() const
{
    QByteArray text = body();
    text.replace("\r\n", "\n");
    return text.endsWith("data: [DONE]\n\n");
}

} // namespace rostrum::test
