// HttpStream against scripted local servers: a kept connection carries the next request, a kept
// connection the server dropped is replaced without failing the request, a burst of chunks is handed
// on in one piece, an HTTP CONNECT proxy from the access manager is used, abort is silent.
#include "api/HttpConnectionPool.h"
#include "api/HttpStream.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace rostrum;

namespace {
// Answers each complete request on a connection with answer(n) (n counts requests on all
// connections); an empty answer closes that connection instead of answering.
class ScriptedServer : public QObject
{
public:
    std::function<QByteArray(int)> answer;
    int connections = 0;
    int requests = 0;
    QList<QByteArray> requestHeads;

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                auto *pending = new QByteArray;
                connect(s, &QObject::destroyed, this, [pending] { delete pending; });
                connect(s, &QIODevice::readyRead, this, [this, s, pending] { onData(s, pending); });
                connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path = QStringLiteral("/v1/x")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QTcpSocket *> sockets() const { return m_server.findChildren<QTcpSocket *>(); }

private:
    void onData(QTcpSocket *s, QByteArray *pending)
    {
        *pending += s->readAll();
        for (;;) {
            const qsizetype end = pending->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = pending->left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (pending->size() < end + 4 + length)
                return;
            pending->remove(0, end + 4 + length);
            requestHeads << head;
            const QByteArray reply = answer(requests++);
            if (reply.isEmpty()) {
                s->abort();
                return;
            }
            s->write(reply);
        }
    }
    QTcpServer m_server;
};

QByteArray chunked(const QList<QByteArray> &chunks)
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &c : chunks)
        out += QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n";
    return out + "0\r\n\r\n";
}

struct Exchange
{
    QPointer<HttpStream> stream;
    QByteArray body;
    int slices = 0;
    int finished = 0;
    int failed = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    Exchange(HttpConnectionPool *pool, const QUrl &url, QObject *context)
        : stream(new HttpStream(pool, context))
    {
        QObject::connect(stream, &HttpStream::bodyReceived, context, [this](QByteArrayView b) {
            body += b.toByteArray();
            ++slices;
        });
        QObject::connect(stream, &HttpStream::finished, context, [this] { ++finished; });
        QObject::connect(stream, &HttpStream::failed, context, [this](QNetworkReply::NetworkError e, const QString &) {
            error = e;
            ++failed;
        });
        stream->start({"POST", url, {{"Content-Type", "application/json"}}, "{\"stream\":true}"});
    }
    ~Exchange() { delete stream; }
    Q_DISABLE_COPY_MOVE(Exchange)
};
} // namespace

class TestHttpStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keptConnectionCarriesTheNextRequest();
    void droppedKeptConnectionIsReplaced();
    void closeDelimitedConnectionIsNotKept();
    void burstOfChunksIsOneSlice();
    void goesThroughTheManagersHttpProxy();
    void abortIsSilentAndClosesTheConnection();
    void refusedConnectionFails();
    void tlsStreamsAndKeepsTheConnection();
};

void TestHttpStream::keptConnectionCarriesTheNextRequest()
{
    ScriptedServer server;
    server.answer = [](int) {
        return chunked({"data: a\n\n", "data: [DONE]\n\n"});
    };
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    HttpConnectionPool *pool = HttpConnectionPool::forManager(&nam);
    for (int i = 0; i < 3; ++i) {
        Exchange x(pool, server.url(), this);
        QTRY_COMPARE(x.finished, 1);
        QCOMPARE(x.body, QByteArray("data: a\n\ndata: [DONE]\n\n"));
        QCOMPARE(x.stream->status(), 200);
        QCOMPARE(x.stream->reusedConnection(), i > 0);
    }
    QCOMPARE(server.requests, 3);
    QCOMPARE(server.connections, 1);
    QCOMPARE(pool->idleCount(), 1);
    QVERIFY(server.requestHeads.first().startsWith("POST /v1/x HTTP/1.1\r\nHost: 127.0.0.1:"));
    QVERIFY(server.requestHeads.first().contains("\r\nContent-Length: 15"));
}

void TestHttpStream::droppedKeptConnectionIsReplaced()
{
    // The second request meets a kept connection the server closes without answering (its idle
    // timeout crossing the request): it goes again on a new connection and succeeds.
    ScriptedServer server;
    server.answer = [](int n) {
        return n == 1 ? QByteArray() : chunked({"data: ok\n\n"});
    };
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    HttpConnectionPool *pool = HttpConnectionPool::forManager(&nam);
    Exchange first(pool, server.url(), this);
    QTRY_COMPARE(first.finished, 1);
    Exchange second(pool, server.url(), this);
    QTRY_COMPARE(second.finished + second.failed, 1);
    QCOMPARE(second.finished, 1);
    QCOMPARE(second.body, QByteArray("data: ok\n\n"));
    QCOMPARE(server.requests, 3);
    QCOMPARE(server.connections, 2);
}

void TestHttpStream::closeDelimitedConnectionIsNotKept()
{
    ScriptedServer server;
    server.answer = [](int) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: x\n\n");
    };
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    HttpConnectionPool *pool = HttpConnectionPool::forManager(&nam);
    Exchange x(pool, server.url(), this);
    QTRY_COMPARE(x.body, QByteArray("data: x\n\n"));
    QCOMPARE(x.finished, 0); // the body lasts until the server closes
    // The scripted server keeps connections open; closing it ends the body.
    const QList<QTcpSocket *> sockets = server.sockets();
    QCOMPARE(sockets.size(), 1);
    for (QTcpSocket *s : sockets)
        s->disconnectFromHost();
    QTRY_COMPARE(x.finished, 1);
    QCOMPARE(x.failed, 0);
    QCOMPARE(pool->idleCount(), 0);
}

