#include "StartupSequencer.h"

#include "clock/Clock.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace rostrum::gui {

StartupSequencer::StartupSequencer(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_window->isVisible())
                emit due();
        },
        Qt::QueuedConnection);
}

void StartupSequencer::windowShown()
{
    if (m_complete || m_queued)
        return;
    m_queued = true;
    // The window paints its first frame while it handles its first expose; what is not needed for
    // that frame comes right after it.
    if (QWindow *handle = m_window->windowHandle())
        handle->installEventFilter(this);
    Clock::system()->callLater(500, this, [this] { emit due(); });
}

bool StartupSequencer::markComplete()
{
    if (m_complete)
        return false;
    m_complete = true;
    if (QWindow *handle = m_window->windowHandle())
        handle->removeEventFilter(this);
    return true;
}

bool StartupSequencer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == m_window->windowHandle()
        && m_window->windowHandle()->isExposed()) {
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &StartupSequencer::due, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rostrum::gui
