#include "AppSettings.h"

#include <QStandardPaths>

namespace rostrum::gui {

namespace {
// The keys, shared with the settings files of earlier versions: renaming one loses the user's choice.
const QString kEndpoint = QStringLiteral("api/endpoint");
const QString kRateProfile = QStringLiteral("limits/profile");
const QString kCustomRps = QStringLiteral("limits/rps");
const QString kCustomRpm = QStringLiteral("limits/rpm");
const QString kCustomTpm = QStringLiteral("limits/tpm");
const QString kCacheEnabled = QStringLiteral("cache/enabled");
const QString kCacheTtlMinutes = QStringLiteral("cache/ttlMinutes");
const QString kCacheMaxEntries = QStringLiteral("cache/maxEntries");
const QString kInterfaceLanguage = QStringLiteral("interface/language");
const QString kModelsGroup = QStringLiteral("models/");
const QString kFirstRunDone = QStringLiteral("ui/firstRunDone");
const QString kKeyFoundFor = QStringLiteral("security/keyFoundFor");
const QString kWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString kWindowState = QStringLiteral("mainWindow/state");
const QString kSplitterState = QStringLiteral("mainWindow/splitter");
} // namespace

QString AppSettings::dataDir()
{
    const QString env = qEnvironmentVariable("ROSTRUM_DATA_DIR");
    return env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : env;
}

QUrl AppSettings::defaultEndpoint()
{
    return QUrl(QStringLiteral("https://api.mistral.ai"));
}

QUrl AppSettings::endpoint() const
{
    const QString env = qEnvironmentVariable("ROSTRUM_BASE_URL");
    if (!env.isEmpty())
        return QUrl(env);
    return QUrl(m_settings.value(kEndpoint, defaultEndpoint().toString()).toString());
}

void AppSettings::setEndpoint(const QUrl &endpoint)
{
    m_settings.setValue(kEndpoint, endpoint.toString());
}

QString AppSettings::rateProfile() const
{
    return m_settings.value(kRateProfile, QString::fromLatin1(kDefaultRateProfile)).toString();
}

void AppSettings::setRateProfile(const QString &profile)
{
    m_settings.setValue(kRateProfile, profile);
}

double AppSettings::customRps() const
{
    return m_settings.value(kCustomRps, kDefaultCustomRps).toDouble();
}

void AppSettings::setCustomRps(double rps)
{
    m_settings.setValue(kCustomRps, rps);
}

int AppSettings::customRpm() const
{
    return m_settings.value(kCustomRpm, kDefaultCustomRpm).toInt();
}

void AppSettings::setCustomRpm(int rpm)
{
    m_settings.setValue(kCustomRpm, rpm);
}

qint64 AppSettings::customTpm() const
{
    return m_settings.value(kCustomTpm, kDefaultCustomTpm).toLongLong();
}

void AppSettings::setCustomTpm(qint64 tpm)
{
    m_settings.setValue(kCustomTpm, tpm);
}

RateLimiter::Overrides AppSettings::rateOverrides() const
{
    RateLimiter::Overrides overrides;
    // The three figures apply with the custom profile; the others come with their own limits.
    if (rateProfile() == QLatin1String("custom")) {
        overrides.requestsPerSecond = customRps();
        overrides.requestsPerMinute = customRpm();
        overrides.tokensPerMinute = customTpm();
    }
    return overrides;
}

bool AppSettings::cacheEnabled() const
{
    return m_settings.value(kCacheEnabled, kDefaultCacheEnabled).toBool();
}

void AppSettings::setCacheEnabled(bool enabled)
{
    m_settings.setValue(kCacheEnabled, enabled);
}

int AppSettings::cacheTtlMinutes() const
{
    return m_settings.value(kCacheTtlMinutes, kDefaultCacheTtlMinutes).toInt();
}

void AppSettings::setCacheTtlMinutes(int minutes)
{
    m_settings.setValue(kCacheTtlMinutes, minutes);
}

int AppSettings::cacheMaxEntries() const
{
    return m_settings.value(kCacheMaxEntries, kDefaultCacheMaxEntries).toInt();
}

void AppSettings::setCacheMaxEntries(int entries)
{
    m_settings.setValue(kCacheMaxEntries, entries);
}

QString AppSettings::interfaceLanguage() const
{
    return m_settings.value(kInterfaceLanguage).toString();
}

void AppSettings::setInterfaceLanguage(const QString &language)
{
    m_settings.setValue(kInterfaceLanguage, language);
}

QString AppSettings::modelForLanguage(const QString &language) const
{
    return m_settings.value(kModelsGroup + language).toString();
}

void AppSettings::setModelForLanguage(const QString &language, const QString &model)
{
    m_settings.setValue(kModelsGroup + language, model);
}

bool AppSettings::firstRunDone() const
{
    return m_settings.value(kFirstRunDone, false).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    m_settings.setValue(kFirstRunDone, done);
}

QString AppSettings::keyFoundFor() const
{
    return m_settings.value(kKeyFoundFor).toString();
}

void AppSettings::setKeyFoundFor(const QString &endpoint)
{
    m_settings.setValue(kKeyFoundFor, endpoint);
}

void AppSettings::clearKeyFoundFor()
{
    m_settings.remove(kKeyFoundFor);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(kSplitterState).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    m_settings.setValue(kWindowGeometry, geometry);
    m_settings.setValue(kWindowState, state);
    m_settings.setValue(kSplitterState, splitter);
}

} // namespace rostrum::gui
