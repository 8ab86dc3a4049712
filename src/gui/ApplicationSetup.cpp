#include "ApplicationSetup.h"

#include "AppTranslator.h"
#include "FontWarmup.h"
#include "GlyphIcons.h"
#include "RostrumVersion.h"
#include "security/Redaction.h"

#include <QApplication>

namespace rostrum::gui {

void setUpApplication(QApplication &app)
{
    Redaction::install(); // no log line or crash message may show the API key
    QApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setStyle(createApplicationStyle());
    AppTranslator::install(app);
    FontWarmup::applicationStarted();
}

} // namespace rostrum::gui
