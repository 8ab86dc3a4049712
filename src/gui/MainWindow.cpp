#include "MainWindow.h"

#include "api/MistralClient.h"
#include "AppTranslator.h"
#include "clock/Clock.h"
#include "CodePane.h"
#include "dashboard/DashboardHost.h"
#include "debate/CodeEvidence.h"
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "export/DebateExporter.h"
#include "export/HtmlExporter.h"
#include "FontWarmup.h"
#include "GlyphIcons.h"
#include "MessageBoxes.h"
#include "models/ModelCatalog.h"
#include "RostrumVersion.h"
#include "security/ApiKeyStore.h"
#include "security/KeychainSecretStore.h"
#include "security/KeyVerifier.h"
#include "session/AppServices.h"
#include "session/DebateHistory.h"
#include "SessionFilterModel.h"
#include "SessionListModel.h"
#include "SettingsDialog.h"
#include "SettingsKeys.h"
#include "StatusIndicators.h"
#include "TranscriptDelegate.h"
#include "TranscriptModel.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPageSize>
#include <QPdfWriter>
#include <QPointer>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextDocument>
#include <QWindow>

namespace rostrum::gui {

namespace {

struct OpenResult
{
    bool ok = false;
    QString error;
    DebateRecord record;
};

struct ExportResult
{
    bool ok = false;
    QString error;
};

// Runs off the GUI thread: the HTML export laid out by Qt's own text engine, printed to PDF.
ExportResult writePdf(const DebateRecord &record, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(record.spec.motion);
    writer.setCreator(QStringLiteral("Rostrum"));
    QTextDocument doc;
    doc.setHtml(HtmlExporter::toHtml(record));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return {false, QObject::tr("Could not write %1").arg(path)};
    return {true, {}};
}

// Where the key came from, remembered so that the next start knows whether to read the keychain.
void rememberKeySource(const QUrl &endpoint, const ApiKeyStore::KeyResult &result)
{
    QSettings settings;
    if (result.source == ApiKeyStore::Source::Keychain)
        settings.setValue(SettingsKeys::keyFoundFor(), endpoint.toString());
    else if (result.source == ApiKeyStore::Source::None
             && settings.value(SettingsKeys::keyFoundFor()).toString() == endpoint.toString())
        settings.remove(SettingsKeys::keyFoundFor());
}

} // namespace

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalog(std::make_unique<ModelCatalog>())
    , m_secrets(secrets)
{
    // What needs no font comes first, while FontWarmup may still be reading the font configuration.
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(Clock::system(), this);
    m_keys = new ApiKeyStore(m_secrets, Clock::system(), this);
    m_catalog->loadDefaults(dataDir());
    // One pipeline and one database for the window: every debate is saved as it goes, and usage,
    // the cache and the history live in the same SQLite file as rostrum-cli's. The database opens
    // after the first frame (completeStartup).
    m_services = std::make_unique<AppServices>(
        Clock::system(),
        AppServices::Options {dataDir(), QSettings().value(SettingsKeys::cacheEnabled(), true).toBool(), true},
        m_catalog.get());
    applySettings();

    FontWarmup::wait();
    m_ui->setupUi(this);
    // The stack sizes itself to its largest page, hidden ones included: the welcome text would be
    // laid out for every window (the splitter below measures it at once). It joins the stack when
    // it is shown (showFirstRunPage).
    m_ui->transcriptStack->removeWidget(m_ui->firstRunPage);

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
    m_ui->codePane->setVisible(false);

    m_transcript = new TranscriptModel(this);
    m_delegate = new TranscriptDelegate(m_ui->transcriptView);
    m_ui->transcriptView->setModel(m_transcript);
    m_ui->transcriptView->setItemDelegate(m_delegate);
    m_ui->transcriptView->setLayoutMode(QListView::Batched);
    m_ui->transcriptView->setBatchSize(50);
    m_ui->transcriptView->setResizeMode(QListView::Adjust);
    m_ui->transcriptView->setWordWrap(true);
    connect(m_delegate, &TranscriptDelegate::citationActivated, this, [this](int line) {
        m_ui->codePane->setVisible(true);
        m_ui->actionShowCode->setChecked(true);
        if (!m_ui->codePane->jumpToLine(line))
            statusBar()->showMessage(tr("Line %1 is not in the code.").arg(line), 4000);
    });
    // Follow the newest text while the reader is at the bottom; leave them alone when they scrolled up.
    connect(m_transcript, &QAbstractItemModel::rowsInserted, this, [this] {
        auto *bar = m_ui->transcriptView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 4)
            QMetaObject::invokeMethod(m_ui->transcriptView, &QAbstractItemView::scrollToBottom, Qt::QueuedConnection);
    });

