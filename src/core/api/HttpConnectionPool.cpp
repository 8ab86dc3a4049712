#include "HttpConnectionPool.h"

#include <QAbstractSocket>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace rostrum {

HttpConnectionPool::HttpConnectionPool(QNetworkAccessManager *nam)
    : QObject(nam)
    , m_nam(nam)
{ }

HttpConnectionPool *HttpConnectionPool::forManager(QNetworkAccessManager *nam)
{
    if (!nam)
        return nullptr;
    auto *pool = nam->findChild<HttpConnectionPool *>(QString(), Qt::FindDirectChildrenOnly);
    return pool ? pool : new HttpConnectionPool(nam);
}

QAbstractSocket *HttpConnectionPool::take(const QString &key)
{
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        if (m_idle.at(i).key != key)
            continue;
        const Idle idle = m_idle.takeAt(i);
        QAbstractSocket *s = idle.socket;
        if (!s)
            continue;
        disconnect(s, nullptr, this, nullptr);
        if (s->state() != QAbstractSocket::ConnectedState || s->bytesAvailable() > 0
            || idle.since.elapsed() > kMaxIdleMs) {
            drop(s);
            continue;
        }
        s->setParent(nullptr);
        return s;
    }
    return nullptr;
}

void HttpConnectionPool::put(const QString &key, QAbstractSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0) {
        drop(socket);
        return;
    }
    int sameKey = 0;
    for (const Idle &i : std::as_const(m_idle))
        sameKey += i.key == key ? 1 : 0;
    if (sameKey >= kMaxIdlePerKey) {
        drop(socket);
        return;
    }
    socket->setParent(this);
    // While idle, any data or a close means the connection cannot carry another request.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { drop(socket); });
    Idle idle {key, socket, {}};
    idle.since.start();
    m_idle.append(idle);
}

void HttpConnectionPool::drop(QAbstractSocket *socket)
{
    m_idle.removeIf([socket](const Idle &i) { return i.socket == socket || !i.socket; });
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

QNetworkProxy HttpConnectionPool::proxyFor(const HttpConnectionPool *pool, const QUrl &url)
{
    QList<QNetworkProxy> candidates;
    const QNetworkProxyQuery query(url);
    QNetworkAccessManager *nam = pool ? pool->m_nam : nullptr;
    if (nam && nam->proxy().type() != QNetworkProxy::DefaultProxy)
        candidates << nam->proxy();
    else if (nam && nam->proxyFactory())
        candidates = nam->proxyFactory()->queryProxy(query);
    else
        candidates = QNetworkProxyFactory::proxyForQuery(query);
    for (QNetworkProxy p : std::as_const(candidates)) {
        switch (p.type()) {
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::HttpProxy:
        case QNetworkProxy::Socks5Proxy:
            return p;
        case QNetworkProxy::HttpCachingProxy:
            // The request is tunnelled with CONNECT: the proxy cannot cache it anyway.
            p.setType(QNetworkProxy::HttpProxy);
            return p;
        default:
            continue;
        }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QString HttpConnectionPool::keyFor(const QUrl &url, const QNetworkProxy &proxy)
{
    const bool tls = url.scheme() == QLatin1String("https");
    return QStringLiteral("%1://%2:%3 via %4:%5:%6")
        .arg(url.scheme(), url.host(), QString::number(url.port(tls ? 443 : 80)), QString::number(int(proxy.type())),
             proxy.hostName(), QString::number(proxy.port()));
}

} // namespace rostrum
