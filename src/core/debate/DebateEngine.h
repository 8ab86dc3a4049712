#pragma once

#include "api/ApiError.h"
#include "api/ChatRequest.h"
#include "clock/Clock.h"
#include "debate/DebateFormat.h"
#include "debate/DebateRecord.h"
#include "debate/PromptBuilder.h"
#include "flow/PrefixStripper.h"
#include "flow/RequestScheduler.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace rostrum {

class ChatHandle;
class ChatService;
class DebatePersistence;
class ModelCatalog;
class Summarizer;
class TokenCounter;
struct ChatResult;
struct UsageRecord;

// A cost range shown before a debate starts: from a plausible low (speeches a third of their
// length) to the worst case (every answer at max_tokens, every prompt carrying full speeches).
struct CostPreview
{
    double lowUsd = 0;
    double highUsd = 0;
    bool known = true; // false: some model has no known price (the range leaves it out)
    int requests = 0; // AI requests planned (speeches, moderator, judge)
    QStringList unknownModels;
};

// Runs one debate: a state machine driven by signals, one request at a time through ChatService.
//   next turn -> build messages -> fit the model's context window (older speeches replaced by a summary,
//   asked of the Summarizer when needed) -> budget check (stop before a request whose worst case could
//   cross the cap) -> ChatService -> stream into the speech (saved at least once a second) -> next.
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
        ChatService *chat = nullptr; // required
        Clock *clock = nullptr; // required
        const ModelCatalog *catalog = nullptr; // prices (budget, cost); null: costs unknown
        const TokenCounter *tokens = nullptr; // exact prompt counts; null: the heuristic
        DebatePersistence *store = nullptr; // null: nothing is saved
        Summarizer *summarizer = nullptr; // null: the engine makes its own (cheapest model, same ChatService)
    };

    explicit DebateEngine(const Services &services, QObject *parent = nullptr);
    ~DebateEngine() override;

    // The cost range of a spec before it runs (also used by the CLI to print the preview).
    static CostPreview preview(const DebateSpec &spec, const ModelCatalog *catalog);

    // Starts a new debate (the spec must validate). Returns false with *error otherwise.
    bool start(const DebateSpec &spec, QString *error = nullptr, const QString &id = {});
    // Starts a rematch of a saved debate: its spec with the debaters on swapped sides, rematchOf set to it.
    // Compare the verdicts with RematchComparison::compare(original, record()).
    bool startRematch(const DebateRecord &original, QString *error = nullptr, const QString &id = {});
    // Continues a saved debate: finished speeches are kept and never asked again; a speech cut
    // mid-stream is continued from its text with a prefix request.
    bool resume(const DebateRecord &saved, QString *error = nullptr);

    const DebateRecord &record() const { return m_record; }
    State state() const { return m_state; }
    StopReason stopReason() const { return m_stopReason; }
    ApiError lastError() const { return m_lastError; }
    int totalTurns() const { return int(m_turns.size()); }
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
    void verdictReady(const rostrum::Verdict &verdict);
    // A request did not fit its model's window as a whole: the first `summarized` speeches it hears were replaced
    // by a summary (fallback: the summary failed or took too long; a shorter extract stands in for it).
    void contextFitted(const QString &model, int summarized, qint64 promptTokens, qint64 budget, bool fallback);
    void failed(const rostrum::ApiError &error, const QString &message);
    void finished(rostrum::DebateRecord::Status status);

private:
    struct Pending
    {
        enum class Kind { Speech, Moderator, Judge, JudgeRepair };
        Kind kind = Kind::Speech;
        int speechIndex = -1;
        QString prefix; // text sent as a final assistant prefix message (resume), stripped from the answer
        QString base; // text already in the speech before this request, kept in front of the answer
        int toolRounds = 0;
        bool regenerate = false;
        QList<ChatMessage> messages;
    };

    bool prepare(const DebateSpec &spec, QString *error);
    void setState(State s);
    void advance(); // decides and starts the next step (queued: never re-enters)
    void scheduleAdvance();
    void startTurn(int turnIndex);
    void startModerator();
    void startJudge(bool repair, const QStringList &problems = {}, const QString &badAnswer = {});
    bool withinBudget(const QString &model, const ChatRequest &request);
    // Builds request.messages with build(summary, summarizedCount) so that prompt + max_tokens fits the model's
    // window (ContextBudget's rule). Returns false when it asked for a summary and mayWait: the step is run
    // again (advance()) once the summary is there, from the Summarizer's cache.
    using MessageBuilder = std::function<QList<ChatMessage>(const QString &summary, int summarizedCount)>;
    bool fitToWindow(ChatRequest &request, const QList<Speech> &heard, const MessageBuilder &build, bool mayWait);
    qint64 contextWindowOf(const QString &model) const;
    static QString extractSummary(const QStringList &entries);
    void send(const ChatRequest &request, bool allowCache);
    void onDelta(const QString &text);
    void onFinished(const ChatResult &result, const UsageRecord &usage);
    void onFailed(const ApiError &error, const ChatResult &partial, const UsageRecord &usage);
    void finishSpeech(Speech &s, const ChatResult &result, ChatHandle *handle);
    void finishDebate(DebateRecord::Status status);
    void stopWith(StopReason reason, const QString &message);
    double costOf(const QString &model, qint64 prompt, qint64 completion, bool *known = nullptr) const;
    qint64 promptTokens(const ChatRequest &request) const;
    QList<Speech> heardSoFar() const; // the transcript a speaker hears: text-bearing entries
    QString modelForDebater(int debater) const;
    Speech &speech(int index) { return m_record.speeches[index]; }
    void saveSpeechNow(int index);
    void scheduleSave();
    void saveDebate();
    QList<Citation> citationsFor(const QString &text, const QList<Citation> &fromTools) const;

    Services m_services;
    DebateRecord m_record;
    std::optional<DebateFormat> m_format;
    std::optional<PromptBuilder> m_builder;
    QList<Turn> m_turns;
    State m_state = State::Idle;
    StopReason m_stopReason = StopReason::None;
    ApiError m_lastError;
    bool m_pauseRequested = false;
    bool m_advanceQueued = false;
    bool m_judgeRepairUsed = false;
    QString m_rematchOf; // set by startRematch() for start()

    QPointer<ChatHandle> m_handle;
    Pending m_pending;
    PrefixStripper m_stripper;
    QList<Citation> m_toolCitations;
    std::unique_ptr<Summarizer> m_ownSummarizer;
    Summarizer *m_summarizer = nullptr;
    quint64 m_summaryTicket = 0; // a speech waits for this summary
    QHash<QString, QString> m_fallbackSummaries; // by the summarised entries, when the Summarizer failed
    Clock::TimerId m_saveTimer = 0;
    bool m_saveDirty = false;
};

} // namespace rostrum
