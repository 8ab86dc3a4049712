// Not a test: the program behind scripts/screenshots. It starts the desktop app the way its
// main.cpp does (same setup, same window, the debate file opened the same way), then lets
// ScreenshotTour visit the main states and save them to DIR.
#include "ApplicationSetup.h"
#include "ArenaScreenshots.h"
#include "FontWarmup.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    const rostrum::gui::FontWarmup fonts;
    QApplication app(argc, argv);
    rostrum::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves screenshots of Rostrum's main states to DIR, then quits."));
    parser.addHelpOption();
    const QCommandLineOption arenaOption(QStringLiteral("arena"),
                                         QStringLiteral("Only the Arena window's tabs, over the data folder's "
                                                        "tournaments."));
    parser.addOption(arenaOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Where the PNG files go."));
    parser.addPositionalArgument(QStringLiteral("debate.json"), QStringLiteral("A debate to open first."),
                                 QStringLiteral("[debate.json]"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);
    // Before the window exists: the palette is read as widgets are created.
    rostrum::gui::ScreenshotTour::applyPaletteFromEnvironment();

    rostrum::gui::MainWindow window;
    window.show();
    if (parser.isSet(arenaOption)) {
        auto *arena = new rostrum::gui::ArenaScreenshots(&window, args.at(0), &app);
        QObject::connect(arena, &rostrum::gui::ArenaScreenshots::finished, &app, &QCoreApplication::exit);
        arena->start();
        return app.exec();
    }
    if (args.size() > 1)
        window.openDebateFile(args.at(1));
    auto *tour = new rostrum::gui::ScreenshotTour(&window, args.at(0), &app);
    QObject::connect(tour, &rostrum::gui::ScreenshotTour::finished, &app, &QCoreApplication::exit);
    tour->start(args.size() > 1);
    return app.exec();
}
