#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rostrum::gui {

// Chooses the interface language (the Settings override, AppSettings::interfaceLanguage, else the
// system locale) and installs Qt's own qtbase translations and Rostrum's embedded ones. Takes
// effect for windows created after.
class AppTranslator
{
public:
    // The languages the interface is translated into, English first.
    static QStringList availableLanguages();
    // The language in effect for this process: override if set and available, else the system's.
    static QString effectiveLanguage();
    // Installs the translators on app. Returns the language installed ("en" when none was needed).
    static QString install(QCoreApplication &app);
};

} // namespace rostrum::gui
