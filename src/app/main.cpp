#include "MainWindow.h"
#include "RostrumVersion.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(rostrum::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(rostrum::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(rostrum::kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(rostrum::kApplicationId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rostrum.svg")));

    rostrum::gui::MainWindow window;
    window.show();
    return app.exec();
}
