#include "ScreenshotTour.h"

#include "DebateSetupDialog.h"
#include "GlyphIcons.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "StudioScreenshots.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

namespace rostrum::gui {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(dir)
{ }

void ScreenshotTour::start(bool waitForDebate)
{
    QDir().mkpath(m_dir);
    m_window->resize(1280, 800);
    if (waitForDebate)
        connect(m_window, &MainWindow::debateOpened, this,
                [this] { QTimer::singleShot(400, this, [this] { shootMain(); }); });
    else
        QTimer::singleShot(600, this, &ScreenshotTour::shootMain);
}

void ScreenshotTour::applyPaletteFromEnvironment()
{
    if (qEnvironmentVariable("ROSTRUM_SCREENSHOT_PALETTE") != QLatin1String("dark"))
        return;
    QApplication::setStyle(createApplicationStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    // A dark palette like the common desktop dark themes: dark bases, light text, a blue highlight.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8b, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7e, 0x85));
    QApplication::setPalette(p);
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_dir).filePath(name);
    const bool ok = widget->grab().save(path);
    if (!ok)
        ++m_failures;
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

void ScreenshotTour::shootMain()
{
    save(m_window, QStringLiteral("main-window.png"));
    QTimer::singleShot(100, this, &ScreenshotTour::shootDialogs);
}

void ScreenshotTour::shootDialogs()
{
    // The dialogs as the user meets them: opened by the window's own actions.
    m_window->newDebate();
    auto *setup = m_window->findChild<DebateSetupDialog *>();
    DebateSpec spec = setup->spec();
    spec.motion = tr("This house would make public transport free");
    spec.language = QStringLiteral("fr");
    spec.rounds = 2;
    setup->setSpec(spec);
    setup->show();
    QTimer::singleShot(300, this, [this, setup] {
        save(setup, QStringLiteral("setup-dialog.png"));
        setup->findChild<QTabWidget *>(QStringLiteral("setupTabs"))->setCurrentIndex(1);
        QTimer::singleShot(200, this, [this, setup] {
            save(setup, QStringLiteral("setup-dialog-debaters.png"));
            setup->reject();
            m_window->showSettings();
            auto *settings = m_window->findChild<SettingsDialog *>();
            QTimer::singleShot(300, this, [this, settings] {
                save(settings, QStringLiteral("settings-dialog.png"));
                settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
                QTimer::singleShot(200, this, [this, settings] {
                    save(settings, QStringLiteral("settings-prices.png"));
                    settings->reject();
                    auto *studio = new StudioScreenshots(
                        m_window, [this](QWidget *w, const QString &name) { return save(w, name); }, this);
                    studio->run([this] { emit finished(m_failures == 0 ? 0 : 1); });
                });
            });
        });
    });
}

} // namespace rostrum::gui
