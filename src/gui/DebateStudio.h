#pragma once

#include "debate/DebateRecord.h"

#include <QObject>

class QAction;

namespace Ui {
class MainWindow;
}

namespace rostrum::gui {

class DebateFileJobs;
class DebateSession;
class MainWindow;
class TranscriptController;

// What the window does with a debate once it has been argued: shows and announces the verdict card,
// asks the judge again when the verdict is not valid, runs a rematch with the sides swapped and
// compares it with the original, and imports a debate exported as JSON. Owns those actions (in the
// Debate and File menus and the transcript's context menu) and when they are enabled.
class DebateStudio : public QObject
{
    Q_OBJECT
public:
    // All not owned; window is the parent.
    DebateStudio(MainWindow *window, Ui::MainWindow *ui, DebateSession *session, TranscriptController *transcript,
                 DebateFileJobs *files);

    QAction *rematchAction() const { return m_rematch; }
    QAction *rejudgeAction() const { return m_rejudge; }
    // File → Include Reasoning in Exports: whether an export writes a reasoning model's thinking.
    bool includeReasoning() const;

    // The state on screen changed: enables the actions that apply to it.
    void updateActions();

public slots:
    // Starts the debate on screen again with the sides swapped; its comparison card follows its end.
    void rematch();
    // Asks the judge of the debate on screen for a new verdict (a new, costed request).
    void rejudge();
    // File → Import… after its file dialog: reads path (a .json export) off the GUI thread, saves it as a
    // new debate, lists and shows it (imported follows); a file that is not a debate export is refused
    // in a warning and nothing is written.
    void importDebate(const QString &path);

signals:
    void imported(const QString &id);

private:
    // The verdict on screen is missing or not valid (for a panel: one of its judges').
    static bool needsJudging(const DebateRecord &record);
    void onFinished();
    void onCardAction(const QString &cardId);
    void saveImported(const DebateRecord &record);

    MainWindow *m_window;
    Ui::MainWindow *m_ui;
    DebateSession *m_session;
    TranscriptController *m_transcript;
    DebateFileJobs *m_files;
    QAction *m_import;
    QAction *m_rematch;
    QAction *m_rejudge;
    QAction *m_exportReasoning;
    DebateRecord m_original; // the debate a running rematch re-runs
};

} // namespace rostrum::gui
