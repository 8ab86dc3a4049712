#include "AppTranslator.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rostrum::gui {

QStringList AppTranslator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("it")};
}

QString AppTranslator::effectiveLanguage()
{
    const QString chosen = AppSettings().interfaceLanguage();
    if (!chosen.isEmpty() && availableLanguages().contains(chosen))
        return chosen;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString AppTranslator::install(QCoreApplication &app)
{
    const QString lang = effectiveLanguage();
    if (lang == QLatin1String("en"))
        return lang;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/rostrum_") + lang))
        QCoreApplication::installTranslator(own);
    // An explicit choice also sets number, date and currency formats; the system language keeps the
    // system's own locale (fr_CA stays fr_CA).
    if (!AppSettings().interfaceLanguage().isEmpty())
        QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace rostrum::gui
