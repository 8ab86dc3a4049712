#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

class QAbstractSocket;
class QNetworkAccessManager;
class QUrl;

namespace rostrum {

// Idle keep-alive connections of HttpStream, per origin and proxy, so a conversation's requests
// skip the TCP and TLS handshakes as they did with QNetworkAccessManager. One pool per access
// manager (its child); the manager's proxy settings decide the route, as they would for its own
// requests. Lives in the manager's thread.
class HttpConnectionPool : public QObject
{
    Q_OBJECT
public:
    // The pool of `nam`, created on first use; nullptr without a manager (then nothing is reused).
    static HttpConnectionPool *forManager(QNetworkAccessManager *nam);

    // An idle connection to `key`, or nullptr. The caller owns it (reparents it).
    QAbstractSocket *take(const QString &key);
    // Keeps a connection whose response was read completely (the caller has disconnected from it and
    // gives it up); it is dropped if the server closes or
    // sends anything while it waits, or when it has waited longer than kMaxIdleMs.
    void put(const QString &key, QAbstractSocket *socket);
    int idleCount() const { return int(m_idle.size()); }

    // The route to `url`: no proxy, an HTTP CONNECT proxy or SOCKS5, from the manager's proxy,
    // its factory, or the application's. A proxy type a socket cannot tunnel through is skipped.
    // Without a pool, the application's proxy settings.
    static QNetworkProxy proxyFor(const HttpConnectionPool *pool, const QUrl &url);
    static QString keyFor(const QUrl &url, const QNetworkProxy &proxy);

    // Servers drop idle connections after some time; a connection older than this is not offered.
    static constexpr qint64 kMaxIdleMs = 20000;
    static constexpr int kMaxIdlePerKey = 6;

private:
    explicit HttpConnectionPool(QNetworkAccessManager *nam);
    void drop(QAbstractSocket *socket);

    struct Idle
    {
        QString key;
        QPointer<QAbstractSocket> socket;
        QElapsedTimer since;
    };
    QNetworkAccessManager *m_nam;
    QList<Idle> m_idle;
};

} // namespace rostrum