    m_sessions = new SessionListModel(this);
    m_sessionFilter = new SessionFilterModel(this);
    m_sessionFilter->setSourceModel(m_sessions);
    m_ui->sessionList->setModel(m_sessionFilter);
    m_ui->sessionList->setTextElideMode(Qt::ElideRight);
    m_ui->sessionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->sessionList->setUniformItemSizes(true);

    m_status = new StatusIndicators(statusBar());
    m_deprecationBadge = new QLabel(statusBar());
    m_deprecationBadge->setObjectName(QStringLiteral("deprecationBadge"));
    m_deprecationBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_deprecationBadge);
    statusBar()->addPermanentWidget(m_status);
    connect(
        m_catalog.get(), &ModelCatalog::deprecationNoticed, this,
        [this](const QString &model, const QDateTime &, const QString &message) { showDeprecation(model, message); });

    connect(m_ui->transcriptSearch, &QLineEdit::textChanged, m_delegate, &TranscriptDelegate::setHighlightTerm);
    connect(m_ui->transcriptSearch, &QLineEdit::returnPressed, this, &MainWindow::findNext);

    m_session = new DebateSession(m_transcript, m_status, m_services.get(), this);
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
    connect(m_session, &DebateSession::stateChanged, this, [this](DebateEngine::State state) {
        if (state != DebateEngine::State::Running)
            return;
        const DebateRecord record = m_session->record();
        m_dashboard->setCurrentDebate(record.id, record.spec.budgetUsd.value_or(0.0));
    });
    setupActions();
    setupFirstRun();
    statusBar()->showMessage(tr("Ready"));
    setupHistory();
    restoreWindowState();
    updateActions();
    // Not shown (a test, a window built for later): the rest of the startup comes at the next turn
    // of the event loop, or when something needs it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isVisible())
                completeStartup();
        },
        Qt::QueuedConnection);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_started || m_startQueued)
        return;
    m_startQueued = true;
    // The window paints its first frame while it handles its first expose; what is not needed for
    // that frame comes right after it. A window that is never exposed (minimized, a platform
    // without expose events) completes its startup half a second after it is shown.
    if (QWindow *handle = windowHandle())
        handle->installEventFilter(this);
    Clock::system()->callLater(500, this, [this] { completeStartup(); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_historyPlaceholder && watched == m_ui->sessionList->viewport())
        m_historyPlaceholder->setGeometry(m_ui->sessionList->viewport()->rect());
    if (event->type() == QEvent::Expose && watched == windowHandle() && windowHandle()->isExposed()) {
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &MainWindow::completeStartup, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::completeStartup()
{
    if (m_started)
        return;
    m_started = true;
    if (QWindow *handle = windowHandle())
        handle->removeEventFilter(this);
    m_services->openDatabase();
    applySettings(); // the cache exists now
    // The dashboard reads the same database the debates and usage are saved in, off the GUI thread.
    if (m_services->database())
        m_dashboard->attach(m_services->database(), m_services->tracker(), m_services->limiter(), m_services->clock());
    openHistory();
    updateActions();
    checkForKey(KeyCheck::Startup);
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
    return m_history;
}

MainWindow::~MainWindow()
{
    if (m_searchTimer)
        Clock::system()->cancel(m_searchTimer);
    // The session relays into the transcript and the status bar: it goes first, then the
    // services (the database finishes its queued writes).
    delete m_session;
    m_session = nullptr;
    m_services.reset();
}

QString MainWindow::dataDir()
{
    const QString env = qEnvironmentVariable("ROSTRUM_DATA_DIR");
    return env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : env;
}

void MainWindow::applySettings()
{
    QSettings s;
    const QString profile = s.value(SettingsKeys::rateProfile(), QStringLiteral("auto")).toString();
    RateLimiter::Overrides overrides;
    // The three figures apply with the custom profile; the others come with their own limits.
    if (profile == QLatin1String("custom")) {
        overrides.requestsPerSecond = s.value(SettingsKeys::customRps(), 1).toDouble();
        overrides.requestsPerMinute = s.value(SettingsKeys::customRpm(), 60).toInt();
        overrides.tokensPerMinute = s.value(SettingsKeys::customTpm(), 500000).toLongLong();
    }
    m_services->setRateLimits(profile, overrides);
    m_services->setCacheSettings(s.value(SettingsKeys::cacheEnabled(), true).toBool(),
                                 s.value(SettingsKeys::cacheTtlMinutes(), 60).toLongLong() * 60 * 1000,
                                 s.value(SettingsKeys::cacheMaxEntries(), 1000).toInt());
}

void MainWindow::setupHistory()
{
    connect(m_ui->sessionSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The motion and this window's text filter at once; the database search waits for a pause in typing.
        m_sessionFilter->setText(text);
        if (m_searchTimer)
            Clock::system()->cancel(m_searchTimer);
        m_searchTimer = Clock::system()->callLater(200, this, [this] {
            m_searchTimer = 0;
            searchHistory();
        });
    });
    const auto open = [this](const QModelIndex &index) {
        openSavedDebate(index.data(SessionListModel::SessionIdRole).toString());
    };
    connect(m_ui->sessionList, &QAbstractItemView::activated, this, open);
    connect(m_ui->sessionList, &QAbstractItemView::clicked, this, open);
    // Until the history has been read (after the first frame, off the GUI thread).
    m_historyPlaceholder = new QLabel(tr("Loading saved debates…"), m_ui->sessionList->viewport());
    m_historyPlaceholder->setObjectName(QStringLiteral("historyPlaceholder"));
    m_historyPlaceholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_historyPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_historyPlaceholder->setContentsMargins(6, 12, 6, 6);
    m_historyPlaceholder->setWordWrap(true);
    m_historyPlaceholder->setGeometry(m_ui->sessionList->viewport()->rect());
    m_ui->sessionList->viewport()->installEventFilter(this);
    connect(this, &MainWindow::historyLoaded, m_historyPlaceholder, &QWidget::hide);
}

void MainWindow::openHistory()
{
    if (!m_services->database()) {
        m_historyPlaceholder->hide();
        statusBar()->showMessage(
            tr("Debates will not be saved: the database could not be opened (%1).").arg(m_services->databaseError()),
            15000);
        return;
    }
    m_history = new DebateHistory(m_services->database(), this);
    reloadHistory();
}

void MainWindow::reloadHistory()
{
    completeStartup();
    if (!m_history)
        return;
    m_history->list(this, [this](const QList<DebateSummary> &saved) {
        QList<SessionRow> rows;
        rows.reserve(saved.size());
        for (const DebateSummary &d : saved) {
            SessionRow r;
            r.id = d.id;
            r.motion = d.motion;
            r.language = d.language;
            r.format = d.format;
            r.status = DebateRecord::statusName(d.status);
            r.createdAt = d.created;
            r.speechCount = d.speeches;
            r.costUsd = d.costUsd;
            rows.append(r);
        }
        // What this window holds in memory (the debate on screen, with its text) stays as it is.
        for (int i = 0; i < m_sessions->rowCount(); ++i) {
            const SessionRow &mine = m_sessions->session(i);
            const auto it =
                std::find_if(rows.begin(), rows.end(), [&mine](const SessionRow &r) { return r.id == mine.id; });
            if (it == rows.end())
                rows.append(mine);
            else if (!mine.fullText.isEmpty())
                it->fullText = mine.fullText;
        }
        const int count = int(saved.size());
        m_sessions->setSessions(std::move(rows));
        emit historyLoaded(count);
    });
}

void MainWindow::searchHistory()
{
    const QString text = m_ui->sessionSearch->text().trimmed();
    if (!m_history || text.isEmpty())
        return;
    m_history->search(text, this, [this](const QString &asked, const QStringList &ids) {
        m_sessionFilter->setMatchingIds(asked, ids);
        emit historySearched(asked, int(ids.size()));
    });
}

void MainWindow::openSavedDebate(const QString &id)
{
    completeStartup();
    if (id.isEmpty() || !m_history)
        return;
    // The running debate is already on screen, and live.
    if (m_session->isActive() && m_session->record().id == id)
        return;
    if (m_session->isActive()) {
        statusBar()->showMessage(tr("Stop the running debate before opening another one."), 5000);
        return;
    }
    ++m_busy;
    statusBar()->showMessage(tr("Opening the saved debate…"));
    m_history->load(id, this, [this, id](const std::optional<DebateRecord> &record) {
        --m_busy;
        if (!record) {
            statusBar()->showMessage(tr("That debate is no longer in the database."), 6000);
            updateActions();
            return;
        }
        showDebate(*record);
        statusBar()->showMessage(
            canResume() ? tr("Opened. This debate did not finish: Resume continues it.") : tr("Opened."), 6000);
        emit debateOpened(id);
    });
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
    const QUrl endpoint = SettingsDialog::endpointFromSettings();
    m_keys->load(endpoint, this, [this, saved, endpoint](const ApiKeyStore::KeyResult &r) {
        if (keyMissing(endpoint, r))
            return;
        m_session->configure(endpoint, r.key);
        QString error;
        if (!m_session->resume(saved, &error)) {
            MessageBoxes::warning(this, tr("Resume Debate"), error);
            return;
        }
        m_record = m_session->record();
        statusBar()->showMessage(tr("Resuming the debate."), 4000);
        updateActions();
    });
}

void MainWindow::showDeprecation(const QString &model, const QString &message)
{
    m_deprecationMessages.append(message);
    m_deprecationBadge->setText(tr("⚠ %n deprecated model(s)", nullptr, int(m_deprecationMessages.size())));
    m_deprecationBadge->setToolTip(m_deprecationMessages.join(QLatin1Char('\n')));
    m_deprecationBadge->setAccessibleName(tr("Deprecated models"));
    m_deprecationBadge->setAccessibleDescription(m_deprecationBadge->toolTip());
    m_deprecationBadge->setVisible(true);
    statusBar()->showMessage(message, 20000);
    Q_UNUSED(model)
}

void MainWindow::setupActions()
{
    m_ui->actionNewDebate->setIcon(glyphIcon(Glyph::NewDebate));
    m_ui->actionOpen->setIcon(glyphIcon(Glyph::Open));
    m_ui->actionStartPause->setIcon(glyphIcon(Glyph::Start));
    m_ui->actionStop->setIcon(glyphIcon(Glyph::Stop));
    m_ui->actionRegenerate->setIcon(glyphIcon(Glyph::Regenerate));
    m_ui->actionExport->setIcon(glyphIcon(Glyph::Export));
    m_ui->actionSettings->setIcon(glyphIcon(Glyph::Settings));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionNewDebate->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    // Ctrl+, from the form stays where the platform has no Preferences key of its own.
    if (!QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    // Copy belongs to the transcript, so it does not steal Ctrl+C from text fields.
    m_ui->actionCopy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->transcriptView->addAction(m_ui->actionCopy);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionNewDebate, &QAction::triggered, this, &MainWindow::newDebate);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseOpenFile);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_ui->actionCopy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->transcriptSearch->setFocus();
        m_ui->transcriptSearch->selectAll();
    });
    connect(m_ui->actionShowCode, &QAction::toggled, m_ui->codePane, &QWidget::setVisible);
    connect(m_ui->actionStartPause, &QAction::triggered, this, [this] {
        if (m_session->isActive())
            m_session->togglePause();
        else
            newDebate();
    });
    connect(m_ui->actionStop, &QAction::triggered, m_session, &DebateSession::stop);
    m_resumeAction = new QAction(tr("Res&ume Saved Debate"), this);
    m_resumeAction->setObjectName(QStringLiteral("actionResumeDebate"));
    m_resumeAction->setToolTip(tr("Continue a debate that was interrupted or stopped before its end"));
    m_resumeAction->setIcon(glyphIcon(Glyph::Resume));
    m_ui->menuDebate->insertAction(m_ui->actionStop, m_resumeAction);
    connect(m_resumeAction, &QAction::triggered, this, &MainWindow::resumeDebate);
    connect(m_ui->actionRegenerate, &QAction::triggered, this, [this] {
        if (!m_session->regenerate())
            statusBar()->showMessage(tr("Only the latest speech can be asked again, once nothing is streaming."), 5000);
    });
}

