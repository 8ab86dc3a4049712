#pragma once

#include "debate/DebateRecord.h"

#include <QObject>
#include <QString>

namespace rostrum::gui {

class MainWindow;

// Visits the main states of the app and saves each with QWidget::grab(), for the docs and for
// checking by eye that the product looks finished (scripts/screenshots runs it under Xvfb).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &dir, QObject *parent = nullptr);

    // waitForDebate: the window is opening a debate; the first shot waits for it.
    void start(bool waitForDebate);

    // ROSTRUM_SCREENSHOT_PALETTE=dark: the Fusion style with a dark palette, to check the app in
    // dark mode on a machine whose desktop is light. Call before the window is created.
    static void applyPaletteFromEnvironment();

signals:
    void finished(int exitCode);

private:
    void shootMain();
    void shootDialogs();
    void shootHumanTurn();
    static DebateRecord humanTurnDebate();
    // A fork listed under the debate it continues, and the dialog that starts one.
    void shootFork();
    bool save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_dir;
    int m_failures = 0;
    bool m_humanTurnShot = false;
};

} // namespace rostrum::gui
