#include "ArenaScreenshots.h"

#include "arena/ArenaWindow.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

namespace rostrum::gui {

ArenaScreenshots::ArenaScreenshots(MainWindow *window, const QString &outDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outDir(outDir)
{ }

void ArenaScreenshots::start()
{
    // As a person does it: View → Arena (Ctrl+Shift+A) once the window has started.
    QTimer::singleShot(1500, this, [this] {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionArena"));
        if (!action || !action->isEnabled()) {
            qWarning("no enabled View → Arena action");
            emit finished(1);
            return;
        }
        action->trigger();
        QTimer::singleShot(1500, this, [this] { shootTab(0); });
    });
}

void ArenaScreenshots::shootTab(int index)
{
    ArenaWindow *arena = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *a = qobject_cast<ArenaWindow *>(w); a && a->isVisible())
            arena = a;
    }
    auto *tabs = arena ? arena->findChild<QTabWidget *>() : nullptr;
    if (!tabs) {
        qWarning("the Arena window did not open");
        emit finished(1);
        return;
    }
    if (index >= tabs->count()) {
        emit finished(0);
        return;
    }
    arena->resize(1100, 780);
    tabs->setCurrentIndex(index);
    QTimer::singleShot(600, this, [this, arena, index] {
        const QString path = QDir(m_outDir).filePath(QStringLiteral("arena-%1.png").arg(index + 1));
        if (!arena->grab().save(path)) {
            qWarning("cannot save %s", qPrintable(path));
            emit finished(1);
            return;
        }
        qInfo("saved %s", qPrintable(path));
        shootTab(index + 1);
    });
}

} // namespace rostrum::gui