void MainWindow::setupFirstRun()
{
    connect(m_ui->firstRunSaveButton, &QPushButton::clicked, this, [this] {
        const QString key = m_ui->firstRunKeyEdit->text().trimmed();
        if (key.isEmpty()) {
            m_ui->firstRunStatus->setText(tr("Paste a key first."));
            return;
        }
        const QString warning = ApiKeyStore::formatWarning(key);
        m_ui->firstRunSaveButton->setEnabled(false);
        m_ui->firstRunStatus->setText(tr("Saving…"));
        const QUrl endpoint = SettingsDialog::endpointFromSettings();
        m_keys->store(endpoint, key, this, [this, warning, endpoint](const ApiKeyStore::KeyResult &r) {
            m_ui->firstRunSaveButton->setEnabled(true);
            m_ui->firstRunKeyEdit->clear();
            rememberKeySource(endpoint, r);
            if (r.source == ApiKeyStore::Source::None) {
                m_ui->firstRunStatus->setText(r.message);
                return;
            }
            QSettings().setValue(SettingsKeys::firstRunDone(), true);
            m_ui->transcriptStack->setCurrentWidget(m_ui->emptyPage);
            QString msg = tr("Key saved (%1).").arg(ApiKeyStore::sourceText(r.source));
            if (!warning.isEmpty())
                msg += QLatin1Char(' ') + warning;
            statusBar()->showMessage(msg, 8000);
        });
    });
    connect(m_ui->firstRunEndpointButton, &QPushButton::clicked, this, &MainWindow::showSettings);
    connect(m_ui->firstRunSkipButton, &QPushButton::clicked, this,
            [this] { m_ui->transcriptStack->setCurrentWidget(m_ui->emptyPage); });
}

