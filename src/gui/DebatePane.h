#pragma once

#include "debate/DebateRecord.h"

#include <QObject>

namespace Ui {
class MainWindow;
}

namespace rostrum {
class AppServices;
}

namespace rostrum::gui {

class DebateSession;
class LecternController;
class TranscriptController;

// The centre of the window: the motion as a heading, the transcript, and the code pane beside it
// for a code debate (a citation clicked in a speech shows its line there); under the transcript, the
// lectern (LecternController): the editor at a person's turn and the interjection line.
class DebatePane : public QObject
{
    Q_OBJECT
public:
    // ui: the window's form, set up (not owned).
    DebatePane(Ui::MainWindow *ui, QObject *parent = nullptr);

    TranscriptController *transcript() const { return m_transcript; }
    // The human-turn editor, the interjection line and the audience votes, under and above the transcript.
    LecternController *lectern() const { return m_lectern; }
    // Follows the window's debate session (the lectern's part of it); not owned.
    void attach(DebateSession *session, AppServices *services);

    // Shows a whole debate: its speeches, its motion, its code with the lines the speeches cite.
    // Returns the tokens its speeches used.
    qint64 show(const DebateRecord &record);
    // Shows a debate that has just started (its speeches come as they are spoken).
    void showStarted(const DebateSpec &spec);

signals:
    void message(const QString &text, int timeoutMs);

private:
    void setMotion(const QString &motion);
    void showCode(const DebateSpec &spec, const QSet<int> &citedLines);

    Ui::MainWindow *m_ui;
    TranscriptController *m_transcript;
    LecternController *m_lectern;
};

} // namespace rostrum::gui
