#pragma once

#include "api/ApiError.h"
#include "arena/TournamentRecord.h"
#include "debate/DebateCostPreview.h"
#include "debate/DebateRecord.h"
#include "flow/RequestScheduler.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace rostrum {

class BatchChatBackend;
class ChatBackend;
class Clock;
class DebateEngine;
class DebateStore;
class ModelCatalog;
class TokenCounter;
class TournamentBatchRounds;
class TournamentStore;

// Runs a tournament's schedule: each debate through its own DebateEngine on the given ChatBackend (the app's
// ChatService, so every request goes through the scheduler, limiter and retries), saved in the DebateStore as any
// debate is, its id stored in the TournamentStore before its first request.
//
// - Live, at most concurrency() debates at a time (2 by default; 1 under a budget cap, so the cap is exact: each
//   debate's own cap is what the tournament has left, and its BudgetGuard stops before a request whose worst case
//   could cross it — the tournament then stops with StopReason::Budget).
// - With spec.batch, every debate runs at once (one at a time under a cap) on the Batch API through
//   TournamentBatchRounds: each round of requests is one job at the batch price, its id stored before anything
//   waits on it, so resume() follows the jobs already paid for instead of sending their requests again.
// - resume(): finished debates are kept; a debate that was interrupted continues with DebateEngine::resume, which
//   never asks a finished speech again and continues a cut one from its text.
// - Each finished debate's winner is its record's verdict (the panel's decision with several judges).
class TournamentRunner : public QObject
{
    Q_OBJECT
public:
    enum class StopReason { None, User, Budget, Error };
    Q_ENUM(StopReason)

    struct Services
    {
        ChatBackend *chat = nullptr; // required
        Clock *clock = nullptr; // required
        const ModelCatalog *catalog = nullptr; // prices; required for a budget cap
        const TokenCounter *tokens = nullptr; // exact prompt counts; null: the heuristic
        DebateStore *debates = nullptr; // required
        TournamentStore *store = nullptr; // required
        BatchChatBackend *batch = nullptr; // required for a tournament with spec.batch
    };

    explicit TournamentRunner(const Services &services, QObject *parent = nullptr);
    ~TournamentRunner() override;

    // At most n debates at a time (n >= 1). Ignored under a budget cap (one at a time) and on the Batch API
    // (all at once: a round is one job whatever its size).
    void setConcurrency(int n);
    int concurrency() const;

    // Stores a new tournament and runs it. False with *error when the spec does not validate.
    bool start(const TournamentSpec &spec, QString *error = nullptr);
    // Continues a stored tournament; budgetUsd, when given, replaces its cap. False with *error when it is
    // finished or still running in another process.
    bool resume(const TournamentRecord &saved, QString *error = nullptr,
                std::optional<double> budgetUsd = std::nullopt);
    // Stops every running debate (their speeches so far are saved) and ends as interrupted.
    void stop();

    // The cost range of the debates still to run (finished ones are paid already).
    CostPreview preview() const;
    static CostPreview preview(const TournamentRecord &record, const ModelCatalog *catalog, const TokenCounter *tokens);

    const TournamentRecord &record() const { return m_record; }
    StopReason stopReason() const { return m_stopReason; }
    ApiError lastError() const { return m_lastError; }
    bool isRunning() const { return m_running; }
    // What the tournament's debates have cost so far, running ones included.
    double spentUsd() const;

Q_SIGNALS:
    void debateStarted(int index, const QString &debateId);
    void debateFinished(int index, const rostrum::DebateRecord &record);
    void progressChanged(int finishedDebates, int totalDebates, double spentUsd);
    void requestProgress(const rostrum::RequestScheduler::Progress &progress);
    // A debate ended on an error (after retries): the tournament stops, resumable.
    void failed(const rostrum::ApiError &error, const QString &message);
    void budgetStopped(const QString &message);
    // On the Batch API: round `round` went out as job `jobId` with `requests` requests; the counters of the jobs
    // in flight.
    void batchRoundSent(int round, const QString &jobId, int requests);
    void batchProgress(int completed, int total, int succeeded, int failed);
    void finished(rostrum::TournamentRecord::Status status);

private:
    struct Slot
    {
        std::unique_ptr<DebateEngine> engine; // null while its id is being stored
        double spentUsd = 0;
    };

    void begin(bool saved); // once the tournament row is committed (or could not be)
    bool canRun(QString *error) const;
    void useBatch(bool resumed);
    void fill();
    int nextPending() const;
    void launch(int index);
    void startEngine(int index);
    DebateEngine *makeEngine(int index);
    void onDebateEnded(int index);
    void markFinished(int index, const DebateRecord &record);
    void halt(StopReason reason, const QString &message);
    void finishIfIdle();
    std::optional<double> debateCap(double alreadySpentInDebate) const;
    void emitProgress();

    Services m_services;
    TournamentRecord m_record;
    // With spec.batch: the engines' backend (declared first: it outlives the engines).
    std::unique_ptr<TournamentBatchRounds> m_rounds;
    std::map<int, Slot> m_active; // schedule index -> its running debate
    QHash<int, double> m_spentByDebate; // every debate that cost something (finished, stopped or running)
    int m_concurrency = 2;
    bool m_running = false;
    bool m_stopping = false;
    StopReason m_stopReason = StopReason::None;
    ApiError m_lastError;
};

} // namespace rostrum