void MainWindow::showFirstRunPage()
{
    if (m_ui->transcriptStack->indexOf(m_ui->firstRunPage) < 0)
        m_ui->transcriptStack->addWidget(m_ui->firstRunPage);
    m_ui->transcriptStack->setCurrentWidget(m_ui->firstRunPage);
}

void MainWindow::setMotionTitle(const QString &motion)
{
    m_ui->motionTitle->setText(QStringLiteral("<h2>") + motion.toHtmlEscaped() + QStringLiteral("</h2>"));
    // Selectable once there is a motion: a selectable label builds a text document even when empty.
    m_ui->motionTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

bool MainWindow::keyMissing(const QUrl &endpoint, const ApiKeyStore::KeyResult &result)
{
    rememberKeySource(endpoint, result);
    if (result.source != ApiKeyStore::Source::None || endpoint.host() != SettingsDialog::defaultEndpoint().host())
        return false;
    // Mistral's API would only answer 401: ask for the key instead (it may have been removed from the
    // keychain since the last start, which then did not read it).
    showFirstRunPage();
    statusBar()->showMessage(result.message.isEmpty()
                                 ? tr("Mistral's API needs a key: paste yours here, or choose a custom endpoint.")
                                 : result.message,
                             10000);
    return true;
}

void MainWindow::checkForKey(KeyCheck when)
{
    const QUrl endpoint = SettingsDialog::endpointFromSettings();
    // A custom endpoint (a proxy, the mock server) may work without a key, so only Mistral's asks for one.
    const bool needsKey = endpoint.host() == SettingsDialog::defaultEndpoint().host();
    // At startup the keychain is read only when its answer changes what the window shows: for
    // Mistral's endpoint, unless the keychain held its key last time. Reading it loads the
    // platform's secret service (and may ask to unlock it); a debate reads the key as it starts.
    if (when == KeyCheck::Startup
        && (!needsKey || QSettings().value(SettingsKeys::keyFoundFor()).toString() == endpoint.toString()))
        return;
    m_keys->load(endpoint, this, [this, endpoint, needsKey](const ApiKeyStore::KeyResult &r) {
        rememberKeySource(endpoint, r);
        if (r.source == ApiKeyStore::Source::None && needsKey
            && m_ui->transcriptStack->currentWidget() == m_ui->emptyPage)
            showFirstRunPage();
        if (!r.message.isEmpty())
            statusBar()->showMessage(r.message, 10000);
    });
}

void MainWindow::updateActions()
{
    const bool hasDebate = !m_record.id.isEmpty() || !m_record.speeches.isEmpty();
    m_ui->actionExport->setEnabled(hasDebate && m_busy == 0);
    m_ui->actionCopy->setEnabled(m_transcript->rowCount() > 0);
    const bool active = m_session && m_session->isActive();
    const auto state = m_session ? m_session->state() : DebateEngine::State::Idle;
    m_ui->actionStartPause->setEnabled(true);
    m_ui->actionStartPause->setText(!active                                    ? tr("&Start")
                                        : state == DebateEngine::State::Paused ? tr("&Resume")
                                                                               : tr("&Pause"));
    m_ui->actionStartPause->setIcon(
        glyphIcon(active && state != DebateEngine::State::Paused ? Glyph::Pause : Glyph::Start));
    m_ui->actionStop->setEnabled(active);
    m_ui->actionRegenerate->setEnabled(m_session && m_session->engine() && m_session->record().speeches.size() > 0
                                       && state != DebateEngine::State::Running);
    if (m_session && m_session->engine())
        m_ui->actionExport->setEnabled(m_busy == 0);
    if (m_resumeAction)
        m_resumeAction->setEnabled(canResume());
}

SpeechRow MainWindow::rowFromSpeech(const Speech &s)
{
    SpeechRow r;
    r.id = QString::number(s.index);
    r.round = s.round;
    r.speaker = s.speaker;
    r.side = s.side == QLatin1String("pro") ? tr("for") : s.side == QLatin1String("con") ? tr("against") : s.side;
    r.sideKey = s.side;
    r.model = s.model;
    r.language = s.language;
    r.text = s.text;
    switch (s.status) {
    case Speech::Status::Streaming:
        r.flags |= SpeechRow::Streaming;
        break;
    case Speech::Status::Interrupted:
    case Speech::Status::Stopped:
        r.flags |= SpeechRow::Interrupted;
        break;
    case Speech::Status::Failed:
        r.flags |= SpeechRow::Error;
        break;
    case Speech::Status::Finished:
        break;
    }
    if (s.cached)
        r.flags |= SpeechRow::Cached;
    r.errorText = s.error;
    r.promptTokens = int(s.promptTokens);
    r.completionTokens = int(s.completionTokens);
    r.costUsd = s.costUsd;
    if (s.started.isValid() && s.updated.isValid() && s.status != Speech::Status::Streaming)
        r.latencyMs = s.started.msecsTo(s.updated);
    return r;
}

void MainWindow::showDebate(const DebateRecord &record)
{
    m_record = record;
    QList<SpeechRow> rows;
    rows.reserve(record.speeches.size());
    qint64 tokens = 0;
    QSet<int> cited;
    for (const Speech &s : record.speeches) {
        rows.append(rowFromSpeech(s));
        tokens += s.promptTokens + s.completionTokens;
        for (const Citation &c : s.citations) {
            for (int line = c.startLine; line <= c.endLine && line - c.startLine < 500; ++line)
                cited.insert(line);
        }
    }
    m_delegate->clearCache();
    m_transcript->setSpeeches(std::move(rows));
    setMotionTitle(record.spec.motion);
    m_ui->transcriptStack->setCurrentWidget(m_ui->transcriptPage);
    const bool hasCode = !record.spec.code.isEmpty();
    if (hasCode) {
        m_ui->codePane->setCode(record.spec.code.text,
                                record.spec.code.language.isEmpty()
                                    ? CodeHighlighter::languageFromFileName(record.spec.code.fileName)
                                    : CodeHighlighter::languageFromName(record.spec.code.language));
        m_ui->codePane->setCitedLines(cited);
    }
    m_ui->codePane->setVisible(hasCode);
    m_ui->actionShowCode->setChecked(hasCode);
    m_status->setUsage(tokens, record.costUsd, true, record.spec.budgetUsd.value_or(-1));
    setWindowTitle(record.spec.motion + QStringLiteral(" — Rostrum"));

    SessionRow session;
    session.id = record.id.isEmpty() ? record.spec.motion : record.id;
    session.motion = record.spec.motion;
    session.language = record.spec.language;
    session.format = record.spec.format;
    session.status = DebateRecord::statusName(record.status);
    session.createdAt = record.created;
    session.speechCount = int(record.speeches.size());
    session.costUsd = record.costUsd;
    session.isCode = hasCode;
    QStringList text;
    for (const Speech &s : record.speeches)
        text.append(s.text);
    session.fullText = text.join(QLatin1Char('\n'));
    m_sessions->upsert(session);
    updateActions();
}

void MainWindow::openDebateFile(const QString &path)
{
    ++m_busy;
    auto *progress = new QProgressBar(statusBar());
    progress->setObjectName(QStringLiteral("busyProgress"));
    progress->setRange(0, 0);
    progress->setMaximumWidth(120);
    statusBar()->addWidget(progress);
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<OpenResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        progress->deleteLater();
        --m_busy;
        const OpenResult r = watcher->result();
        if (!r.ok) {
            statusBar()->clearMessage();
            MessageBoxes::warning(this, tr("Open Debate"), r.error);
            updateActions();
            return;
        }
        showDebate(r.record);
        statusBar()->showMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()), 4000);
        emit debateOpened(r.record.id);
    });
    // Parsing a long debate is the slow part, so it happens on a worker thread.
    watcher->setFuture(QtConcurrent::run([path] {
        OpenResult r;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.error = tr("Could not open %1: %2").arg(path, f.errorString());
            return r;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (!doc.isObject()) {
            r.error = tr("%1 is not a Rostrum debate (%2).").arg(QFileInfo(path).fileName(), err.errorString());
            return r;
        }
        r.record = DebateRecord::fromJson(doc.object());
        r.ok = true;
        return r;
    }));
}

