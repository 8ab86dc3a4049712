#include "DashboardHost.h"

#include "DashboardWidget.h"

#include "store/DashboardLoader.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace rostrum::gui {

DashboardHost::DashboardHost(QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_mainWindow(window)
{
    m_dock = new QDockWidget(tr("Dashboard"), window);
    m_dock->setObjectName(QStringLiteral("dashboardDock"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureDockWidget();
    });

    m_toggle = m_dock->toggleViewAction();
    m_toggle->setObjectName(QStringLiteral("actionDashboard"));
    m_toggle->setText(tr("&Dashboard"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_toggle->setToolTip(tr("Spend, latency, errors and limits per model (Ctrl+D)"));
    m_windowAction = new QAction(tr("Dashboard in its own &window"), this);
    m_windowAction->setObjectName(QStringLiteral("actionDashboardWindow"));
    m_windowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_windowAction, &QAction::triggered, this, &DashboardHost::showWindow);
    window->addAction(m_toggle); // shortcuts work even when the menu bar is hidden
    window->addAction(m_windowAction);
    if (menu) {
        menu->addAction(m_toggle);
        menu->addAction(m_windowAction);
    }
}

DashboardHost::~DashboardHost()
{
    // The window is a top-level widget without a parent: it goes with the host.
    delete m_window.data();
}

void DashboardHost::attach(Database *db, UsageTracker *tracker, RateLimiter *limiter, Clock *clock)
{
    m_limiter = limiter;
    m_loader = std::make_unique<DashboardLoader>(db, clock);
    if (tracker)
        m_loader->watch(tracker);
    if (m_dockWidget)
        connectView(m_dockWidget);
    if (m_window)
        connectView(m_window);
}

void DashboardHost::setCurrentDebate(const QString &debateId, double budgetUsd)
{
    m_budgetUsd = budgetUsd;
    if (m_dockWidget)
        m_dockWidget->setDebateBudget(budgetUsd);
    if (m_window)
        m_window->setDebateBudget(budgetUsd);
    if (m_loader)
        m_loader->setCurrentDebate(debateId);
}

void DashboardHost::connectView(DashboardWidget *view)
{
    view->setRateLimiter(m_limiter);
    view->setDebateBudget(m_budgetUsd);
    view->setLoader(m_loader.get());
}

DashboardWidget *DashboardHost::dockWidget() const
{
    return const_cast<DashboardHost *>(this)->ensureDockWidget();
}

DashboardWidget *DashboardHost::ensureDockWidget()
{
    if (!m_dockWidget) {
        m_dockWidget = new DashboardWidget(m_dock);
        m_dock->setWidget(m_dockWidget);
        if (m_loader)
            connectView(m_dockWidget);
        else
            m_dockWidget->setDebateBudget(m_budgetUsd);
    }
    return m_dockWidget;
}

DashboardWidget *DashboardHost::windowWidget() const
{
    return m_window.data();
}

void DashboardHost::showWindow()
{
    if (!m_window) {
        m_window = new DashboardWidget;
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_window->setWindowTitle(tr("Rostrum — Dashboard"));
        m_window->resize(1100, 800);
        if (m_loader)
            connectView(m_window);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace rostrum::gui
