// A server whose TLS certificate is not trusted: the request fails before anything is sent, the error
// says so and is never retried (asking again meets the same certificate).
#include "api/MistralClient.h"
#include "clock/SystemClock.h"
#include "flow/RetryPolicy.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace rostrum;

namespace {
QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/tls/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void untrustedCertificateFailsOnceWithoutSendingTheKey();
    void retryPolicyNeverRetriesARefusedCertificate();
};

void TestTls::untrustedCertificateFailsOnceWithoutSendingTheKey()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    const QSslCertificate cert(readData(QStringLiteral("selfsigned.crt")), QSsl::Pem);
    const QSslKey key(readData(QStringLiteral("selfsigned.key")), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!cert.isNull());
    QVERIFY(!key.isNull());

    QSslServer server;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(cert);
    config.setPrivateKey(key);
    server.setSslConfiguration(config);
    int handshakesStarted = 0;
    QByteArray received; // what the server could read after a handshake: must stay empty
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *) { ++handshakesStarted; });
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (server.hasPendingConnections()) {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QIODevice::readyRead, s, [&received, s] { received += s->readAll(); });
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager nam;
    SystemClock clock;
    MistralClient client(&nam, &clock);
    client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    client.setApiKey(QStringLiteral("sk-never-sent"));
    ChatRequest req;
    req.model = QStringLiteral("mistral-small-latest");
    req.messages = {ChatMessage::user(QStringLiteral("Hello"))};
    req.stream = true;
    std::unique_ptr<ChatCall> call(client.chat(req));
    QSignalSpy failed(call.get(), &ChatCall::failed);
    QSignalSpy finished(call.get(), &ChatCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(finished.size(), 0);

    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.errorClass, ErrorClass::Network);
    QVERIFY(error.tlsRefused);
    QVERIFY(!error.isRetryable());
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.userMessage().contains(QLatin1String("TLS certificate")), qPrintable(error.userMessage()));
    QVERIFY(handshakesStarted >= 1); // the client did reach this server
    QVERIFY2(received.isEmpty(), received.constData()); // no request, so no key, ever left the client
}

void TestTls::retryPolicyNeverRetriesARefusedCertificate()
{
    RetryPolicy policy(RetryPolicy::Config {}, 1);
    const ApiError refused =
        ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError, QStringLiteral("self-signed certificate"));
    QVERIFY(refused.tlsRefused);
    QVERIFY(!policy.decide(1, refused, 0).retry);
    // A plain connection failure of the same class still is retried.
    const ApiError refusedConnection = ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError);
    QCOMPARE(refusedConnection.errorClass, ErrorClass::Network);
    QVERIFY(!refusedConnection.tlsRefused);
    QVERIFY(policy.decide(1, refusedConnection, 0).retry);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
