#pragma once

#include "arena/TournamentRecord.h"
#include "batch/BatchJob.h"
#include "flow/ChatBackend.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace rostrum {

class BatchChatBackend;
class BatchClient;
class ChatHandle;
class TournamentStore;

// A tournament's debates on the Batch API, a round at a time: the ChatBackend its DebateEngines use when the
// tournament runs with --batch. Each request goes into the BatchChatBackend's queue; once every debate that is
// running has a request waiting, the queue is sent as one job — round n of the tournament — at the batch price.
// Debates that start or end in between are counted by askers(); a debate that stays silent (it ended, or waits for
// something else) holds a round back only for the quiet interval (2 s), after which the queue is sent as it is.
//
// Every job is stored with its custom_ids before anything waits on it (TournamentStore::addBatchJob); resume()
// adopts the stored jobs, so after a kill the rebuilt requests are answered from the jobs already paid for instead
// of being sent again. A kill between the server creating a job and its row being committed leaves a job the store
// does not know: each job carries the metadata rostrum_tournament and round, so resume() also lists the account's
// jobs, reads the custom_ids of this tournament's unknown ones from their input files, and adopts them too; no
// round goes out before that search has ended. A job that ends FAILED, TIMEOUT_EXCEEDED or CANCELLED leaves its
// unanswered requests queued: they go out again as the next round, at most kMaxRetries times in a row, after which
// they fail with the job's status and the tournament stops, resumable.
class TournamentBatchRounds : public QObject, public ChatBackend
{
    Q_OBJECT
public:
    // askers: how many debates can ask for an answer now (the tournament's running debates).
    TournamentBatchRounds(BatchChatBackend *batch, TournamentStore *store, const QString &tournamentId,
                          std::function<int()> askers, QObject *parent = nullptr);
    ~TournamentBatchRounds() override;

    ChatHandle *submit(const ChatRequest &request, const ChatOptions &options = {}) override;

    // Follows the jobs a previous run of this tournament created (their answers are paid for already).
    void resume(const QList<TournamentBatchJob> &jobs);
    // Sends the queue as a round when every running debate is waiting for an answer (the runner calls it when a
    // debate starts or ends).
    void check();

Q_SIGNALS:
    // Job `jobId` went out as round `round` with `requests` requests.
    void roundSent(int round, const QString &jobId, int requests);
    // The summed counters of the jobs in flight (BatchChatBackend::progress).
    void progress(int completed, int total, int succeeded, int failed);

private:
    void checkNow();
    void flush();
    void onJobCreated(const QString &jobId, const QStringList &customIds);
    void onUnanswered(const QString &jobId, BatchJob::Status status, const QStringList &customIds);
    void findPage(int page);
    void recoverJob(const BatchJob &job);
    void searchStepDone();

    BatchChatBackend *m_batch;
    TournamentStore *m_store;
    QString m_tournamentId;
    std::function<int()> m_askers;
    QSet<ChatHandle *> m_waiting; // handles not ended: queued or in a job
    QTimer m_quiet;
    bool m_checkPending = false;
    int m_searching = 0; // calls of the search for unknown jobs still running
    QSet<QString> m_knownJobs;
    int m_round = 0;
    int m_failedInARow = 0;
    static constexpr int kMaxRetries = 3;
};

} // namespace rostrum
