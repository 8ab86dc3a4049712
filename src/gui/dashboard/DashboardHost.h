#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace rostrum {
class Clock;
class DashboardLoader;
class Database;
class RateLimiter;
class UsageTracker;
} // namespace rostrum

namespace rostrum::gui {

class DashboardWidget;

// Puts the dashboard in a main window: a dock (View → Dashboard, Ctrl+D) and, on demand, its
// own window (Ctrl+Shift+D). Both views share one DashboardLoader, so they show the same numbers
// and one refresh serves both.
class DashboardHost : public QObject
{
    Q_OBJECT
public:
    // Adds the dock (hidden at first) to window and the two actions to menu (if given).
    DashboardHost(QMainWindow *window, QMenu *menu);
    ~DashboardHost() override;

    // The sources of the numbers; until then the views show their empty state. Not owned.
    void attach(Database *db, UsageTracker *tracker, RateLimiter *limiter, Clock *clock);
    // The debate "This debate" shows and whose budget the gauge follows (0: no budget).
    void setCurrentDebate(const QString &debateId, double budgetUsd);

    QDockWidget *dock() const { return m_dock; }
    // Made when the dock is first shown (or asked for): the charts cost time and memory a window
    // that never shows its dashboard should not pay at startup.
    DashboardWidget *dockWidget() const;
    DashboardWidget *windowWidget() const; // null until first shown, and after it is closed
    DashboardLoader *loader() const { return m_loader.get(); }
    QAction *toggleAction() const { return m_toggle; }
    QAction *windowAction() const { return m_windowAction; }

    void showWindow();

private:
    void connectView(DashboardWidget *view);
    DashboardWidget *ensureDockWidget();

    QMainWindow *m_mainWindow;
    QDockWidget *m_dock = nullptr;
    DashboardWidget *m_dockWidget = nullptr;
    QPointer<DashboardWidget> m_window;
    QAction *m_toggle = nullptr;
    QAction *m_windowAction = nullptr;
    std::unique_ptr<DashboardLoader> m_loader;
    RateLimiter *m_limiter = nullptr;
    double m_budgetUsd = 0;
};

} // namespace rostrum::gui
