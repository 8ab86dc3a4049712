#include "security/Redaction.h"

#include <QTest>

using namespace rostrum;

namespace {
QStringList g_captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_captured << msg;
}
} // namespace

class TestRedaction final : public QObject
{
    Q_OBJECT

    const QString m_key = QStringLiteral("Zk3pQ9xV7mN2rT5wY8aB4cD6eF1gH0jL");

private slots:
    void cleanup()
    {
        Redaction::uninstall();
        Redaction::clearSecrets();
        g_captured.clear();
    }

    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString k = m_key;
        QTest::newRow("bare key") << QStringLiteral("key=%1 end").arg(k) << QStringLiteral("key=[redacted] end");
        QTest::newRow("twice") << k + QLatin1Char(' ') + k << QStringLiteral("[redacted] [redacted]");
        QTest::newRow("bearer of the key")
            << QStringLiteral("Authorization: Bearer %1").arg(k) << QStringLiteral("Authorization: Bearer [redacted]");
        QTest::newRow("bearer of anything") << QStringLiteral("curl -H 'Authorization: Bearer sk-other-token'")
                                            << QStringLiteral("curl -H 'Authorization: Bearer [redacted]'");
        QTest::newRow("bearer lower case")
            << QStringLiteral("bearer abc.def/ghi=") << QStringLiteral("bearer [redacted]");
        QTest::newRow("json header") << QStringLiteral("{\"Authorization\":\"Bearer xyz123\"}")
                                     << QStringLiteral("{\"Authorization\":\"Bearer [redacted]\"}");
        QTest::newRow("other scheme") << QStringLiteral("Authorization: Basic dXNlcjpwYXNz")
                                      << QStringLiteral("Authorization: [redacted]");
        QTest::newRow("nothing secret") << QStringLiteral("a << b >> c; model mistral-small-latest")
                                        << QStringLiteral("a << b >> c; model mistral-small-latest");
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redaction::addSecret(m_key + QLatin1Char('\n')); // as pasted: trailing newline trimmed
        QCOMPARE(Redaction::redact(input), expected);
        QVERIFY(!Redaction::redact(input).contains(m_key));
    }

    void longerSecretWinsOverItsPrefix()
    {
        Redaction::addSecret(QStringLiteral("abcd"));
        Redaction::addSecret(QStringLiteral("abcdefgh"));
        QCOMPARE(Redaction::redact(QStringLiteral("x abcdefgh y")), QStringLiteral("x [redacted] y"));
    }

    void removedSecretIsNoLongerHidden()
    {
        Redaction::addSecret(m_key);
        QCOMPARE(Redaction::secretCount(), 1);
        Redaction::removeSecret(m_key);
        QCOMPARE(Redaction::secretCount(), 0);
        QCOMPARE(Redaction::redact(m_key), m_key);
    }

    void messageHandlerFiltersEveryLevel()
    {
        qInstallMessageHandler(capture);
        Redaction::install();
        QVERIFY(Redaction::isInstalled());
        Redaction::addSecret(m_key);
        // (qDebug is switched off by the test environment's logging rules.)
        qInfo() << "info" << m_key;
        qInfo("info %s", qPrintable(m_key));
        qWarning() << "Authorization: Bearer" << QStringLiteral("other-secret-token");
        qCritical("critical key=%s", qPrintable(m_key));
        Redaction::uninstall();
        qInstallMessageHandler(nullptr);
        QCOMPARE(g_captured.size(), 4);
        for (const QString &line : std::as_const(g_captured)) {
            QVERIFY2(!line.contains(m_key), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("other-secret-token")), qPrintable(line));
            QVERIFY2(line.contains(QLatin1String("[redacted]")), qPrintable(line));
        }
    }

    void mask_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("masked");
        QTest::newRow("normal") << m_key << QStringLiteral("Zk3…0jL");
        QTest::newRow("short is hidden whole") << QStringLiteral("shortkey") << QStringLiteral("•••");
        QTest::newRow("empty") << QString() << QString();
    }

    void mask()
    {
        QFETCH(QString, secret);
        QFETCH(QString, masked);
        QCOMPARE(Redaction::mask(secret), masked);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
