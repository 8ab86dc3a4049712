#include "MainWindow.h"

#include "AccessibleNames.h"
#include "ApiKeyFlow.h"
#include "AppSettings.h"
#include "arena/ArenaHost.h"
#include "clock/Clock.h"
#include "dashboard/DashboardHost.h"
#include "DebateFileJobs.h"
#include "DebatePane.h"
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "DebateStudio.h"
#include "DeprecationBadge.h"
#include "FirstRunPage.h"
#include "FontWarmup.h"
#include "ForkController.h"
#include "HistoryController.h"
#include "MainWindowActions.h"
#include "MessageBoxes.h"
#include "models/ModelCatalog.h"
#include "RostrumVersion.h"
#include "session/AppServices.h"
#include "SessionListModel.h"
#include "SessionRowFactory.h"
#include "SettingsDialog.h"
#include "StartupSequencer.h"
#include "StatusIndicators.h"
#include "TranscriptController.h"
#include "TranscriptModel.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>

namespace rostrum::gui {

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalog(std::make_unique<ModelCatalog>())
{
    // What needs no font comes first, while FontWarmup may still be reading the font configuration.
    m_catalog->loadDefaults(AppSettings::dataDir());
    // One pipeline and one database for the window: every debate is saved as it goes, and usage,
    // the cache and the history live in the same SQLite file as rostrum-cli's. The database opens
    // after the first frame (completeStartup).
    m_services = std::make_unique<AppServices>(
        Clock::system(), AppServices::Options {AppSettings::dataDir(), AppSettings().cacheEnabled(), true},
        m_catalog.get());
    m_keyFlow = new ApiKeyFlow(secrets, m_services.get(), this);
    applySettings();

    FontWarmup::wait();
    m_ui->setupUi(this);
    setupLayout();
    setupTranscript();
    m_history = new HistoryController(m_ui->sessionList, m_ui->sessionSearch, this);
    setupStatusBar();
    setupSession();
    setupActions();
    setupFirstRun();
    statusBar()->showMessage(tr("Ready"));
    setupHistory();
    AccessibleNames::complete(this);
    restoreWindowState();
    updateActions();
    m_startup = new StartupSequencer(this);
    connect(m_startup, &StartupSequencer::due, this, &MainWindow::completeStartup);
}

MainWindow::~MainWindow()
{
    // The session relays into the transcript and the status bar: it goes first, then the
    // services (the database finishes its queued writes).
    delete m_session;
    m_session = nullptr;
    m_services.reset();
}

void MainWindow::setupLayout()
{
    // A heading in plain text (rich text would lay out an HTML document for the first frame).
    QFont heading = m_ui->emptyTitle->font();
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.5);
    else
        heading.setPixelSize(heading.pixelSize() * 3 / 2);
    heading.setBold(true);
    m_ui->emptyTitle->setFont(heading);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({260, 700, 420});
}

