#pragma once

#include <QObject>
#include <QString>

namespace rostrum::gui {

class MainWindow;

// The screenshot program's Arena scenes (app-screenshots --arena): the Arena window opened from the main
// window's View → Arena over the data folder's tournaments (scripts/screenshots runs a real tournament against
// the mock server first), each of its tabs saved as arena-N.png. finished(0) once all are saved.
class ArenaScreenshots : public QObject
{
    Q_OBJECT
public:
    ArenaScreenshots(MainWindow *window, const QString &outDir, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void shootTab(int index);

    MainWindow *m_window;
    QString m_outDir;
};

} // namespace rostrum::gui
