#pragma once

#include "debate/DebateEngine.h"

#include <QHash>
#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QVBoxLayout;
class QWidget;

namespace rostrum {
class AppServices;
}

namespace rostrum::gui {

class DebateSession;
class HumanSpeechEditor;
class InterjectionBar;

// The person's part of a running debate, under the transcript: the editor at their turn (a debater
// set to You), the interjection line while the debate runs (Debate → Interject, Ctrl+I), and the
// audience's votes of an Oxford debate (the summary above the transcript; the vote after the debate
// is asked when it ends). Drafts are kept per debate until delivered.
class LecternController : public QObject
{
    Q_OBJECT
public:
    // layout: the transcript page's column, with the transcript view at transcriptRow; the summary goes above it,
    // the editor and the interjection line below. menu: where the Interject action goes (before `before`).
    LecternController(QVBoxLayout *layout, int transcriptRow, QMenu *menu, QAction *before, QObject *parent = nullptr);

    // session and services: not owned, outlive this.
    void attach(DebateSession *session, AppServices *services);

    HumanSpeechEditor *editor() const { return m_editor; }
    InterjectionBar *interjections() const { return m_bar; }
    QAction *interjectAction() const { return m_interject; }

    // A debate is on screen: its votes in the summary; the editor stays only for its own debate.
    void show(const DebateRecord &record);
    // The session's debate has just started.
    void showStarted();

signals:
    void message(const QString &text, int timeoutMs);

private:
    void onHumanTurn(int turn, const QString &side, const QString &role);
    void onStateChanged(DebateEngine::State state);
    void onFinished(DebateRecord::Status status);
    void submit(const QString &text);
    void askVoteAfter();
    void stashDraft();
    QString heading(int turn, const QString &side, const QString &role) const;
    int debaterOf(int turn) const;
    QString modelOf(int debater) const;

    QLabel *m_summary;
    HumanSpeechEditor *m_editor;
    InterjectionBar *m_bar;
    QAction *m_interject;
    DebateSession *m_session = nullptr;
    AppServices *m_services = nullptr;
    QString m_editorDebate; // the debate whose draft the editor holds
    QHash<QString, QString> m_drafts; // drafts of other debates, by id
};

} // namespace rostrum::gui
