#include "RawHttpClient.h"

#include <QJsonDocument>

namespace rostrum::test {

namespace {
QByteArray headerIn(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

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
        parse();
        m_bodyAfterRead.append(m_responses.isEmpty() ? 0 : current().body.size());
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closed = true;
        if (m_stage == Stage::CloseBody && !m_responses.isEmpty()) {
            m_responses.last().complete = true;
            m_stage = Stage::Done;
        }
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawHttpClient::sendRaw(const QByteArray &bytes)
{
    m_sinceSend.start();
    ++m_requestsSent;
    m_socket.write(bytes);
}

void RawHttpClient::post(const QByteArray &path, const QByteArray &body, const QByteArray &key,
                         const Headers &extraHeaders)
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

void RawHttpClient::parse()
{
    for (;;) {
        if (m_stage == Stage::Head || m_stage == Stage::Done) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n", m_pos);
            if (end < 0)
                return;
            Response response;
            response.head = m_raw.mid(m_pos, end + 4 - m_pos);
            m_pos = end + 4;
            const int status = response.head.split(' ').value(1).toInt();
            const QByteArray length = headerIn(response.head, "content-length");
            response.chunked = headerIn(response.head, "transfer-encoding").toLower().contains("chunked");
            m_responses.append(response);
            if (response.chunked) {
                m_stage = Stage::ChunkSize;
            } else if (!length.isEmpty() || status == 204 || status == 304 || status < 200) {
                m_remaining = length.toLongLong();
                m_stage = Stage::FixedBody;
            } else {
                m_stage = Stage::CloseBody;
            }
        }
        Response &r = m_responses.last();
        switch (m_stage) {
        case Stage::Head:
        case Stage::Done:
            break;
        case Stage::FixedBody: {
            const qint64 take = std::min<qint64>(m_remaining, m_raw.size() - m_pos);
            r.body += m_raw.mid(m_pos, take);
            r.wireBody += m_raw.mid(m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            r.complete = true;
            m_stage = Stage::Done;
            break;
        }
        case Stage::CloseBody:
            r.body += m_raw.mid(m_pos);
            r.wireBody += m_raw.mid(m_pos);
            m_pos = m_raw.size();
            return;
        case Stage::ChunkSize: {
            const qsizetype eol = m_raw.indexOf("\r\n", m_pos);
            if (eol < 0)
                return;
            const QByteArray line = m_raw.mid(m_pos, eol - m_pos);
            r.wireBody += line + "\r\n";
            m_pos = eol + 2;
            qsizetype semicolon = line.indexOf(';');
            if (semicolon < 0)
                semicolon = line.size();
            r.extensions.append(line.mid(semicolon));
            bool ok = false;
            m_remaining = line.left(semicolon).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                r.complete = true; // malformed: stop decoding, the test will see the wire bytes
                m_stage = Stage::Done;
                return;
            }
            if (m_remaining == 0) {
                m_stage = Stage::Trailers;
            } else {
                r.chunks.append(QByteArray());
                m_stage = Stage::ChunkData;
            }
            break;
        }
        case Stage::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, m_raw.size() - m_pos);
            const QByteArray data = m_raw.mid(m_pos, take);
            r.body += data;
            r.wireBody += data;
            r.chunks.last() += data;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            m_stage = Stage::ChunkDataEnd;
            break;
        }
        case Stage::ChunkDataEnd:
            if (m_raw.size() - m_pos < 2)
                return;
            r.wireBody += m_raw.mid(m_pos, 2);
            m_pos += 2;
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            const qsizetype eol = m_raw.indexOf("\r\n", m_pos);
            if (eol < 0)
                return;
            const QByteArray line = m_raw.mid(m_pos, eol - m_pos);
            r.wireBody += line + "\r\n";
            m_pos = eol + 2;
            if (line.isEmpty()) {
                r.complete = true;
                m_stage = Stage::Done;
            } else {
                const qsizetype colon = line.indexOf(':');
                r.trailers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            break;
        }
        }
        if (m_stage == Stage::Done && m_pos >= m_raw.size())
            return;
    }
}

const RawHttpClient::Response &RawHttpClient::current() const
{
    static const Response none;
    if (m_responses.isEmpty())
        return none;
    return m_responses.at(std::clamp<qsizetype>(m_requestsSent - 1, 0, m_responses.size() - 1));
}

bool RawHttpClient::finished() const
{
    if (m_closed)
        return true;
    return m_responses.size() >= m_requestsSent && !m_responses.isEmpty() && m_responses.last().complete;
}

qsizetype RawHttpClient::headLength() const
{
    return m_responses.isEmpty() ? -1 : current().head.size();
}

QByteArray RawHttpClient::head() const
{
    return current().head;
}

QByteArray RawHttpClient::body() const
{
    return current().body;
}

QByteArray RawHttpClient::wireBody() const
{
    return current().wireBody;
}

int RawHttpClient::status() const
{
    const QList<QByteArray> statusLine = head().left(head().indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

QByteArray RawHttpClient::header(const QByteArray &name) const
{
    return headerIn(head(), name);
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
    const QList<QByteArray> blocks = text.split('\n');
    QByteArray data;
    bool haveData = false;
    auto dispatch = [&] {
        if (haveData && data != "[DONE]")
            events.append(QJsonDocument::fromJson(data).object());
        data.clear();
        haveData = false;
    };
    for (const QByteArray &line : blocks) {
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith("data:")) {
            QByteArray value = line.mid(5);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (haveData)
                data += '\n';
            data += value;
            haveData = true;
        }
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
