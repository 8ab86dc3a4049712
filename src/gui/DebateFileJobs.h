#pragma once

#include "debate/DebateRecord.h"

#include <QObject>

#include <functional>

class QStatusBar;
class QWidget;

namespace rostrum::gui {

// The window's file work, off the GUI thread: reading a debate saved as JSON, and writing one as
// Markdown, HTML, JSON or PDF. While a job runs the status bar shows a busy bar and what is being
// done; a failure is reported in a warning box; the outcome comes back by signal.
class DebateFileJobs : public QObject
{
    Q_OBJECT
public:
    // statusBar: where progress shows; dialogParent: the parent of the warning boxes. Not owned.
    DebateFileJobs(QStatusBar *statusBar, QWidget *dialogParent, QObject *parent = nullptr);

    // Reads a debate saved as JSON; opened follows, or a warning and openFailed.
    void open(const QString &path);
    // Reads a .json export as a new debate (DebateImport: a new id); imported follows, or a warning saying why
    // the file is not a debate export and importFailed.
    void importFile(const QString &path);
    // Writes record to path; the format follows the suffix (.md, .html, .json, .pdf). exported follows.
    // Speeches' reasoning is written only with includeReasoning.
    void exportTo(const DebateRecord &record, const QString &path, bool includeReasoning = false);

    // The file dialogs: a debate to open (then open()), or where to export one about motion ("" if cancelled).
    void chooseAndOpen();
    // The file dialog of File → Import…: a .json export ("" if cancelled).
    QString chooseImportPath();
    QString chooseExportPath(const QString &motion);

    bool isBusy() const { return m_running > 0; }

signals:
    // A job started or ended (before its outcome is announced).
    void busyChanged();
    // Shown in the status bar after the receivers had it.
    void opened(const rostrum::DebateRecord &record);
    void openFailed(const QString &path);
    void imported(const rostrum::DebateRecord &record);
    void importFailed(const QString &path, const QString &error);
    void exported(const QString &path, bool ok, const QString &error);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        DebateRecord record; // what was read (open only)
    };
    static Outcome read(const QString &path);
    static Outcome write(const DebateRecord &record, const QString &path);
    static Outcome writePdf(const DebateRecord &record, const QString &path);
    // Runs work on a worker thread with the busy bar and message shown, then done on this thread.
    void run(const QString &message, std::function<Outcome()> work, std::function<void(const Outcome &)> done);

    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
    int m_running = 0;
};

} // namespace rostrum::gui
