#pragma once

#include "HttpRequestParser.h"
#include "MockReply.h"
#include "MockStreamWriter.h"

#include <QObject>

class QTcpSocket;

namespace rostrum::test {

// One accepted client connection: reads one request, then sends one response through a
// MockStreamWriter and closes ("Connection: close"). Deletes itself when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    // Sends the status line and headers (plus Connection: close, and Content-Length when
    // contentLength >= 0), then the body pulled from source with the reply's timing faults.
    void respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, qint64 contentLength,
                 MockStreamWriter::Source source, const MockReply &timing);
    // A whole body at once, with the reply's timing faults.
    void respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                 const MockReply &timing = {});

    bool responding() const { return m_writer != nullptr; }
    // Connected, but no byte of a request has arrived and nothing is being sent: a socket an HTTP
    // client opened ahead of need (QNetworkAccessManager connects extra channels while requests
    // queue, and a request may then go out on another channel that came free first). It may carry
    // a request later or be closed by the client; until then nothing is in progress on it.
    bool idle() const { return m_bytesReceived == 0 && !m_writer; }
    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void requestReady(const rostrum::test::HttpRequest &request);

private:
    void onReadyRead();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    MockStreamWriter *m_writer = nullptr;
    qint64 m_bytesReceived = 0;
};

} // namespace rostrum::test
