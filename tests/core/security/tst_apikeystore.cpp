#include "clock/ManualClock.h"
#include "security/ApiKeyStore.h"
#include "security/MemorySecretStore.h"
#include "security/Redaction.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace rostrum;
using Status = SecretStore::Status;
using Source = ApiKeyStore::Source;

class TestApiKeyStore final : public QObject
{
    Q_OBJECT

    const QUrl m_endpoint = QUrl(QStringLiteral("https://api.mistral.ai"));
    const QString m_key = QStringLiteral("Zk3pQ9xV7mN2rT5wY8aB4cD6eF1gH0jL");

    struct Fixture
    {
        ManualClock clock;
        MemorySecretStore secrets;
        ApiKeyStore keys {&secrets, &clock};
        Fixture() { keys.setEnvironmentKey({}); }
    };

    template<typename Op> static std::optional<ApiKeyStore::KeyResult> await(Fixture &f, QObject *ctx, Op op)
    {
        std::optional<ApiKeyStore::KeyResult> result;
        op([&result](const ApiKeyStore::KeyResult &r) { result = r; });
        // Queued answers arrive on the event loop; the retry delay passes on the ManualClock.
        for (int i = 0; i < 50 && !result; ++i) {
            QCoreApplication::processEvents();
            if (!result)
                f.clock.advance(f.keys.retryDelayMs());
        }
        Q_UNUSED(ctx)
        return result;
    }

private slots:
    void cleanup() { Redaction::clearSecrets(); }

    void environmentWinsAndIsNamed()
    {
        Fixture f;
        f.keys.setEnvironmentKey(QStringLiteral("  env-key-value-1234567890  "));
        bool called = false;
        f.secrets.write(ApiKeyStore::accountFor(m_endpoint), m_key, this, [&](const auto &) { called = true; });
        QTRY_VERIFY(called);
        const auto r = await(f, this, [&](auto cb) { f.keys.load(m_endpoint, this, cb); });
        QVERIFY(r);
        QCOMPARE(r->key, QStringLiteral("env-key-value-1234567890"));
        QCOMPARE(r->source, Source::Environment);
        QCOMPARE(ApiKeyStore::sourceName(r->source), QStringLiteral("environment"));
        QVERIFY(ApiKeyStore::sourceText(r->source).contains(QLatin1String("from environment")));
        QVERIFY(!Redaction::redact(QStringLiteral("env-key-value-1234567890")).contains(QLatin1String("env-key")));
    }

    void storeThenLoadFromKeychain()
    {
        Fixture f;
        const auto stored =
            await(f, this, [&](auto cb) { f.keys.store(m_endpoint, m_key + QLatin1Char('\n'), this, cb); });
        QVERIFY(stored);
        QCOMPARE(stored->source, Source::Keychain);
        QCOMPARE(f.secrets.contents().value(QStringLiteral("https://api.mistral.ai")), m_key);
        const auto loaded = await(f, this, [&](auto cb) { f.keys.load(m_endpoint, this, cb); });
        QVERIFY(loaded);
        QCOMPARE(loaded->key, m_key);
        QCOMPARE(loaded->source, Source::Keychain);
        QVERIFY(!Redaction::redact(m_key).contains(m_key));
    }

