#include "arena/ArenaHost.h"

#include "arena/ArenaWindow.h"

#include <QAction>
#include <QMenu>

namespace rostrum::gui {

ArenaHost::ArenaHost(QWidget *parent, QMenu *menu)
    : QObject(parent)
    , m_parent(parent)
{
    m_action = new QAction(tr("&Arena"), this);
    m_action->setObjectName(QStringLiteral("actionArena"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_action->setStatusTip(tr("Show the tournaments' leaderboard, head-to-head matrix and judges"));
    parent->addAction(m_action); // the shortcut works with the menu bar hidden too
    if (menu)
        menu->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &ArenaHost::showWindow);
}

ArenaWindow *ArenaHost::window() const
{
    return m_window;
}

void ArenaHost::attach(Database *db)
{
    m_db = db;
    if (m_window)
        m_window->setDatabase(db);
}

void ArenaHost::showWindow()
{
    if (!m_window) {
        // A separate top-level window that closes with (and is deleted by) the main window.
        m_window = new ArenaWindow(m_parent);
        m_window->setWindowFlag(Qt::Window);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_window->setDatabase(m_db);
        connect(m_window, &ArenaWindow::debateActivated, this, &ArenaHost::debateActivated);
    } else {
        m_window->refresh();
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace rostrum::gui
