#include "ApplicationSetup.h"
#include "FontWarmup.h"
#include "MainWindow.h"

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
    parser.process(app);

    rostrum::gui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDebateFile(parser.positionalArguments().constFirst());
    return app.exec();
}
