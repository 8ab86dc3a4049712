#pragma once

#include "HttpRequestParser.h"
#include "MockReply.h"
#include "MockStreamWriter.h"

#include <QObject>

class QTcpSocket;

namespace rostrum::test {

// One accepted client connection. It reads a request, sends the response through a
// MockStreamWriter, and then, with chunked framing (the default, as the real API), keeps the
// connection open for the next request (HTTP/1.1 keep-alive; pipelined requests wait their turn).
// With close-delimited framing, after a malformed request, or when the client asks for
// "Connection: close", it closes after the response. Deletes itself when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    // The framing of replies that say Framing::ServerDefault.
    void setDefaultFraming(Framing framing) { m_defaultFraming = framing; }

    // Sends the status line and headers, then the body pulled from source with the reply's
    // framing and timing faults. contentLength >= 0: Content-Length; otherwise the body is
    // chunked (Chunked framing) or ends when the connection closes (CloseDelimited).
    void respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, qint64 contentLength,
                 MockStreamWriter::Source source, const MockReply &timing);
    // A whole body at once, with Content-Length, and the reply's timing faults. chunkable: send it
    // chunked instead when the framing is Chunked (the API sends its JSON answers so).
    void respond(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                 const MockReply &timing = {}, bool chunkable = false);
    int responsesStarted() const { return m_responses; }

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
    void process(HttpRequestParser::State state);
    void onResponseFinished(bool reusable);
    Framing framingOf(const MockReply &reply) const;

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    MockStreamWriter *m_writer = nullptr;
    qint64 m_bytesReceived = 0;
    Framing m_defaultFraming = Framing::Chunked;
    bool m_closing = false; // a response that closes the connection was started
    int m_responses = 0;
};

} // namespace rostrum::test
