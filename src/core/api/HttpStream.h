#pragma once

#include "api/HttpResponseReader.h"

#include <QAbstractSocket>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

namespace rostrum {

class HttpConnectionPool;

// One HTTP/1.1 exchange on a QTcpSocket or QSslSocket, read in the calling thread. It exists for the
// cost of a stream: QNetworkAccessManager reads in its own thread and hands every HTTP chunk (one
// per SSE event, as the API frames a stream) to this thread as a separate queued signal, which is
// several system calls and a thread wake-up per token. Here a network read is decoded where it
// lands and handed on as one slice, whatever the chunking.
//
// TLS verifies the peer as QSslSocket does by default (errors are never ignored); the route (direct,
// HTTP CONNECT or SOCKS5 proxy) comes from the access manager's proxy settings; keep-alive
// connections return to the manager's HttpConnectionPool. Redirects, timeouts and retries belong
// to the caller.
class HttpStream : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    struct Request
    {
        QByteArray method;
        QUrl url;
        Headers headers; // Host and Content-Length are added
        QByteArray body;
    };

    // `pool` may be null: then the connection is not kept, and the application's proxy applies.
    explicit HttpStream(HttpConnectionPool *pool, QObject *parent = nullptr);
    ~HttpStream() override;

    void start(const Request &request);
    // Stops without another signal; the connection is closed, not reused.
    void abort();

    bool isRunning() const { return m_running; }
    int status() const { return m_reader.status(); }
    const Headers &headers() const { return m_reader.headers(); }
    bool reusedConnection() const { return m_reused; }

Q_SIGNALS:
    // The status line and headers are complete (emitted once per exchange, after any 1xx).
    void headersReceived();
    // Body bytes, the body of all HTTP chunks of one network read joined; valid during the call.
    void bodyReceived(QByteArrayView bytes);
    // The response is complete.
    void finished();
    // Connection, TLS, proxy or protocol failure, before or during the body.
    void failed(QNetworkReply::NetworkError error, const QString &message);

private:
    void openConnection(bool allowReuse);
    void adopt(QAbstractSocket *socket);
    void sendRequest();
    void onReadyRead();
    void readDirect();
    void feed(QByteArrayView bytes);
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    void finishResponse(bool leftover);
    void failWith(QNetworkReply::NetworkError error, const QString &message);
    void releaseSocket();
    bool retryOnFreshConnection();

    HttpConnectionPool *m_pool;
    Request m_request;
    QNetworkProxy m_proxy;
    QString m_key;
    QAbstractSocket *m_socket = nullptr;
    bool m_running = false;
    bool m_reused = false; // the connection came from the pool
    bool m_sent = false;
    bool m_direct = false; // an unbuffered plain socket, read with one system call per notification
    bool m_anyByte = false; // something of the response arrived
    QString m_tlsErrors;
    HttpResponseReader m_reader;
    HttpBodySlice m_body;
    QByteArray m_in; // reused for every read
};

} // namespace rostrum
