#pragma once

#include <QString>

namespace rostrum::gui {

// The QSettings keys of the desktop app, in one place so the dialog and the code that applies
// them agree. Never the API key: that lives in the keychain only.
struct SettingsKeys
{
    static QString endpoint() { return QStringLiteral("api/endpoint"); }
    static QString rateProfile() { return QStringLiteral("limits/profile"); }
    static QString customRps() { return QStringLiteral("limits/rps"); }
    static QString customRpm() { return QStringLiteral("limits/rpm"); }
    static QString customTpm() { return QStringLiteral("limits/tpm"); }
    static QString cacheEnabled() { return QStringLiteral("cache/enabled"); }
    static QString cacheTtlMinutes() { return QStringLiteral("cache/ttlMinutes"); }
    static QString cacheMaxEntries() { return QStringLiteral("cache/maxEntries"); }
    // The same key AppTranslator::install reads at startup ("" = the system's language).
    static QString interfaceLanguage() { return QStringLiteral("interface/language"); }
    static QString modelForLanguage(const QString &lang) { return QStringLiteral("models/") + lang; }
    static QString firstRunDone() { return QStringLiteral("ui/firstRunDone"); }
    // The endpoint for which the keychain last held a key: the next start need not read it.
    static QString keyFoundFor() { return QStringLiteral("security/keyFoundFor"); }
};

} // namespace rostrum::gui
