#include "ScreenshotTour.h"

#include "DebateSetupDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
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
                    emit finished(m_failures == 0 ? 0 : 1);
                });
            });
        });
    });
}

} // namespace rostrum::gui
