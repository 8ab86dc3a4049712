#pragma once

#include "debate/DebateRecord.h"

#include <QMainWindow>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace rostrum {
class ApiKeyStore;
class ModelCatalog;
class SecretStore;
} // namespace rostrum

namespace rostrum::gui {

class DebateSession;
class DashboardHost;
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

    // Starts a debate on the configured endpoint with the stored key (looked up asynchronously).
    void startDebate(const DebateSpec &spec);

    // Shows a debate (opened from a file or the store): transcript, code pane, motion, usage.
    void showDebate(const DebateRecord &record);
    static SpeechRow rowFromSpeech(const Speech &speech);

    // Reads a debate saved as JSON off the GUI thread; debateOpened or a warning follows.
    void openDebateFile(const QString &path);
    // Writes the current debate off the GUI thread; the format follows the suffix (.md, .html, .json, .pdf).
    void exportDebate(const QString &path);

public slots:
    void showAbout();
    void newDebate();
    void showSettings();
    void findNext();
    void copySelection();

signals:
    void debateOpened(const QString &id);
    void exportFinished(const QString &path, bool ok, const QString &error);
    // The user asked for a debate with this spec (the engine starts it).
    void debateRequested(const rostrum::DebateSpec &spec);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupFirstRun();
    void checkForKey();
    void updateActions();
    void restoreWindowState();
    void saveWindowState();
    void chooseExportFile();
    void chooseOpenFile();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ModelCatalog> m_catalog;
    SecretStore *m_secrets = nullptr;
    ApiKeyStore *m_keys = nullptr;
    TranscriptModel *m_transcript = nullptr;
    TranscriptDelegate *m_delegate = nullptr;
    SessionListModel *m_sessions = nullptr;
    QSortFilterProxyModel *m_sessionFilter = nullptr;
    StatusIndicators *m_status = nullptr;
    DashboardHost *m_dashboard = nullptr;
    DebateSession *m_session = nullptr;
    DebateRecord m_record;
    int m_busy = 0;
};

} // namespace rostrum::gui
