#pragma once

#include "debate/DebateRecord.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace rostrum {
class ModelCatalog;
} // namespace rostrum

namespace rostrum::gui {

class TranscriptController;

// "Continue from here…" on a speech: the action (in the transcript's context menu, the Debate menu and on
// Ctrl+Shift+N for the current speech), enabled on a finished entry of a saved debate while nothing runs; it opens
// a ForkDialog and hands the user's choice to the window, which starts the fork like a new debate.
class ForkController : public QObject
{
    Q_OBJECT
public:
    // debate: the debate on screen, asked when the action is used. window: the dialog's parent.
    ForkController(TranscriptController *transcript, const ModelCatalog *catalog, std::function<DebateRecord()> debate,
                   QWidget *window);

    QAction *action() const { return m_action; }
    // While a debate runs (or a file is read) no fork starts.
    void setBusy(bool busy);
    // Opens the dialog for the current speech.
    void continueFromHere();

signals:
    void forkRequested(const rostrum::DebateRecord &parent, int atSpeech, const QList<rostrum::Debater> &debaters);
    void message(const QString &text, int timeoutMs);

private:
    void updateEnabled();

    TranscriptController *m_transcript;
    const ModelCatalog *m_catalog;
    std::function<DebateRecord()> m_debate;
    QWidget *m_window;
    QAction *m_action;
    bool m_busy = false;
};

} // namespace rostrum::gui
