#pragma once

#include "debate/DebateEngine.h"

#include <QObject>

class QAction;

namespace Ui {
class MainWindow;
}

namespace rostrum::gui {

// The main window's actions as the user sees them: their icons, the platform's shortcuts, the
// Resume action the form lacks, and which of them the state on screen enables. What they do is
// the window's business (it connects them).
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    // ui: the window's form, set up; parent: the window.
    MainWindowActions(Ui::MainWindow *ui, QObject *parent);

    QAction *resumeAction() const { return m_resume; }

    struct State
    {
        bool hasDebate = false; // a debate is on screen (saved, opened or running)
        bool busy = false; // a file is being read or written, or a saved debate loaded
        bool hasTranscript = false; // the transcript has speeches
        bool hasEngine = false; // a debate ran in this window
        bool active = false; // it is running, paused, judging or waiting for a person
        DebateEngine::State engineState = DebateEngine::State::Idle;
        bool hasSpeeches = false; // the running debate has speeches (one may be asked again)
        bool canResume = false;
    };
    void update(const State &state);

private:
    Ui::MainWindow *m_ui;
    QAction *m_resume;
};

} // namespace rostrum::gui
