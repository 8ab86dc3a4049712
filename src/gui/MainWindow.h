#pragma once

#include "debate/DebateRecord.h"
#include "HistoryController.h"
#include "StartupSequencer.h"

#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace rostrum {
class AppServices;
class DebateHistory;
class ModelCatalog;
class SecretStore;
} // namespace rostrum

namespace rostrum::gui {

class ApiKeyFlow;
class ArenaHost;
class DashboardHost;
class DebateFileJobs;
class DebatePane;
class DebateSession;
class DebateStudio;
class FirstRunPage;
class ForkController;
class MainWindowActions;
class SessionListModel;
class StatusIndicators;
class TranscriptModel;

// The main window: its layout and its actions. The work behind them is done by DebateSession (the
// running debate), DebatePane (the motion, transcript and code), DebateFileJobs (open and export),
// ApiKeyFlow and FirstRunPage (the key), HistoryController (the session list), MainWindowActions
// (what the actions look like and when they are enabled) and StartupSequencer (what waits until
// the first frame).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // secrets: where the API key lives (the OS keychain when null). Not owned when given.
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    TranscriptModel *transcript() const { return m_transcript; }
    StatusIndicators *statusIndicators() const { return m_status; }
    // The dashboard dock and window (View → Dashboard, Ctrl+D); attach() gives it its sources.
    DashboardHost *dashboard() const { return m_dashboard; }
    // The Arena window (View → Arena, Ctrl+Shift+A); a debate activated in it opens here.
    ArenaHost *arena() const { return m_arena; }
    SessionListModel *sessions() const { return m_history->sessions(); }
    ModelCatalog *catalog() const { return m_catalog.get(); }
    const DebateRecord &currentDebate() const { return m_record; }
    DebateSession *debateSession() const { return m_session; }
    // The database, the history, the dashboard's sources and the keychain lookup wait until the
    // window has painted its first frame (startupCompleted follows); asking for the services or
    // the history, or starting or opening a debate, completes the startup at once.
    AppServices *services() const;
    // Null when the database could not be opened (the window then says so once).
    DebateHistory *history() const;
    void completeStartup();
    bool isStartupComplete() const { return m_startup->isComplete(); }

    // Starts a debate on the configured endpoint with the stored key (looked up asynchronously); an Oxford
    // debate may bring the audience's vote before it.
    void startDebate(const DebateSpec &spec, const std::optional<AudienceVote> &voteBefore = std::nullopt);

    // Shows a debate (opened from a file or the store): transcript, code pane, motion, usage.
    void showDebate(const DebateRecord &record);

    // Reads a debate saved as JSON off the GUI thread; debateOpened or a warning follows.
    void openDebateFile(const QString &path);
    // Writes the current debate off the GUI thread; the format follows the suffix (.md, .html, .json, .pdf).
    void exportDebate(const QString &path);

    // Loads a saved debate with its speeches off the GUI thread and shows it; debateOpened follows.
    void openSavedDebate(const QString &id);
    // Continues the debate on screen when it was interrupted or stopped before its end.
    void resumeDebate();
    bool canResume() const;
    // Starts a fork of a saved debate (Continue from here…): it shares parent's entries [0, atSpeech].
    void startFork(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters);
    // The settings of the Settings dialog (AppSettings), applied to the limiter and the cache.
    void applySettings();
    // Starts (or resumes) the session once the key is there: begin starts it, shown shows it.
    void launch(const QString &title, std::function<bool(QString *error)> begin, std::function<void()> shown);
    // Shows a debate that has just started: listed at once, its motion and code on screen.
    void showStarted(const DebateRecord &record);

public slots:
    void showAbout();
    void newDebate();
    void showSettings();

signals:
    void startupCompleted();
    void debateOpened(const QString &id);
    void historyLoaded(int count);
    // The database search for the session list's text has answered.
    void historySearched(const QString &text, int matches);
    void exportFinished(const QString &path, bool ok, const QString &error);
    // The user asked for a debate with this spec (the engine starts it).
    void debateRequested(const rostrum::DebateSpec &spec);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setupLayout();
    void setupTranscript();
    void setupStatusBar();
    void setupSession();
    void setupHistory();
    void setupActions();
    void setupFirstRun();
    void updateActions();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<AppServices> m_services; // after m_catalog: uses it, destroyed before it
    ApiKeyFlow *m_keyFlow = nullptr;
    StartupSequencer *m_startup = nullptr;
    DebateFileJobs *m_files = nullptr;
    HistoryController *m_history = nullptr;
    DebatePane *m_pane = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    ForkController *m_fork = nullptr;
    MainWindowActions *m_actions = nullptr;
    TranscriptModel *m_transcript = nullptr;
    StatusIndicators *m_status = nullptr;
    DashboardHost *m_dashboard = nullptr;
    ArenaHost *m_arena = nullptr;
    DebateSession *m_session = nullptr;
    DebateStudio *m_studio = nullptr;
    DebateRecord m_record;
};

} // namespace rostrum::gui
