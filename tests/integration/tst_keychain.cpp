#include "clock/SystemClock.h"
#include "security/ApiKeyStore.h"
#include "security/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace rostrum;
using Status = SecretStore::Status;

namespace {

const char *kChildMode = "ROSTRUM_KEYCHAIN_TEST_CHILD";

// Runs in a child process with no usable session bus: stores a key the way the app does and
// prints what the user would be told. Output: "source=<name>\nstatus=<name>\nmessage=<text>\n".
int runNoBackendChild()
{
    SystemClock clock;
    KeychainSecretStore secrets(&clock, nullptr, 15000);
    ApiKeyStore keys(&secrets, &clock);
    keys.setEnvironmentKey({});
    keys.setRetryDelayMs(300);
    int told = 0;
    QObject::connect(&keys, &ApiKeyStore::keychainUnavailable, &keys, [&told](const QString &) { ++told; });
    int rc = 1;
    keys.store(QUrl(QStringLiteral("https://api.mistral.ai")), QStringLiteral("child-secret-key-0123456789abcdef"),
               &keys, [&rc, &told](const ApiKeyStore::KeyResult &r) {
                   std::printf("source=%s\nstatus=%s\ntold=%d\nmessage=%s\n",
                               qPrintable(ApiKeyStore::sourceName(r.source)),
                               qPrintable(SecretStore::statusName(r.keychainStatus)), told, qPrintable(r.message));
                   std::fflush(stdout);
                   rc = 0;
                   QCoreApplication::quit();
               });
    QCoreApplication::exec();
    return rc;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

    SystemClock m_clock;

    // One account per run, so a developer's keyring (or an earlier failed run) never interferes.
    const QString m_account = QStringLiteral("rostrum-test://keychain-%1").arg(QCoreApplication::applicationPid());

    static bool secretServiceExpected() { return qEnvironmentVariable("ROSTRUM_SECRET_SERVICE") == QLatin1String("1"); }

    std::optional<SecretStore::Result> await(std::function<void(SecretStore::Callback)> op)
    {
        std::optional<SecretStore::Result> result;
        op([&result](const SecretStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return std::nullopt;
        return result;
    }

private slots:
    void storeReadOverwriteDelete()
    {
        if (!secretServiceExpected())
            QSKIP("no private Secret Service (run through scripts/test, which starts gnome-keyring)");
        KeychainSecretStore store(&m_clock, nullptr, 20000);

        const auto first = await([&](auto cb) { store.write(m_account, QStringLiteral("first-key-1234"), this, cb); });
        QVERIFY(first);
        QVERIFY2(first->ok(),
                 qPrintable(SecretStore::statusName(first->status) + QStringLiteral(": ") + first->detail
                            + QStringLiteral(" — ") + first->message));

        auto read = await([&](auto cb) { store.read(m_account, this, cb); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->detail));
        QCOMPARE(read->secret, QStringLiteral("first-key-1234"));

        const auto second =
            await([&](auto cb) { store.write(m_account, QStringLiteral("second-key-5678"), this, cb); });
        QVERIFY(second && second->ok());
        read = await([&](auto cb) { store.read(m_account, this, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("second-key-5678"));

        const auto removed = await([&](auto cb) { store.remove(m_account, this, cb); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->detail));
        read = await([&](auto cb) { store.read(m_account, this, cb); });
        QVERIFY(read);
        QCOMPARE(read->status, Status::NotFound);

        // Deleting again is not an error: the keychain is as asked.
        const auto again = await([&](auto cb) { store.remove(m_account, this, cb); });
        QVERIFY(again && again->ok());
    }

    // The policy class over the real keychain: what the app and the CLI actually use.
    void apiKeyStoreUsesTheKeychain()
    {
        if (!secretServiceExpected())
            QSKIP("no private Secret Service (run through scripts/test, which starts gnome-keyring)");
        KeychainSecretStore secrets(&m_clock, nullptr, 20000);
        ApiKeyStore keys(&secrets, &m_clock);
        keys.setEnvironmentKey({});
        const QUrl endpoint(
            QStringLiteral("http://127.0.0.1:%1").arg(40000 + QCoreApplication::applicationPid() % 20000));
        std::optional<ApiKeyStore::KeyResult> r;
        keys.store(endpoint, QStringLiteral("policy-key-abcdef0123456789"), this, [&](const auto &k) { r = k; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
        QCOMPARE(r->source, ApiKeyStore::Source::Keychain);
        r.reset();
        keys.load(endpoint, this, [&](const auto &k) { r = k; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
        QCOMPARE(r->key, QStringLiteral("policy-key-abcdef0123456789"));
        QCOMPARE(r->source, ApiKeyStore::Source::Keychain);
        r.reset();
        keys.clear(endpoint, this, [&](const auto &k) { r = k; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 30000);
        QVERIFY(r->ok());
    }

    // Without any session bus: the user is told which backend is missing and how to fix it, the
    // operation was retried once, and the key is kept for this session only.
    void noBackendShowsTheMessage()
    {
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMode), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/rostrum-no-bus"));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("FLATPAK_ID"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QLatin1String("source=session")), qPrintable(out + err));
        QVERIFY2(out.contains(QLatin1String("status=unavailable")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("told=1")), qPrintable(out)); // said once, then retried
        QVERIFY2(out.contains(QLatin1String("No keychain is available")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("D-Bus")), qPrintable(out)); // which backend is missing
        QVERIFY2(out.contains(QLatin1String("dbus-run-session")), qPrintable(out)); // how to fix it
        QVERIFY2(out.contains(QLatin1String("this session only")), qPrintable(out));
        QVERIFY(!QString(out + err).contains(QLatin1String("child-secret-key-0123456789abcdef")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildMode))
        return runNoBackendChild();
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
