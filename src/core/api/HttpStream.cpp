#include "HttpStream.h"

#include "ApiLogging.h"
#include "HttpConnectionPool.h"

#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace rostrum {

namespace {
// The most read from the socket's buffer at once.
constexpr qint64 kReadBytes = 256 * 1024;

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}
} // namespace

HttpStream::HttpStream(HttpConnectionPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{ }

HttpStream::~HttpStream()
{
    abort();
}

void HttpStream::start(const Request &request)
{
    m_request = request;
    m_running = true;
    m_reader.reset(request.method == "HEAD");
    openConnection(true);
}

void HttpStream::openConnection(bool allowReuse)
{
    const QUrl &url = m_request.url;
    const bool tls = url.scheme() == QLatin1String("https");
    m_proxy = HttpConnectionPool::proxyFor(m_pool, url);
    m_key = HttpConnectionPool::keyFor(url, m_proxy);
    m_reused = false;
    if (allowReuse && m_pool) {
        if (QAbstractSocket *s = m_pool->take(m_key)) {
            m_reused = true;
            adopt(s);
            sendRequest();
            return;
        }
    }
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = new QSslSocket(this);
        adopt(ssl);
        // Sent only once the peer is verified: an untrusted server never sees the request (or the key).
        connect(ssl, &QSslSocket::encrypted, this, &HttpStream::sendRequest);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            m_tlsErrors = texts.join(QStringLiteral("; "));
        });
        ssl->setProxy(m_proxy);
        ssl->connectToHostEncrypted(url.host(), port);
    } else {
        auto *tcp = new QTcpSocket(this);
        adopt(tcp);
        connect(tcp, &QAbstractSocket::connected, this, &HttpStream::sendRequest);
        tcp->setProxy(m_proxy);
        tcp->connectToHost(url.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
}

void HttpStream::adopt(QAbstractSocket *socket)
{
    m_socket = socket;
    m_direct = qobject_cast<QSslSocket *>(socket) == nullptr; // plain sockets are opened unbuffered
    socket->setParent(this);
    connect(socket, &QIODevice::readyRead, this, &HttpStream::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpStream::onClosed);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpStream::onSocketError);
}

void HttpStream::sendRequest()
{
    if (!m_running || !m_socket || m_sent)
        return;
    m_sent = true;
    const QUrl &url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray out;
    out.reserve(512 + m_request.body.size());
    out += m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader(url) + "\r\n";
    for (const auto &[name, value] : std::as_const(m_request.headers))
        out += name + ": " + value + "\r\n";
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT")
        out += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    out += "\r\n";
    out += m_request.body;
    m_socket->write(out);
}

void HttpStream::onReadyRead()
{
    if (!m_running || !m_socket)
        return;
    if (m_direct) {
        readDirect();
        return;
    }
    // TLS: the socket has decrypted what arrived into its buffer; take it all in one pass.
    while (m_running && m_socket) {
        const qint64 available = qMin(m_socket->bytesAvailable(), kReadBytes);
        if (available <= 0)
            return;
        m_in.resize(qsizetype(available));
        const qint64 got = m_socket->read(m_in.data(), available);
        if (got <= 0)
            return;
        m_anyByte = true;
        feed(QByteArrayView(m_in.constData(), qsizetype(got)));
    }
}

void HttpStream::readDirect()
{
    // An unbuffered socket: one read() system call per notification straight into m_in, which is
    // reused, instead of asking the kernel how much is there and copying through the socket's
    // buffer. A full read means more may be waiting.
    m_in.resize(qsizetype(kReadBytes));
    while (m_running && m_socket) {
        const qint64 got = m_socket->read(m_in.data(), kReadBytes);
        if (got == 0)
            return; // nothing more for now: the notifier is on again
        if (got < 0) {
            // The unbuffered socket reports the peer's close or a failure only through read().
            const QAbstractSocket::SocketError error = m_socket->error();
            if (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::UnknownSocketError)
                onClosed();
            else
                onSocketError(error);
            return;
        }
        m_anyByte = true;
        feed(QByteArrayView(m_in.constData(), qsizetype(got)));
        if (got < kReadBytes)
            return;
    }
}

void HttpStream::feed(QByteArrayView bytes)
{
    const bool hadHeaders = m_reader.headersComplete();
    m_body.clear();
    const qsizetype used = m_reader.feed(bytes, m_body);
    if (m_reader.failed()) {
        failWith(QNetworkReply::ProtocolFailure, m_reader.errorString());
        return;
    }
    if (!hadHeaders && m_reader.headersComplete()) {
        Q_EMIT headersReceived();
        if (!m_running)
            return;
    }
    if (!m_body.isEmpty()) {
        Q_EMIT bodyReceived(m_body.view());
        if (!m_running)
            return;
    }
    if (m_reader.isDone())
        finishResponse(used < bytes.size());
}

void HttpStream::onClosed()
{
    if (!m_running || !m_socket)
        return;
    if (!m_direct)
        onReadyRead(); // what arrived with the close
    if (!m_running)
        return;
    if (retryOnFreshConnection())
        return;
    if (!m_anyByte) {
        failWith(QNetworkReply::RemoteHostClosedError,
                 QStringLiteral("the server closed the connection without answering"));
        return;
    }
    m_reader.closed();
    if (m_reader.isDone()) {
        finishResponse(false);
        return;
    }
    failWith(QNetworkReply::RemoteHostClosedError, m_reader.errorString());
}

void HttpStream::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_running || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    if (error != QAbstractSocket::SslHandshakeFailedError && retryOnFreshConnection())
        return;
    QString text = m_socket->errorString();
    if (!m_tlsErrors.isEmpty())
        text = m_tlsErrors;
    failWith(networkError(error), text);
}

bool HttpStream::retryOnFreshConnection()
{
    // A kept connection the server had already given up on fails before any answer: that says
    // nothing about the request, which goes again on a new connection (once).
    if (!m_reused || m_anyByte)
        return false;
    qCDebug(lcApi) << "a kept connection was closed by the server; reconnecting";
    releaseSocket();
    m_sent = false;
    openConnection(false);
    return true;
}

void HttpStream::finishResponse(bool leftover)
{
    m_running = false;
    QAbstractSocket *s = m_socket;
    m_socket = nullptr;
    disconnect(s, nullptr, this, nullptr);
    if (m_pool && m_reader.keepAlive() && !leftover && s->state() == QAbstractSocket::ConnectedState) {
        m_pool->put(m_key, s);
    } else {
        s->abort();
        s->deleteLater();
    }
    Q_EMIT finished();
}

void HttpStream::failWith(QNetworkReply::NetworkError error, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    releaseSocket();
    Q_EMIT failed(error, message);
}

void HttpStream::abort()
{
    m_running = false;
    releaseSocket();
}

void HttpStream::releaseSocket()
{
    QAbstractSocket *s = m_socket;
    m_socket = nullptr;
    if (!s)
        return;
    disconnect(s, nullptr, this, nullptr);
    s->abort();
    // Possibly inside one of its own signals: deleted once that has returned.
    s->deleteLater();
}

} // namespace rostrum