void MainWindow::exportDebate(const QString &path)
{
    m_transcript->flush();
    if (m_session->engine())
        m_record = m_session->record();
    ++m_busy;
    updateActions();
    auto *progress = new QProgressBar(statusBar());
    progress->setObjectName(QStringLiteral("busyProgress"));
    progress->setRange(0, 0);
    progress->setMaximumWidth(120);
    statusBar()->addWidget(progress);
    statusBar()->showMessage(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        progress->deleteLater();
        --m_busy;
        updateActions();
        const ExportResult r = watcher->result();
        if (r.ok)
            statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 6000);
        else
            MessageBoxes::warning(this, tr("Export"), r.error);
        emit exportFinished(path, r.ok, r.error);
    });
    const DebateRecord record = m_record;
    watcher->setFuture(QtConcurrent::run([record, path] {
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return writePdf(record, path);
        ExportResult r;
        r.ok = DebateExporter::exportTo(record, path, &r.error);
        return r;
    }));
}

void MainWindow::chooseExportFile()
{
    QString selected;
    const QString base = m_record.spec.motion.left(40).simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Debate"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         + QLatin1Char('/') + base + QStringLiteral(".md"),
                                     tr("Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)"), &selected);
    if (!path.isEmpty())
        exportDebate(path);
}

