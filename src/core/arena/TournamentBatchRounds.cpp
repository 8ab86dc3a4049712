#include "arena/TournamentBatchRounds.h"

#include "arena/ArenaLogging.h"
#include "arena/TournamentStore.h"
#include "batch/BatchCall.h"
#include "batch/BatchChatBackend.h"
#include "batch/BatchClient.h"
#include "flow/ChatHandle.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rostrum {

TournamentBatchRounds::TournamentBatchRounds(BatchChatBackend *batch, TournamentStore *store,
                                             const QString &tournamentId, std::function<int()> askers, QObject *parent)
    : QObject(parent)
    , m_batch(batch)
    , m_store(store)
    , m_tournamentId(tournamentId)
    , m_askers(std::move(askers))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(2000);
    connect(&m_quiet, &QTimer::timeout, this, &TournamentBatchRounds::flush);
    connect(m_batch, &BatchChatBackend::jobCreated, this, &TournamentBatchRounds::onJobCreated);
    connect(m_batch, &BatchChatBackend::unanswered, this, &TournamentBatchRounds::onUnanswered);
    connect(m_batch, &BatchChatBackend::progress, this, &TournamentBatchRounds::progress);
    connect(m_batch, &BatchChatBackend::jobEnded, this, [this](const BatchJob &job) {
        if (job.status == BatchJob::Status::Success)
            m_failedInARow = 0;
    });
}

TournamentBatchRounds::~TournamentBatchRounds() = default;

ChatHandle *TournamentBatchRounds::submit(const ChatRequest &request, const ChatOptions &options)
{
    ChatHandle *h = m_batch->submit(request, options);
    m_waiting.insert(h);
    connect(h, &ChatHandle::ended, this, [this, h] {
        m_waiting.remove(h);
        check();
    });
    connect(h, &QObject::destroyed, this, [this, h] { m_waiting.remove(h); });
    check();
    return h;
}

void TournamentBatchRounds::resume(const QList<TournamentBatchJob> &jobs)
{
    for (const TournamentBatchJob &job : jobs) {
        m_round = std::max(m_round, job.round);
        m_knownJobs.insert(job.jobId);
        m_batch->adopt(job.jobId, job.customIds);
    }
    // Jobs created just before a kill, whose rows never reached the store.
    m_searching = 1;
    findPage(0);
}

namespace {
constexpr int kPageSize = 100;
constexpr int kMaxPages = 20; // the newest 2,000 jobs of the account
} // namespace

void TournamentBatchRounds::findPage(int page)
{
    BatchCall *call = m_batch->client()->listJobs(page, kPageSize, this);
    connect(call, &BatchCall::finished, this, [this, call, page](const QByteArray &, const QJsonObject &json) {
        call->deleteLater();
        const QJsonArray data = json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            BatchJob job;
            if (!BatchJob::fromJson(v.toObject(), &job, nullptr) || m_knownJobs.contains(job.id)
                || job.metadata.value(QLatin1String("rostrum_tournament")).toString() != m_tournamentId)
                continue;
            m_knownJobs.insert(job.id);
            ++m_searching;
            recoverJob(job);
        }
        if (data.size() == kPageSize && page + 1 < kMaxPages) {
            ++m_searching;
            findPage(page + 1);
        }
        searchStepDone();
    });
    connect(call, &BatchCall::failed, this, [this, call](const ApiError &error) {
        call->deleteLater();
        qCWarning(lcArena) << "cannot list the batch jobs to find this tournament's unsaved ones:" << error.className();
        searchStepDone();
    });
}

void TournamentBatchRounds::recoverJob(const BatchJob &job)
{
    BatchCall *call = m_batch->client()->downloadFile(job.inputFiles.value(0), this);
    connect(call, &BatchCall::finished, this, [this, call, job](const QByteArray &body, const QJsonObject &) {
        call->deleteLater();
        QStringList ids;
        for (const QByteArray &line : body.split('\n')) {
            const QString id = QJsonDocument::fromJson(line).object().value(QLatin1String("custom_id")).toString();
            if (!id.isEmpty())
                ids << id;
        }
        const int round = job.metadata.value(QLatin1String("round")).toString().toInt();
        m_round = std::max(m_round, round);
        qCInfo(lcArena) << "tournament" << m_tournamentId << ": job" << job.id << "of round" << round
                        << "was not saved before the stop; adopting its" << ids.size() << "requests";
        m_store->addBatchJob(m_tournamentId, TournamentBatchJob {round, job.id, ids});
        m_batch->adopt(job.id, ids);
        searchStepDone();
    });
    connect(call, &BatchCall::failed, this, [this, call, job](const ApiError &error) {
        call->deleteLater();
        qCWarning(lcArena) << "cannot read the input of batch job" << job.id << ":" << error.className();
        searchStepDone();
    });
}

void TournamentBatchRounds::searchStepDone()
{
    if (--m_searching == 0)
        check(); // rounds may go out now
}

void TournamentBatchRounds::check()
{
    // On the next turn: a job's answers are handed out in one go, and a debate answered early may ask again
    // before the others of the same job are answered; they all count as waiting until then.
    if (m_checkPending)
        return;
    m_checkPending = true;
    QMetaObject::invokeMethod(this, &TournamentBatchRounds::checkNow, Qt::QueuedConnection);
}

void TournamentBatchRounds::checkNow()
{
    m_checkPending = false;
    if (m_searching > 0)
        return; // a job of the run before may still answer what is queued
    if (m_batch->queuedCount() == 0) {
        m_quiet.stop();
        return;
    }
    // Every running debate has asked: nobody else can join this round.
    if (int(m_waiting.size()) >= m_askers()) {
        flush();
        return;
    }
    if (!m_quiet.isActive())
        m_quiet.start();
}

void TournamentBatchRounds::flush()
{
    m_quiet.stop();
    if (m_batch->queuedCount() == 0 || m_searching > 0)
        return;
    ++m_round;
    BatchRunConfig config = m_batch->config();
    config.metadata.insert(QStringLiteral("rostrum_tournament"), m_tournamentId);
    config.metadata.insert(QStringLiteral("round"), QString::number(m_round));
    m_batch->setConfig(config);
    const int sent = m_batch->flush();
    qCInfo(lcArena) << "tournament" << m_tournamentId << "round" << m_round << ":" << sent << "requests in one job";
}

void TournamentBatchRounds::onJobCreated(const QString &jobId, const QStringList &customIds)
{
    const int round = m_round;
    m_store->addBatchJob(m_tournamentId, TournamentBatchJob {round, jobId, customIds});
    emit roundSent(round, jobId, int(customIds.size()));
}

void TournamentBatchRounds::onUnanswered(const QString &jobId, BatchJob::Status status, const QStringList &customIds)
{
    ++m_failedInARow;
    if (m_failedInARow > kMaxRetries) {
        qCWarning(lcArena) << "job" << jobId << "ended" << BatchJob::statusName(status) << m_failedInARow
                           << "times in a row; giving up on" << customIds.size() << "requests";
        m_batch->failQueued(
            ApiError::make(ErrorClass::Server,
                           tr("The batch job %1 ended %2 without answering %n request(s), after %3 attempts.", nullptr,
                              int(customIds.size()))
                               .arg(jobId, BatchJob::statusName(status))
                               .arg(m_failedInARow)));
        return;
    }
    // The job's unanswered requests are queued again: they are the next round.
    check();
}

} // namespace rostrum
