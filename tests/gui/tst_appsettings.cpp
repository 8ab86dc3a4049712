// AppSettings: one set of defaults, typed values that survive a round trip through QSettings, the
// keys of earlier versions still read, and the environment winning where the CLI's does.
#include "AppSettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace rostrum;
using namespace rostrum::gui;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RostrumTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("ROSTRUM_BASE_URL");
        qunsetenv("ROSTRUM_DATA_DIR");
    }

    void defaultsWhenNothingIsSaved()
    {
        const AppSettings s;
        QCOMPARE(s.endpoint(), QUrl(QStringLiteral("https://api.mistral.ai")));
        QCOMPARE(s.endpoint(), AppSettings::defaultEndpoint());
        QCOMPARE(s.rateProfile(), QStringLiteral("auto"));
        QCOMPARE(s.customRps(), 1.0);
        QCOMPARE(s.customRpm(), 60);
        QCOMPARE(s.customTpm(), qint64(500000));
        QVERIFY(s.cacheEnabled());
        QCOMPARE(s.cacheTtlMinutes(), 60);
        QCOMPARE(s.cacheMaxEntries(), 1000);
        QVERIFY(s.interfaceLanguage().isEmpty());
        QVERIFY(s.modelForLanguage(QStringLiteral("fr")).isEmpty());
        QVERIFY(!s.firstRunDone());
        QVERIFY(s.keyFoundFor().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
    }

    void valuesSurviveARoundTrip()
    {
        {
            AppSettings s;
            s.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8080")));
            s.setRateProfile(QStringLiteral("custom"));
            s.setCustomRps(3);
            s.setCustomRpm(42);
            s.setCustomTpm(77000);
            s.setCacheEnabled(false);
            s.setCacheTtlMinutes(5);
            s.setCacheMaxEntries(20);
            s.setInterfaceLanguage(QStringLiteral("de"));
            s.setModelForLanguage(QStringLiteral("fr"), QStringLiteral("mistral-small-2603"));
            s.setFirstRunDone(true);
            s.setKeyFoundFor(QStringLiteral("https://api.mistral.ai"));
            s.setWindowLayout("geometry", "state", "splitter");
        }
        const AppSettings s; // a new QSettings reads what the first one wrote
        QCOMPARE(s.endpoint(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(s.rateProfile(), QStringLiteral("custom"));
        QCOMPARE(s.customRps(), 3.0);
        QCOMPARE(s.customRpm(), 42);
        QCOMPARE(s.customTpm(), qint64(77000));
        QVERIFY(!s.cacheEnabled());
        QCOMPARE(s.cacheTtlMinutes(), 5);
        QCOMPARE(s.cacheMaxEntries(), 20);
        QCOMPARE(s.interfaceLanguage(), QStringLiteral("de"));
        QCOMPARE(s.modelForLanguage(QStringLiteral("fr")), QStringLiteral("mistral-small-2603"));
        QVERIFY(s.modelForLanguage(QStringLiteral("en")).isEmpty());
        QVERIFY(s.firstRunDone());
        QCOMPARE(s.keyFoundFor(), QStringLiteral("https://api.mistral.ai"));
        QCOMPARE(s.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(s.windowState(), QByteArray("state"));
        QCOMPARE(s.splitterState(), QByteArray("splitter"));
        AppSettings().clearKeyFoundFor();
        QVERIFY(AppSettings().keyFoundFor().isEmpty());
    }

    // A user's settings file from an earlier version keeps its meaning.
    void readsTheKeysEarlierVersionsWrote()
    {
        QSettings raw;
        raw.setValue(QStringLiteral("api/endpoint"), QStringLiteral("https://api.eu.mistral.ai"));
        raw.setValue(QStringLiteral("limits/profile"), QStringLiteral("free"));
        raw.setValue(QStringLiteral("cache/ttlMinutes"), 15);
        raw.setValue(QStringLiteral("interface/language"), QStringLiteral("it"));
        raw.setValue(QStringLiteral("models/es"), QStringLiteral("mistral-medium"));
        raw.setValue(QStringLiteral("security/keyFoundFor"), QStringLiteral("https://api.eu.mistral.ai"));
        raw.setValue(QStringLiteral("mainWindow/splitter"), QByteArray("old"));
        raw.sync();
        const AppSettings s;
        QCOMPARE(s.endpoint(), QUrl(QStringLiteral("https://api.eu.mistral.ai")));
        QCOMPARE(s.rateProfile(), QStringLiteral("free"));
        QCOMPARE(s.cacheTtlMinutes(), 15);
        QCOMPARE(s.interfaceLanguage(), QStringLiteral("it"));
        QCOMPARE(s.modelForLanguage(QStringLiteral("es")), QStringLiteral("mistral-medium"));
        QCOMPARE(s.keyFoundFor(), QStringLiteral("https://api.eu.mistral.ai"));
        QCOMPARE(s.splitterState(), QByteArray("old"));
    }

    void theEnvironmentWinsOverTheSavedEndpoint()
    {
        AppSettings().setEndpoint(QUrl(QStringLiteral("https://api.us.mistral.ai")));
        qputenv("ROSTRUM_BASE_URL", "http://127.0.0.1:9");
        QCOMPARE(AppSettings().endpoint(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        qunsetenv("ROSTRUM_BASE_URL");
        QCOMPARE(AppSettings().endpoint(), QUrl(QStringLiteral("https://api.us.mistral.ai")));
    }

    void dataDirFollowsTheEnvironment()
    {
        qputenv("ROSTRUM_DATA_DIR", "/tmp/rostrum-data-for-tests");
        QCOMPARE(AppSettings::dataDir(), QStringLiteral("/tmp/rostrum-data-for-tests"));
        qunsetenv("ROSTRUM_DATA_DIR");
        QCOMPARE(AppSettings::dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

    // The custom figures limit the pipeline only with the custom profile.
    void overridesOnlyWithTheCustomProfile()
    {
        AppSettings s;
        s.setCustomRps(2);
        s.setCustomRpm(30);
        s.setCustomTpm(1000);
        s.setRateProfile(QStringLiteral("standard"));
        RateLimiter::Overrides o = s.rateOverrides();
        QVERIFY(!o.requestsPerSecond && !o.requestsPerMinute && !o.tokensPerMinute);
        s.setRateProfile(QStringLiteral("custom"));
        o = s.rateOverrides();
        QCOMPARE(o.requestsPerSecond.value_or(-1), 2.0);
        QCOMPARE(o.requestsPerMinute.value_or(-1), 30);
        QCOMPARE(o.tokensPerMinute.value_or(-1), qint64(1000));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
