#pragma once

#include "flow/RateLimiter.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace rostrum::gui {

// The desktop app's settings, typed, with their defaults in this one place (the Settings dialog
// shows them, the window applies them). Backed by QSettings; the CLI does not read them (it takes
// flags and environment variables). Never the API key: that lives in the keychain only.
class AppSettings
{
public:
    // The defaults of the settings that have one.
    static constexpr const char *kDefaultRateProfile = "auto";
    static constexpr double kDefaultCustomRps = 1;
    static constexpr int kDefaultCustomRpm = 60;
    static constexpr qint64 kDefaultCustomTpm = 500000;
    static constexpr bool kDefaultCacheEnabled = true;
    static constexpr int kDefaultCacheTtlMinutes = 60;
    static constexpr int kDefaultCacheMaxEntries = 1000;

    // The folder of the database and the catalog snapshot: ROSTRUM_DATA_DIR (as for rostrum-cli),
    // else the application data folder.
    static QString dataDir();
    // Mistral's own endpoint, the default.
    static QUrl defaultEndpoint();

    // Where requests go: ROSTRUM_BASE_URL when set (as for rostrum-cli), else the saved endpoint.
    QUrl endpoint() const;
    void setEndpoint(const QUrl &endpoint);

    // The rate-limit profile (auto, free, hobbyist, standard, custom) and the custom profile's figures.
    QString rateProfile() const;
    void setRateProfile(const QString &profile);
    double customRps() const;
    void setCustomRps(double rps);
    int customRpm() const;
    void setCustomRpm(int rpm);
    qint64 customTpm() const;
    void setCustomTpm(qint64 tpm);
    // The limits that win over the profile's: the three custom figures with the custom profile, none otherwise.
    RateLimiter::Overrides rateOverrides() const;

    bool cacheEnabled() const;
    void setCacheEnabled(bool enabled);
    int cacheTtlMinutes() const;
    void setCacheTtlMinutes(int minutes);
    int cacheMaxEntries() const;
    void setCacheMaxEntries(int entries);

    // The interface language chosen in Settings ("" = the system's language).
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    // The model chosen for debates in a language ("" = automatic).
    QString modelForLanguage(const QString &language) const;
    void setModelForLanguage(const QString &language, const QString &model);

    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    // The endpoint for which the keychain last held a key: the next start need not read it.
    QString keyFoundFor() const;
    void setKeyFoundFor(const QString &endpoint);
    void clearKeyFoundFor();

    // The main window's geometry, dock state and splitter (empty until first saved).
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

private:
    QSettings m_settings;
};

} // namespace rostrum::gui