void TestHttpStream::burstOfChunksIsOneSlice()
{
    // 300 events, one HTTP chunk each, written at once: they are handed on in a few slices (one per
    // network read), not one per chunk.
    QList<QByteArray> events;
    QByteArray expected;
    for (int i = 0; i < 300; ++i) {
        events << "data: {\"n\":" + QByteArray::number(i) + "}\n\n";
        expected += events.last();
    }
    ScriptedServer server;
    server.answer = [&](int) {
        return chunked(events);
    };
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    Exchange x(HttpConnectionPool::forManager(&nam), server.url(), this);
    QTRY_COMPARE(x.finished, 1);
    QCOMPARE(x.body, expected);
    QVERIFY2(x.slices < 30, qPrintable(QString::number(x.slices)));
}

void TestHttpStream::goesThroughTheManagersHttpProxy()
{
    ScriptedServer origin;
    origin.answer = [](int) {
        return chunked({"data: via proxy\n\n"});
    };
    QVERIFY(origin.listen());

    // A CONNECT proxy: reads the CONNECT request, answers 200, then relays both ways.
    QTcpServer proxy;
    QByteArray connectLine;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *client = proxy.nextPendingConnection();
        auto *upstream = new QTcpSocket(client);
        auto *head = new QByteArray;
        connect(client, &QObject::destroyed, this, [head] { delete head; });
        connect(client, &QIODevice::readyRead, client, [&, client, upstream, head] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
                return;
            }
            *head += client->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            connectLine = head->left(head->indexOf("\r\n"));
            const QByteArray rest = head->mid(end + 4);
            upstream->connectToHost(QHostAddress::LocalHost, origin.port());
            connect(upstream, &QAbstractSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
            });
        });
        connect(upstream, &QIODevice::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    });
    QVERIFY(proxy.listen(QHostAddress::LocalHost));

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
    Exchange x(HttpConnectionPool::forManager(&nam), origin.url(), this);
    QTRY_COMPARE(x.finished + x.failed, 1);
    QCOMPARE(x.finished, 1);
    QCOMPARE(x.body, QByteArray("data: via proxy\n\n"));
    QCOMPARE(connectLine, "CONNECT 127.0.0.1:" + QByteArray::number(origin.port()) + " HTTP/1.1");
    QCOMPARE(origin.requests, 1);
}

void TestHttpStream::abortIsSilentAndClosesTheConnection()
{
    ScriptedServer server;
    // Headers and one event, then nothing: the stream is open when the abort comes.
    server.answer = [](int) {
        return QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\ndata: a\n\n\r\n");
    };
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    HttpConnectionPool *pool = HttpConnectionPool::forManager(&nam);
    Exchange x(pool, server.url(), this);
    QTRY_COMPARE(x.body, QByteArray("data: a\n\n"));
    QCOMPARE(server.sockets().size(), 1);
    QTcpSocket *serverSide = server.sockets().first();
    QSignalSpy closed(serverSide, &QAbstractSocket::disconnected);
    x.stream->abort();
    QVERIFY(!x.stream->isRunning());
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(x.finished, 0);
    QCOMPARE(x.failed, 0);
    QCOMPARE(pool->idleCount(), 0);
}

void TestHttpStream::refusedConnectionFails()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port nobody listens on once it is closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QNetworkAccessManager nam;
    Exchange x(HttpConnectionPool::forManager(&nam), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), this);
    QTRY_COMPARE(x.failed, 1);
    QCOMPARE(x.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(x.finished, 0);
}

void TestHttpStream::tlsStreamsAndKeepsTheConnection()
{
    // A server whose certificate the client trusts (added to the default configuration's CAs, which
    // HttpStream's QSslSocket uses): two requests, one TLS connection.
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    auto readData = [](const char *name) {
        QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/tls/") + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QSslCertificate cert(readData("selfsigned.crt"), QSsl::Pem);
    const QSslKey key(readData("selfsigned.key"), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!cert.isNull() && !key.isNull());
    QSslServer server;
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(cert);
    serverConfig.setPrivateKey(key);
    server.setSslConfiguration(serverConfig);
    int connections = 0;
    int requests = 0;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            ++connections;
            auto *pending = new QByteArray;
            connect(s, &QObject::destroyed, this, [pending] { delete pending; });
            connect(s, &QIODevice::readyRead, s, [&, s, pending] {
                *pending += s->readAll();
                const qsizetype end = pending->indexOf("\r\n\r\n");
                const qsizetype length = 15; // the body Exchange sends
                if (end < 0 || pending->size() < end + 4 + length)
                    return;
                pending->remove(0, end + 4 + length);
                ++requests;
                s->write(chunked({"data: over tls\n\n", "data: [DONE]\n\n"}));
            });
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(cert);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&saved] { QSslConfiguration::setDefaultConfiguration(saved); });

    QNetworkAccessManager nam;
    HttpConnectionPool *pool = HttpConnectionPool::forManager(&nam);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1/x").arg(server.serverPort()));
    for (int i = 0; i < 2; ++i) {
        Exchange x(pool, url, this);
        QTRY_COMPARE_WITH_TIMEOUT(x.finished + x.failed, 1, 20000);
        QCOMPARE(x.finished, 1);
        QCOMPARE(x.body, QByteArray("data: over tls\n\ndata: [DONE]\n\n"));
        QCOMPARE(x.stream->reusedConnection(), i > 0);
    }
    QCOMPARE(requests, 2);
    QCOMPARE(connections, 1);
}

QTEST_GUILESS_MAIN(TestHttpStream)
#include "tst_httpstream.moc"
