#pragma once

#include "api/ApiError.h"
#include "api/ChatRequest.h"
#include "clock/Clock.h"
#include "debate/BudgetGuard.h"
#include "debate/DebatePlan.h"
#include "debate/DebateRecord.h"
#include "debate/DebateTranscript.h"
#include "debate/JudgePanelRound.h"
#include "flow/RequestScheduler.h"

#include <QObject>

#include <memory>
#include <optional>

namespace rostrum {

class ChatBackend;
class ChatHandle;
class ContextFitter;
class SpeechStream;
class DebatePersistence;
class ModelCatalog;
class Summarizer;
class TokenCounter;
struct ChatResult;
struct UsageRecord;

// Runs one debate: a state machine driven by signals, one request at a time through a ChatBackend (ChatService).
//   next turn (TurnPlanner) -> build the request (SpeechRequestFactory, JudgeRound) -> fit the model's context
//   window (ContextFitter: older speeches replaced by a summary) -> budget check (BudgetGuard: stop before a
//   request whose worst case could cross the cap) -> ChatBackend -> stream into the speech (SpeechSaveThrottle
//   saves it at least once a second; CiteLinesRound answers cite_lines calls) -> next.
// The transcript is record().speeches; the GUI follows it through the signals below.
class DebateEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // not started
        Running, // a request is queued or streaming
        Paused, // pause() took effect between speeches
        WaitingForHuman, // a human debater must submitHumanSpeech()
        Judging,
        Finished,
        Stopped, // stop(), the budget cap, or a permanent error
    };
    Q_ENUM(State)

    enum class StopReason { None, User, Budget, Error };
    Q_ENUM(StopReason)

    struct Services
    {
        ChatBackend *chat = nullptr; // required: ChatService, or a test's scripted backend
        Clock *clock = nullptr; // required
        const ModelCatalog *catalog = nullptr; // prices (budget, cost); null: costs unknown
        const TokenCounter *tokens = nullptr; // exact prompt counts; null: the heuristic
        DebatePersistence *store = nullptr; // null: nothing is saved
        Summarizer *summarizer = nullptr; // null: the engine makes its own (cheapest model, same ChatService)
    };

    explicit DebateEngine(const Services &services, QObject *parent = nullptr);
    ~DebateEngine() override;

    // Starts a new debate (the spec must validate). Returns false with *error otherwise.
    bool start(const DebateSpec &spec, QString *error = nullptr, const QString &id = {});
    // Starts a rematch of a saved debate: its spec with the debaters on swapped sides, rematchOf set to it.
    // Compare the verdicts with RematchComparison::compare(original, record()).
    bool startRematch(const DebateRecord &original, QString *error = nullptr, const QString &id = {});
    // Starts a fork of a saved debate (DebateFork): a new debate sharing parent's entries [0, atSpeech] that goes
    // on from the next turn with `debaters` (the parent's, with models, languages or personas changed).
    bool startFork(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters, QString *error = nullptr,
                   const QString &id = {});
    // Continues a saved debate: finished speeches are kept and never asked again; a speech cut
    // mid-stream is continued from its text with a prefix request.
    bool resume(const DebateRecord &saved, QString *error = nullptr);
    // Judges a saved debate again whose speeches are all spoken (finished, or its judge failed): only the judge
    // request(s) go, as new costed requests (never from the response cache); the new verdict (and panel) replaces
    // the old one, is saved, and verdictReady() follows. A new engine may do it, or the one that ran the debate once
    // it has ended. Returns false with *error when there is nothing to judge or a debate is still running here.
    bool rejudge(const DebateRecord &saved, QString *error = nullptr);

    const DebateRecord &record() const { return m_record; }
    State state() const { return m_state; }
    StopReason stopReason() const { return m_stopReason; }
    ApiError lastError() const { return m_lastError; }
    int totalTurns() const { return m_plan ? m_plan->turns.turnCount() : 0; }
    // The index (in the format's sequence) of the next turn to speak.
    int nextTurn() const;

    // Audience votes (Oxford): before the first speech and after the last one.
    void setVoteBefore(const AudienceVote &v);
    void setVoteAfter(const AudienceVote &v);

