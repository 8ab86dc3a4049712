#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace rostrum {
struct DebateRecord;
} // namespace rostrum

namespace rostrum::gui {

class MainWindow;

// The screenshot tour's debate-studio scenes: the debate on screen finished with the judge's verdict
// card, with a verdict that failed validation, a speech's reasoning opened, and a rematch's comparison
// card. Built from the debate the tour opened, so they read in the app's language like the rest.
class StudioScreenshots : public QObject
{
    Q_OBJECT
public:
    using Save = std::function<bool(QWidget *widget, const QString &name)>;

    StudioScreenshots(MainWindow *window, Save save, QObject *parent = nullptr);

    // Shoots the scenes one after the other (each after the window painted it), then calls done.
    void run(std::function<void()> done);

private:
    void showFinished(bool validVerdict);
    void showPanel();
    static void completeSpeeches(DebateRecord &record);
    // Shows the scene `show` builds, scrolled to its end, then saves it as name and goes on with next.
    void shoot(std::function<void()> show, const QString &name, std::function<void()> next);
    void scrollToEnd();

    MainWindow *m_window;
    Save m_save;
};

} // namespace rostrum::gui
