#pragma once

#include "debate/DebateEngine.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace rostrum {
class AppServices;
} // namespace rostrum

namespace rostrum::gui {

class StatusIndicators;
class TranscriptModel;

// Connects one running debate to the window: a DebateEngine on the window's AppServices (the
// request pipeline, and the DebateStore so every debate is saved as it goes), whose signals become
// transcript rows (streamed text through the model's frame coalescing) and status-bar states
// (limiter waits and retry countdowns). All rules stay in the engine; this class only relays.
class DebateSession : public QObject
{
    Q_OBJECT
public:
    // services: not owned; must outlive the session.
    DebateSession(TranscriptModel *transcript, StatusIndicators *status, AppServices *services,
                  QObject *parent = nullptr);
    ~DebateSession() override;

    // Where requests go and with which key (empty: none, for a custom endpoint that needs none).
    void configure(const QUrl &baseUrl, const QString &apiKey);

    bool start(const DebateSpec &spec, QString *error = nullptr);
    // Continues a saved, unfinished debate: its speeches must already be in the transcript
    // (the window shows it first), finished ones are kept, a cut one is continued.
    bool resume(const DebateRecord &saved, QString *error = nullptr);
    // Starts a fork of a saved debate (DebateEngine::startFork); the window shows its shared speeches.
    bool fork(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters, QString *error = nullptr);
    // Runs original again with the debaters on swapped sides (a new debate, rematchOf set).
    bool startRematch(const DebateRecord &original, QString *error = nullptr);
    // Asks the judge(s) of a saved, spoken debate for a new verdict (new, costed requests); its card is replaced.
    bool rejudge(const DebateRecord &saved, QString *error = nullptr);
    DebateEngine *engine() const { return m_engine.get(); }
    DebateEngine::State state() const;
    DebateRecord record() const;
    bool isActive() const;

    // A person's part (the engine's rules decide): a speech at their turn, a line put to the next speaker, the
    // audience's votes of an Oxford debate.
    bool submitHumanSpeech(const QString &text);
    void interject(const QString &text, bool asAudience);
    void setVoteBefore(const AudienceVote &vote);
    void setVoteAfter(const AudienceVote &vote);

public slots:
    void togglePause();
    void stop();
    bool regenerate();

signals:
    void stateChanged(rostrum::DebateEngine::State state);
    void costChanged(double spentUsd);
    void finished(rostrum::DebateRecord::Status status);
    void message(const QString &text);
    // The debate waits for a person: turn is the format's turn index, side "pro"/"con", role the format's role id.
    void humanTurn(int turn, const QString &side, const QString &role);
    // An audience vote was recorded (the record has it).
    void votesChanged();
    // The judge decided (its card is in the transcript already).
    void verdictReady(const rostrum::Verdict &verdict);

private:
    void makeEngine();
    void connectEngine();
    void showProgress(const RequestScheduler::Progress &progress);
    void updateUsage();

    TranscriptModel *m_transcript;
    StatusIndicators *m_status;
    AppServices *m_services;
    std::unique_ptr<DebateEngine> m_engine;
};

} // namespace rostrum::gui
