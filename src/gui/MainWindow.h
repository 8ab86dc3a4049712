#pragma once

#include "debate/DebateRecord.h"
#include "security/ApiKeyStore.h"

#include <QMainWindow>

#include <memory>

class QLabel;

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

class DebateSession;
class DashboardHost;
class SessionFilterModel;
class SettingsDialog;
class SessionListModel;
class StatusIndicators;
class TranscriptDelegate;
class TranscriptModel;
struct SpeechRow;

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
    SessionListModel *sessions() const { return m_sessions; }
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
    bool isStartupComplete() const { return m_started; }

    // The folder of the database and the catalog snapshot: ROSTRUM_DATA_DIR (as for rostrum-cli),
    // else the application data folder.
    static QString dataDir();

    // Starts a debate on the configured endpoint with the stored key (looked up asynchronously).
    void startDebate(const DebateSpec &spec);

    // Shows a debate (opened from a file or the store): transcript, code pane, motion, usage.
    void showDebate(const DebateRecord &record);
    static SpeechRow rowFromSpeech(const Speech &speech);

    // Reads a debate saved as JSON off the GUI thread; debateOpened or a warning follows.
    void openDebateFile(const QString &path);
    // Writes the current debate off the GUI thread; the format follows the suffix (.md, .html, .json, .pdf).
    void exportDebate(const QString &path);

    // Reloads the session list from the database (off the GUI thread); historyLoaded follows.
    void reloadHistory();
    // Loads a saved debate with its speeches off the GUI thread and shows it; debateOpened follows.
    void openSavedDebate(const QString &id);
    // Continues the debate on screen when it was interrupted or stopped before its end.
    void resumeDebate();
    bool canResume() const;
    // The QSettings of the Settings dialog, applied to the limiter and the cache.
    void applySettings();

public slots:
    void showAbout();
    void newDebate();
    void showSettings();
    void findNext();
    void copySelection();

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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupFirstRun();
    void showFirstRunPage();
    void setMotionTitle(const QString &motion);
    enum class KeyCheck { Startup, SettingsChanged };
    void checkForKey(KeyCheck when);
    // No key for Mistral's endpoint: shows the first-run page and says so. Remembers the source.
    bool keyMissing(const QUrl &endpoint, const ApiKeyStore::KeyResult &result);
    void updateActions();
    void restoreWindowState();
    void saveWindowState();
    void chooseExportFile();
    void chooseOpenFile();
    void setupHistory();
    void openHistory();
    void searchHistory();
    void verifyKey(SettingsDialog *dialog, const QString &key, const QUrl &endpoint);
    void showDeprecation(const QString &model, const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<AppServices> m_services; // after m_catalog: uses it, destroyed before it
    DebateHistory *m_history = nullptr;
    SecretStore *m_secrets = nullptr;
    ApiKeyStore *m_keys = nullptr;
    TranscriptModel *m_transcript = nullptr;
    TranscriptDelegate *m_delegate = nullptr;
    SessionListModel *m_sessions = nullptr;
    SessionFilterModel *m_sessionFilter = nullptr;
    quint64 m_searchTimer = 0;
    QAction *m_resumeAction = nullptr;
    QLabel *m_deprecationBadge = nullptr;
    QStringList m_deprecationMessages;
    StatusIndicators *m_status = nullptr;
    DashboardHost *m_dashboard = nullptr;
    DebateSession *m_session = nullptr;
    DebateRecord m_record;
    int m_busy = 0;
    bool m_started = false;
    bool m_startQueued = false;
    QLabel *m_historyPlaceholder = nullptr;
};

} // namespace rostrum::gui