void MainWindow::setupTranscript()
{
    m_pane = new DebatePane(m_ui.get(), this);
    m_transcript = m_pane->transcript()->model();
    connect(m_pane, &DebatePane::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::setupStatusBar()
{
    m_status = new StatusIndicators(statusBar());
    auto *badge = new DeprecationBadge(statusBar());
    statusBar()->addPermanentWidget(badge);
    statusBar()->addPermanentWidget(m_status);
    connect(m_catalog.get(), &ModelCatalog::deprecationNoticed, this,
            [this, badge](const QString &, const QDateTime &, const QString &message) {
                badge->addNotice(message);
                statusBar()->showMessage(message, 20000);
            });
    m_files = new DebateFileJobs(statusBar(), this, this);
    connect(m_files, &DebateFileJobs::busyChanged, this, &MainWindow::updateActions);
    connect(m_files, &DebateFileJobs::opened, this, [this](const DebateRecord &record) {
        showDebate(record);
        emit debateOpened(record.id);
    });
    connect(m_files, &DebateFileJobs::exported, this, &MainWindow::exportFinished);
}

void MainWindow::setupSession()
{
    m_session = new DebateSession(m_transcript, m_status, m_services.get(), this);
    m_pane->attach(m_session, m_services.get());
    connect(m_session, &DebateSession::votesChanged, this, [this] {
        m_record = m_session->record();
        sessions()->upsert(SessionRowFactory::sessionRow(m_record));
    });
    connect(m_session, &DebateSession::stateChanged, this, &MainWindow::updateActions);
    connect(m_session, &DebateSession::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_session, &DebateSession::finished, this, [this] {
        m_record = m_session->record();
        showDebate(m_record);
        statusBar()->showMessage(tr("The debate has ended."), 6000);
    });
    // The dock and its actions now; the charts when the dock is first shown; its sources (the
    // database) in completeStartup.
    m_dashboard = new DashboardHost(this, m_ui->menuView);
    m_arena = new ArenaHost(this, m_ui->menuView);
    connect(m_arena, &ArenaHost::debateActivated, this, [this](const QString &id) {
        openSavedDebate(id);
        raise(); // the arena window had the focus
        activateWindow();
    });
    connect(m_session, &DebateSession::stateChanged, this, [this](DebateEngine::State state) {
        if (state != DebateEngine::State::Running)
            return;
        const DebateRecord record = m_session->record();
        m_dashboard->setCurrentDebate(record.id, record.spec.budgetUsd.value_or(0.0));
    });
}

void MainWindow::setupHistory()
{
    connect(m_history, &HistoryController::openRequested, this, &MainWindow::openSavedDebate);
    connect(m_history, &HistoryController::loaded, this, &MainWindow::historyLoaded);
    connect(m_history, &HistoryController::searched, this, &MainWindow::historySearched);
    connect(m_history, &HistoryController::debateLoaded, this, [this](const QString &id, const DebateRecord &record) {
        showDebate(record);
        statusBar()->showMessage(
            canResume() ? tr("Opened. This debate did not finish: Resume continues it.") : tr("Opened."), 6000);
        emit debateOpened(id);
    });
    connect(m_history, &HistoryController::debateMissing, this, [this] {
        statusBar()->showMessage(tr("That debate is no longer in the database."), 6000);
        updateActions();
    });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_startup->windowShown();
}

void MainWindow::completeStartup()
{
    if (!m_startup->markComplete())
        return;
    m_services->openDatabase();
    applySettings(); // the cache exists now
    // The dashboard reads the same database the debates and usage are saved in, off the GUI thread.
    if (m_services->database())
        m_dashboard->attach(m_services->database(), m_services->tracker(), m_services->limiter(), m_services->clock());
    m_arena->attach(m_services->database());
    m_history->open(m_services->database());
    if (!m_services->database())
        statusBar()->showMessage(
            tr("Debates will not be saved: the database could not be opened (%1).").arg(m_services->databaseError()),
            15000);
    updateActions();
    m_keyFlow->check(ApiKeyFlow::Check::Startup);
    emit startupCompleted();
}

AppServices *MainWindow::services() const
{
    const_cast<MainWindow *>(this)->completeStartup();
    return m_services.get();
}

DebateHistory *MainWindow::history() const
{
    const_cast<MainWindow *>(this)->completeStartup();
    return m_history->history();
}

void MainWindow::applySettings()
{
    const AppSettings s;
    m_services->setRateLimits(s.rateProfile(), s.rateOverrides());
    m_services->setCacheSettings(s.cacheEnabled(), qint64(s.cacheTtlMinutes()) * 60 * 1000, s.cacheMaxEntries());
}

void MainWindow::openSavedDebate(const QString &id)
{
    completeStartup();
    if (id.isEmpty() || !m_history->history())
        return;
    if (m_session->isActive()) {
        // The running debate is already on screen, and live.
        if (m_session->record().id != id)
            statusBar()->showMessage(tr("Stop the running debate before opening another one."), 5000);
        return;
    }
    statusBar()->showMessage(tr("Opening the saved debate…"));
    m_history->load(id);
}

bool MainWindow::canResume() const
{
    return m_services->debates() && !m_record.id.isEmpty() && !(m_session && m_session->isActive())
        && (m_record.status == DebateRecord::Status::Interrupted || m_record.status == DebateRecord::Status::Stopped);
}

void MainWindow::resumeDebate()
{
    completeStartup();
    if (!canResume())
        return;
    const DebateRecord saved = m_record;
    launch(
        tr("Resume Debate"), [this, saved](QString *error) { return m_session->resume(saved, error); },
        [this] { statusBar()->showMessage(tr("Resuming the debate."), 4000); });
}

void MainWindow::launch(const QString &title, std::function<bool(QString *error)> begin, std::function<void()> shown)
{
    completeStartup(); // the debate is saved as it goes
    m_keyFlow->withKey(
        this,
        [this, title, begin = std::move(begin), shown = std::move(shown)](const QUrl &endpoint, const QString &key) {
            m_session->configure(endpoint, key);
            QString error;
            if (!begin(&error)) {
                MessageBoxes::warning(this, title, error);
                return;
            }
            m_record = m_session->record();
            shown();
            updateActions();
        });
}

void MainWindow::setupActions()
{
    m_actions = new MainWindowActions(m_ui.get(), this);
    m_studio = new DebateStudio(this, m_ui.get(), m_session, m_pane->transcript(), m_files);
    connect(m_actions->resumeAction(), &QAction::triggered, this, &MainWindow::resumeDebate);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionNewDebate, &QAction::triggered, this, &MainWindow::newDebate);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionOpen, &QAction::triggered, m_files, &DebateFileJobs::chooseAndOpen);
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        const QString path = m_files->chooseExportPath(m_record.spec.motion);
        if (!path.isEmpty())
            exportDebate(path);
    });
    connect(m_ui->actionCopy, &QAction::triggered, m_pane->transcript(), &TranscriptController::copySelection);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->transcriptSearch->setFocus();
        m_ui->transcriptSearch->selectAll();
    });
    connect(m_ui->actionStartPause, &QAction::triggered, this, [this] {
        if (m_session->isActive())
            m_session->togglePause();
        else
            newDebate();
    });
    connect(m_ui->actionStop, &QAction::triggered, m_session, &DebateSession::stop);
    m_fork = new ForkController(
        m_pane->transcript(), m_catalog.get(), [this] { return m_record; }, this);
    m_ui->menuDebate->addAction(m_fork->action());
    connect(m_fork, &ForkController::forkRequested, this, &MainWindow::startFork);
    connect(m_fork, &ForkController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_ui->actionRegenerate, &QAction::triggered, this, [this] {
        if (!m_session->regenerate())
            statusBar()->showMessage(tr("Only the latest speech can be asked again, once nothing is streaming."), 5000);
        updateActions(); // a stopped debate reopens to regenerate without a new state: Stop comes back
    });
}

