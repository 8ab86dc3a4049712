#include "ApplicationSetup.h"
#include "FontWarmup.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    const rostrum::gui::FontWarmup fonts; // overlaps QApplication's start and MainWindow's data
    QApplication app(argc, argv);
    rostrum::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "AI debates on the Mistral API"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("debate.json"),
                                 QApplication::translate("main", "A debate saved as JSON to open."),
                                 QStringLiteral("[debate.json]"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshot-dir"),
        QApplication::translate("main", "Save screenshots of the main states to DIR, then quit."),
        QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);
    if (parser.isSet(screenshots))
        rostrum::gui::ScreenshotTour::applyPaletteFromEnvironment();

    rostrum::gui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDebateFile(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshots)) {
        auto *tour = new rostrum::gui::ScreenshotTour(&window, parser.value(screenshots), &app);
        QObject::connect(tour, &rostrum::gui::ScreenshotTour::finished, &app, &QCoreApplication::exit);
        tour->start(!parser.positionalArguments().isEmpty());
    }
    return app.exec();
}