public Q_SLOTS:
    // Takes effect between speeches: the current speech finishes first.
    void pause();
    void resumeRunning();
    // Cancels the request in flight (its text is kept, marked stopped) and ends the debate.
    void stop();
    // A new sample of the latest debater speech (cache bypassed), when no request is running.
    bool regenerateLast();
    // A user line inserted before the next speech; the next speaker is asked to address it.
    void interject(const QString &text, bool asAudience);
    // The speech of a human debater, when state() is WaitingForHuman.
    bool submitHumanSpeech(const QString &text);

Q_SIGNALS:
    void stateChanged(rostrum::DebateEngine::State state);
    void speechStarted(int index, const rostrum::Speech &speech);
    void speechDelta(int index, const QString &text);
    // Status, usage, citations or text changed as a whole (finished, failed, regenerated...).
    void speechUpdated(int index, const rostrum::Speech &speech);
    void speechFinished(int index, const rostrum::Speech &speech);
    void requestProgress(const rostrum::RequestScheduler::Progress &progress);
    void humanTurn(int turn, const QString &side, const QString &role);
    void costChanged(double spentUsd);
    // The next request could cross the cap: the debate stopped before sending it.
    void budgetStopped(double spentUsd, double nextWorstCaseUsd, double capUsd, const QString &message);
    // Once when judging ends: the debate's verdict (with a panel, the panel's decision; panelReady() came first).
    void verdictReady(const rostrum::Verdict &verdict);
    void panelReady(const rostrum::JudgePanel &panel);
    // A request did not fit its model's window as a whole: the first `summarized` speeches it hears were replaced
    // by a summary (fallback: the summary failed or took too long; a shorter extract stands in for it).
    void contextFitted(const QString &model, int summarized, qint64 promptTokens, qint64 budget, bool fallback);
    void failed(const rostrum::ApiError &error, const QString &message);
    void finished(rostrum::DebateRecord::Status status);

private:
    bool prepare(const DebateSpec &spec, QString *error);
    void begin(); // the record is set: save it, run
    void setState(State s);
    void advance(); // decides and starts the next step (queued: never re-enters)
    void scheduleAdvance();
    void startTurn(int turnIndex);
    void startModerator();
    void startJudge();
    bool withinBudget(const ChatRequest &request);
    void onSpeechDone(int index, bool regenerated);
    void onSpeechFailed(const ApiError &error);
    void onJudgeAnswer(const QString &text, double costUsd);
    void onJudgeFailed(const ApiError &error, double costUsd);
    void judgeNext(JudgePanelRound::Next next); // the next judge request, or the panel's verdict
    void judgingDone();
    void forgetVerdict(); // the verdict, the panel and the judge passes answered so far
    void interrupt(const ApiError &error);
    void finishDebate(DebateRecord::Status status);
    void stopWith(StopReason reason, const QString &message,
                  DebateRecord::Status status = DebateRecord::Status::Stopped);
    void addFinished(const Speech &s); // a human's entry: added, saved, shown
    Speech &speech(int index) { return m_record.speeches[index]; }

    Services m_services;
    DebateTranscript m_transcript;
    DebateRecord &m_record; // m_transcript's
    std::optional<DebatePlan> m_plan;
    std::optional<JudgePanelRound> m_judging;
    bool m_rejudge = false; // rejudge(): the judges are asked anew, never answered from the cache
    BudgetGuard m_budget;
    State m_state = State::Idle;
    StopReason m_stopReason = StopReason::None;
    ApiError m_lastError;
    bool m_pauseRequested = false;
    bool m_advanceQueued = false;
    QString m_rematchOf; // set by startRematch() for start()

    std::unique_ptr<ContextFitter> m_fitter;
    std::unique_ptr<SpeechStream> m_stream;
};

} // namespace rostrum
