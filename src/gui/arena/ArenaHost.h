#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace rostrum {
class Database;
}

namespace rostrum::gui {

class ArenaWindow;

// Puts the Arena window behind View → Arena (Ctrl+Shift+A): made when first asked for (its chart
// costs time a session that never looks at a tournament should not pay), reading the database
// attach() gives it, and passing a debate the user activates on as debateActivated.
class ArenaHost : public QObject
{
    Q_OBJECT
public:
    // Adds the action to menu (if given); parent is the main window the arena window belongs to.
    ArenaHost(QWidget *parent, QMenu *menu);

    void attach(Database *db); // not owned
    QAction *action() const { return m_action; }
    ArenaWindow *window() const; // null until first shown
    void showWindow();

signals:
    void debateActivated(const QString &debateId);

private:
    QWidget *m_parent;
    QAction *m_action = nullptr;
    QPointer<ArenaWindow> m_window;
    Database *m_db = nullptr;
};

} // namespace rostrum::gui
