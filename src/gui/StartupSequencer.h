#pragma once

#include <QObject>

class QWidget;

namespace rostrum::gui {

// Says when a window's deferred startup is due: right after its first frame (the first expose of
// its native window), half a second after it is shown when no expose comes (minimized, a platform
// without expose events), or at the next turn of the event loop when the window is not shown at
// all (a test, a window built for later). The window does the work and calls markComplete().
class StartupSequencer : public QObject
{
    Q_OBJECT
public:
    // window: the window whose first frame counts; also the parent.
    explicit StartupSequencer(QWidget *window);

    // From the window's showEvent.
    void windowShown();
    // Returns false when the startup was already complete (the caller then has nothing to do).
    bool markComplete();
    bool isComplete() const { return m_complete; }

signals:
    // The startup should complete now.
    void due();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_complete = false;
    bool m_queued = false;
};

} // namespace rostrum::gui