void MainWindow::setupFirstRun()
{
    m_firstRun = new FirstRunPage(m_ui.get(), m_keyFlow, this);
    connect(m_firstRun, &FirstRunPage::settingsRequested, this, &MainWindow::showSettings);
    connect(m_firstRun, &FirstRunPage::message, statusBar(), &QStatusBar::showMessage);
    connect(m_keyFlow, &ApiKeyFlow::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::updateActions()
{
    MainWindowActions::State state;
    state.hasDebate = !m_record.id.isEmpty() || !m_record.speeches.isEmpty();
    state.busy = m_files->isBusy() || m_history->isLoading();
    state.hasTranscript = m_transcript->rowCount() > 0;
    state.hasEngine = m_session && m_session->engine();
    state.active = m_session && m_session->isActive();
    state.engineState = m_session ? m_session->state() : DebateEngine::State::Idle;
    state.hasSpeeches = state.hasEngine && !m_session->record().speeches.isEmpty();
    state.canResume = canResume();
    m_actions->update(state);
    if (m_fork)
        m_fork->setBusy(state.active || state.busy || m_record.id.isEmpty());
    m_studio->updateActions();
}

void MainWindow::showDebate(const DebateRecord &record)
{
    m_record = record;
    const qint64 tokens = m_pane->show(record);
    setWindowTitle(record.spec.motion + QStringLiteral(" — Rostrum"));
    m_status->setUsage(tokens, record.costUsd, true, record.spec.budgetUsd.value_or(-1));
    sessions()->upsert(SessionRowFactory::sessionRow(record));
    updateActions();
}

void MainWindow::openDebateFile(const QString &path)
{
    m_files->open(path);
}

void MainWindow::exportDebate(const QString &path)
{
    m_transcript->flush();
    if (m_session->engine())
        m_record = m_session->record();
    m_files->exportTo(m_record, path, m_studio->includeReasoning());
}

void MainWindow::newDebate()
{
    auto *dialog = new DebateSetupDialog(m_catalog.get(), this);
    dialog->setTokenCounter(m_services->tokens());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DebateSpec spec = dialog->spec();
        emit debateRequested(spec);
        startDebate(spec, dialog->voteBefore());
    });
    dialog->open();
}

void MainWindow::startDebate(const DebateSpec &spec, const std::optional<AudienceVote> &voteBefore)
{
    launch(
        tr("New Debate"),
        [this, spec, voteBefore](QString *error) {
            if (!m_session->start(spec, error))
                return false;
            if (voteBefore)
                m_session->setVoteBefore(*voteBefore); // before the first speech: the engine runs it queued
            return true;
        },
        [this] { showStarted(m_record); });
}

void MainWindow::showStarted(const DebateRecord &record)
{
    // The new debate is in the database already: list it now, not when it ends.
    if (!record.id.isEmpty())
        sessions()->upsert(SessionRowFactory::startedSessionRow(record));
    m_pane->showStarted(record.spec);
    setWindowTitle(record.spec.motion + QStringLiteral(" — Rostrum"));
}

void MainWindow::startFork(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters)
{
    launch(
        tr("Continue from Here"),
        [this, parent, atSpeech, debaters](QString *error) {
            return m_session->fork(parent, atSpeech, debaters, error);
        },
        [this] {
            showDebate(m_record); // the shared speeches; the list shows the fork under its parent
            statusBar()->showMessage(tr("A new debate continues from speech %1.").arg(m_record.forkAt), 6000);
        });
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_keyFlow->keys(), m_catalog.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, [this] {
        m_firstRun->leave();
        applySettings();
        m_keyFlow->check(ApiKeyFlow::Check::SettingsChanged);
    });
    connect(dialog, &SettingsDialog::verifyRequested, this,
            [this, dialog](const QString &key, const QUrl &endpoint) { m_keyFlow->verify(dialog, key, endpoint); });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rostrum"),
                       tr("<h3>Rostrum %1</h3>"
                          "<p>AI debates on the Mistral API: debaters argue a motion over rounds, "
                          "in your language or about your code, with a judge, a budget and live charts.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_ui->mainSplitter->restoreState(settings.splitterState());
}

void MainWindow::saveWindowState()
{
    AppSettings().setWindowLayout(saveGeometry(), saveState(), m_ui->mainSplitter->saveState());
}

} // namespace rostrum::gui
