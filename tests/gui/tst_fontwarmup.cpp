// FontWarmup runs at the very start of main(), before anything else of the application exists:
// every way a process can start and end around it must end, never hang or crash. Each scenario
// runs in a child process (this executable with --scenario NAME), since the warm-up is made
// once per process and before QApplication.
#include "FontWarmup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QProcess>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace rostrum::gui;

namespace {

// Exit codes of the child: 0 when the scenario held.
int runScenario(const char *name, int argc, char *argv[])
{
    const QByteArray scenario(name);
    if (scenario == "before-application") {
        // main() returns (--help, a bad argument) before a QApplication exists.
        const FontWarmup fonts;
        return 0;
    }
    if (scenario == "exit-before-application") {
        // exit() with the thread still reading the configuration: no std::terminate on the way out.
        const FontWarmup fonts;
        std::exit(0);
    }
    if (scenario == "exit-after-started") {
        // exit() with the thread filling Qt's font database and nothing waiting for it.
        const FontWarmup fonts;
        QApplication app(argc, argv);
        FontWarmup::applicationStarted();
        std::exit(0);
    }
    if (scenario == "never-told") {
        // Nobody says QApplication exists: waiting must not wait for that.
        const FontWarmup fonts;
        QApplication app(argc, argv);
        FontWarmup::wait();
        return QFontDatabase::families().isEmpty() ? 3 : 0;
    }
    if (scenario == "warm") {
        // main.cpp's order: ends cleanly, and the font database is usable once wait() returns.
        const FontWarmup fonts;
        QApplication app(argc, argv);
        FontWarmup::applicationStarted();
        FontWarmup::wait();
        if (QFontDatabase::families().isEmpty())
            return 3;
        return QFontMetrics(QApplication::font()).height() > 0 ? 0 : 4;
    }
    if (scenario == "application-gone-first") {
        // The application ends while the thread may still use the font database, nothing waited.
        const FontWarmup fonts;
        {
            QApplication app(argc, argv);
            FontWarmup::applicationStarted();
        }
        return 0;
    }
    if (scenario == "wait-twice") {
        const FontWarmup fonts;
        QApplication app(argc, argv);
        FontWarmup::applicationStarted();
        FontWarmup::wait();
        FontWarmup::wait();
        return QFontDatabase::families().isEmpty() ? 3 : 0;
    }
    return 64;
}

} // namespace

class TestFontWarmup final : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"before-application", "exit-before-application", "exit-after-started", "never-told",
                                 "warm", "application-gone-first", "wait-twice"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void scenario()
    {
        QFETCH(QString, name);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--scenario"), name});
        // A hang is the failure this guards against; the limit is far above any normal run.
        QVERIFY2(child.waitForFinished(60000), "the process did not end");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }

    void unknownScenarioIsRefused()
    {
        // The check above would pass on a child that ignored --scenario.
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--scenario"), QStringLiteral("nope")});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 64);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--scenario") == 0) {
        int childArgc = 1;
        return runScenario(argv[2], childArgc, argv);
    }
    QCoreApplication app(argc, argv);
    TestFontWarmup test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fontwarmup.moc"