    void oneEntryPerEndpoint()
    {
        Fixture f;
        const QUrl other(QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(await(f, this, [&](auto cb) { f.keys.store(m_endpoint, m_key, this, cb); }));
        QVERIFY(await(f, this, [&](auto cb) { f.keys.store(other, QStringLiteral("local-key"), this, cb); }));
        QCOMPARE(f.secrets.contents().size(), 2);
        QCOMPARE(ApiKeyStore::accountFor(other), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(await(f, this, [&](auto cb) { f.keys.load(other, this, cb); })->key, QStringLiteral("local-key"));
    }

    void nothingStoredIsNone()
    {
        Fixture f;
        const auto r = await(f, this, [&](auto cb) { f.keys.load(m_endpoint, this, cb); });
        QVERIFY(r);
        QVERIFY(r->key.isEmpty());
        QCOMPARE(r->source, Source::None);
        QCOMPARE(r->keychainStatus, Status::NotFound);
        QVERIFY(r->ok());
    }

    // A keyring still starting: unavailable once, the retry succeeds, the user was told once.
    void retriesOnceWhenUnavailable()
    {
        Fixture f;
        QSignalSpy told(&f.keys, &ApiKeyStore::keychainUnavailable);
        f.secrets.failNext(1, Status::Unavailable);
        const int before = f.secrets.operationCount();
        const auto r = await(f, this, [&](auto cb) { f.keys.store(m_endpoint, m_key, this, cb); });
        QVERIFY(r);
        QCOMPARE(r->source, Source::Keychain);
        QCOMPARE(f.secrets.operationCount() - before, 2);
        QCOMPARE(told.size(), 1);
    }

    // The retry waits on the clock, not immediately.
    void retryWaitsForTheDelay()
    {
        Fixture f;
        f.keys.setRetryDelayMs(2000);
        f.secrets.failNext(1, Status::Unavailable);
        bool done = false;
        f.keys.load(m_endpoint, this, [&](const auto &) { done = true; });
        QTRY_COMPARE(f.secrets.operationCount(), 1);
        QCoreApplication::processEvents();
        f.clock.advance(1999);
        QCoreApplication::processEvents();
        QCOMPARE(f.secrets.operationCount(), 1);
        QVERIFY(!done);
        f.clock.advance(1);
        QTRY_VERIFY(done);
        QCOMPARE(f.secrets.operationCount(), 2);
    }

    // No backend at all: told why, the key lives in memory for this session, never anywhere else.
    void noBackendKeepsKeyForSessionOnly()
    {
        Fixture f;
        QSignalSpy told(&f.keys, &ApiKeyStore::keychainUnavailable);
        f.secrets.setAvailable(false);
        const auto stored = await(f, this, [&](auto cb) { f.keys.store(m_endpoint, m_key, this, cb); });
        QVERIFY(stored);
        QCOMPARE(stored->source, Source::Session);
        QCOMPARE(stored->keychainStatus, Status::Unavailable);
        QVERIFY(!stored->message.isEmpty());
        QVERIFY(!stored->ok());
        QCOMPARE(told.size(), 1);
        QVERIFY(f.secrets.contents().isEmpty());

        const auto loaded = await(f, this, [&](auto cb) { f.keys.load(m_endpoint, this, cb); });
        QVERIFY(loaded);
        QCOMPARE(loaded->key, m_key);
        QCOMPARE(loaded->source, Source::Session);

        QVERIFY(await(f, this, [&](auto cb) { f.keys.clear(m_endpoint, this, cb); }));
        const auto after = await(f, this, [&](auto cb) { f.keys.load(m_endpoint, this, cb); });
        QVERIFY(after->key.isEmpty());
        QCOMPARE(after->source, Source::None);
    }

    void lockedKeyringIsReportedAsDenied()
    {
        Fixture f;
        f.secrets.failNext(2, Status::Denied);
        const auto r = await(f, this, [&](auto cb) { f.keys.load(m_endpoint, this, cb); });
        QVERIFY(r);
        QCOMPARE(r->keychainStatus, Status::Denied);
        QCOMPARE(r->source, Source::None);
    }

    void clearRemovesTheEntry()
    {
        Fixture f;
        QVERIFY(await(f, this, [&](auto cb) { f.keys.store(m_endpoint, m_key, this, cb); }));
        const auto r = await(f, this, [&](auto cb) { f.keys.clear(m_endpoint, this, cb); });
        QVERIFY(r);
        QVERIFY(r->ok());
        QVERIFY(f.secrets.contents().isEmpty());
    }

    void noAnswerAfterContextIsGone()
    {
        Fixture f;
        bool called = false;
        {
            QObject ctx;
            f.keys.load(m_endpoint, &ctx, [&](const auto &) { called = true; });
        }
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            f.clock.advance(f.keys.retryDelayMs());
        }
        QVERIFY(!called);
    }

    void formatWarning_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("warns");
        QTest::newRow("typical") << QStringLiteral("Zk3pQ9xV7mN2rT5wY8aB4cD6eF1gH0jL") << false;
        QTest::newRow("inner space") << QStringLiteral("Zk3pQ9xV7mN2 rT5wY8aB4cD6eF1gH0jL") << true;
        QTest::newRow("short") << QStringLiteral("abc") << true;
        QTest::newRow("odd chars") << QStringLiteral("Zk3pQ9xV7mN2rT5wY8aB4cD6eF1gH0j$") << true;
    }

    void formatWarning()
    {
        QFETCH(QString, key);
        QFETCH(bool, warns);
        QCOMPARE(!ApiKeyStore::formatWarning(key).isEmpty(), warns);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