void MainWindow::chooseOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Debate"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Rostrum debates (*.json)"));
    if (!path.isEmpty())
        openDebateFile(path);
}

void MainWindow::newDebate()
{
    auto *dialog = new DebateSetupDialog(m_catalog.get(), this);
    dialog->setTokenCounter(m_services->tokens());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DebateSpec spec = dialog->spec();
        emit debateRequested(spec);
        startDebate(spec);
    });
    dialog->open();
}

void MainWindow::startDebate(const DebateSpec &spec)
{
    completeStartup(); // the debate is saved as it goes
    const QUrl endpoint = SettingsDialog::endpointFromSettings();
    m_keys->load(endpoint, this, [this, spec, endpoint](const ApiKeyStore::KeyResult &r) {
        if (keyMissing(endpoint, r))
            return;
        m_session->configure(endpoint, r.key);
        QString error;
        if (!m_session->start(spec, &error)) {
            MessageBoxes::warning(this, tr("New Debate"), error);
            return;
        }
        m_record = m_session->record();
        // The new debate is in the database already: list it now, not when it ends.
        SessionRow row;
        row.id = m_record.id;
        row.motion = spec.motion;
        row.language = spec.language;
        row.format = spec.format;
        row.status = DebateRecord::statusName(m_record.status);
        row.createdAt = m_record.created.isValid() ? m_record.created : QDateTime::currentDateTimeUtc();
        row.isCode = !spec.code.isEmpty();
        if (!row.id.isEmpty())
            m_sessions->upsert(row);
        setMotionTitle(spec.motion);
        m_ui->transcriptStack->setCurrentWidget(m_ui->transcriptPage);
        const bool hasCode = !spec.code.isEmpty();
        if (hasCode)
            m_ui->codePane->setCode(spec.code.text, CodeHighlighter::languageFromName(spec.code.language));
        m_ui->codePane->setVisible(hasCode);
        m_ui->actionShowCode->setChecked(hasCode);
        setWindowTitle(spec.motion + QStringLiteral(" — Rostrum"));
        updateActions();
    });
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_keys, m_catalog.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, [this] {
        if (m_ui->transcriptStack->currentWidget() == m_ui->firstRunPage)
            m_ui->transcriptStack->setCurrentWidget(m_ui->emptyPage);
        applySettings();
        checkForKey(KeyCheck::SettingsChanged);
    });
    connect(dialog, &SettingsDialog::verifyRequested, this,
            [this, dialog](const QString &key, const QUrl &endpoint) { verifyKey(dialog, key, endpoint); });
    dialog->open();
}

void MainWindow::verifyKey(SettingsDialog *dialog, const QString &key, const QUrl &endpoint)
{
    QPointer<SettingsDialog> guard(dialog);
    const auto run = [guard, endpoint](const QString &k) {
        if (!guard)
            return;
        // A client of its own: the check must not wait behind, or teach limits to, a running debate.
        auto *nam = new QNetworkAccessManager(guard);
        auto *client = new MistralClient(nam, Clock::system(), nam);
        client->setBaseUrl(endpoint);
        client->setApiKey(k);
        auto *verifier = new KeyVerifier(client, Clock::system(), nam);
        // Someone waits on a button: two quick retries, not the long backoff of a debate.
        RetryPolicy::Config retry;
        retry.maxRetries = 2;
        retry.baseMs = 500;
        retry.capMs = 2000;
        verifier->setRetryConfig(retry);
        connect(verifier, &KeyVerifier::finished, guard, [guard, nam](const KeyVerifier::Result &r) {
            nam->deleteLater();
            using O = SettingsDialog::VerifyOutcome;
            switch (r.outcome) {
            case KeyVerifier::Outcome::Valid:
                guard->showVerifyResult(O::Valid, tr("%n models available", nullptr, r.modelCount));
                break;
            case KeyVerifier::Outcome::InvalidKey:
                guard->showVerifyResult(O::Rejected, r.error.userMessage());
                break;
            case KeyVerifier::Outcome::NoPayment:
                guard->showVerifyResult(O::NoQuota, r.error.userMessage());
                break;
            case KeyVerifier::Outcome::Network:
            case KeyVerifier::Outcome::Server:
                guard->showVerifyResult(O::Unreachable, r.error.userMessage());
                break;
            }
        });
        verifier->verify();
    };
    if (!key.isEmpty()) {
        run(key);
        return;
    }
    // No key typed: check the stored one.
    m_keys->load(endpoint, dialog, [guard, run](const ApiKeyStore::KeyResult &r) {
        if (!guard)
            return;
        if (r.key.isEmpty())
            guard->showVerifyResult(SettingsDialog::VerifyOutcome::Rejected, tr("no key entered or stored"));
        else
            run(r.key);
    });
}

void MainWindow::findNext()
{
    const QString needle = m_ui->transcriptSearch->text();
    const QModelIndex current = m_ui->transcriptView->currentIndex();
    const int row = m_transcript->find(needle, current.isValid() ? current.row() : -1);
    if (row < 0) {
        statusBar()->showMessage(tr("“%1” is not in the transcript.").arg(needle), 3000);
        return;
    }
    const QModelIndex idx = m_transcript->index(row);
    m_ui->transcriptView->setCurrentIndex(idx);
    m_ui->transcriptView->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void MainWindow::copySelection()
{
    QList<int> rows;
    const auto selected = m_ui->transcriptView->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    if (rows.isEmpty() && m_ui->transcriptView->currentIndex().isValid())
        rows.append(m_ui->transcriptView->currentIndex().row());
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_transcript->markdownForRows(rows));
    statusBar()->showMessage(tr("Copied %n speeches.", nullptr, int(rows.size())), 3000);
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
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->mainSplitter->saveState());
}

} // namespace rostrum::gui
