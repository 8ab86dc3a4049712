#include "TournamentRunner.h"

#include "arena/TournamentBatchRounds.h"
#include "arena/TournamentStore.h"
#include "clock/Clock.h"
#include "debate/DebateEngine.h"
#include "store/DebateStore.h"

#include <QUuid>

namespace rostrum {

TournamentRunner::TournamentRunner(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

TournamentRunner::~TournamentRunner() = default;

void TournamentRunner::setConcurrency(int n)
{
    m_concurrency = std::max(1, n);
}

int TournamentRunner::concurrency() const
{
    if (m_record.spec.budgetUsd)
        return 1;
    return m_record.spec.batch ? std::max(1, int(m_record.debates.size())) : m_concurrency;
}

bool TournamentRunner::canRun(QString *error) const
{
    if (m_record.spec.batch && !m_services.batch) {
        if (error)
            *error = tr("This tournament runs on the Batch API, which is not available here.");
        return false;
    }
    return true;
}

bool TournamentRunner::start(const TournamentSpec &spec, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("This tournament is already running.");
        return false;
    }
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    m_record = TournamentRecord::create(spec);
    if (!canRun(error))
        return false;
    useBatch(false);
    m_running = true;
    // The schedule is committed before any debate starts: a kill at any later moment leaves a resumable record.
    m_services.store->create(m_record, this, [this](bool ok) { begin(ok); });
    return true;
}

bool TournamentRunner::resume(const TournamentRecord &saved, QString *error, std::optional<double> budgetUsd)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return refuse(tr("This tournament is already running."));
    if (saved.status == TournamentRecord::Status::Running)
        return refuse(tr("Tournament %1 is still running in another process.").arg(saved.id));
    if (saved.status == TournamentRecord::Status::Finished)
        return refuse(tr("Tournament %1 is already finished.").arg(saved.id));
    m_record = saved;
    if (budgetUsd)
        m_record.spec.budgetUsd = budgetUsd;
    if (!canRun(error))
        return false;
    useBatch(true);
    m_record.status = TournamentRecord::Status::Running;
    m_record.stopReason.clear();
    for (TournamentEntry &e : m_record.debates) {
        if (e.debateId.isEmpty())
            continue;
        const std::optional<DebateRecord> debate = m_services.debates->load(e.debateId);
        if (!debate)
            continue;
        m_spentByDebate.insert(e.debate.index, debate->costUsd);
        // Finished before the kill, but the tournament did not note it yet.
        if (debate->status == DebateRecord::Status::Finished && e.status != TournamentEntry::Status::Finished) {
            e.status = TournamentEntry::Status::Finished;
            m_services.store->setDebateStatus(m_record.id, e.debate.index, e.status);
        }
    }
    m_running = true;
    m_services.store->saveTournament(m_record, this, [this](bool ok) { begin(ok); });
    return true;
}

void TournamentRunner::useBatch(bool resumed)
{
    if (!m_record.spec.batch)
        return;
    m_rounds = std::make_unique<TournamentBatchRounds>(m_services.batch, m_services.store, m_record.id,
                                                       [this] { return int(m_active.size()); });
    connect(m_rounds.get(), &TournamentBatchRounds::roundSent, this, &TournamentRunner::batchRoundSent);
    connect(m_rounds.get(), &TournamentBatchRounds::progress, this, &TournamentRunner::batchProgress);
    // The jobs of the run before: their answers are paid for; the rebuilt requests take them.
    if (resumed)
        m_rounds->resume(m_record.batchJobs);
}

void TournamentRunner::begin(bool saved)
{
    if (!saved) {
        halt(StopReason::Error, tr("The tournament could not be saved."));
        return;
    }
    emitProgress();
    fill();
}

int TournamentRunner::nextPending() const
{
    for (const TournamentEntry &e : m_record.debates) {
        if (e.status != TournamentEntry::Status::Finished && !m_active.count(e.debate.index))
            return e.debate.index;
    }
    return -1;
}

void TournamentRunner::fill()
{
    while (!m_stopping && int(m_active.size()) < concurrency()) {
        const int index = nextPending();
        if (index < 0)
            break;
        launch(index);
    }
    if (m_rounds)
        m_rounds->check(); // one debate fewer (or more) to wait for before a round goes out
    finishIfIdle();
}

void TournamentRunner::launch(int index)
{
    m_active[index] = Slot {};
    TournamentEntry &e = m_record.debates[index];
    if (!e.debateId.isEmpty()) {
        startEngine(index);
        return;
    }
    // The id is stored first: a debate the tournament does not know could never be resumed, only repeated.
    e.debateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.status = TournamentEntry::Status::Running;
    m_services.store->assignDebate(m_record.id, index, e.debateId, this, [this, index](bool ok) {
        if (!ok) {
            m_active.erase(index);
            halt(StopReason::Error, tr("The tournament could not be saved."));
            return;
        }
        if (m_stopping) {
            m_active.erase(index);
            finishIfIdle();
            return;
        }
        startEngine(index);
    });
}

std::optional<double> TournamentRunner::debateCap(double alreadySpentInDebate) const
{
    if (!m_record.spec.budgetUsd)
        return std::nullopt;
    // One debate at a time under a cap: everything not yet spent elsewhere is this debate's to spend.
    return alreadySpentInDebate + std::max(0.0, *m_record.spec.budgetUsd - spentUsd());
}

void TournamentRunner::startEngine(int index)
{
    const TournamentEntry &e = m_record.debates.at(index);
    std::optional<DebateRecord> saved = m_services.debates->load(e.debateId);
    if (saved && saved->status == DebateRecord::Status::Finished) {
        m_active.erase(index);
        markFinished(index, *saved);
        fill();
        return;
    }
    DebateEngine *engine = makeEngine(index);
    QString error;
    bool ok = false;
    if (saved) {
        saved->spec.budgetUsd = debateCap(saved->costUsd);
        ok = engine->resume(*saved, &error);
    } else {
        DebateSpec spec = m_record.spec.debateSpec(e.debate);
        spec.budgetUsd = debateCap(0);
        ok = engine->start(spec, &error, e.debateId);
    }
    if (!ok) {
        m_active.erase(index);
        halt(StopReason::Error, tr("Debate %1 of the tournament cannot run: %2").arg(index + 1).arg(error));
        return;
    }
    emit debateStarted(index, e.debateId);
}

DebateEngine *TournamentRunner::makeEngine(int index)
{
    Slot &slot = m_active[index];
    ChatBackend *chat = m_rounds ? static_cast<ChatBackend *>(m_rounds.get()) : m_services.chat;
    slot.engine = std::make_unique<DebateEngine>(
        DebateEngine::Services {chat, m_services.clock, m_services.catalog, m_services.tokens, m_services.debates});
    DebateEngine *engine = slot.engine.get();
    connect(engine, &DebateEngine::costChanged, this, [this, index](double spent) {
        m_spentByDebate.insert(index, spent);
        emitProgress();
    });
    connect(engine, &DebateEngine::requestProgress, this, &TournamentRunner::requestProgress);
    connect(engine, &DebateEngine::budgetStopped, this,
            [this](double, double, double, const QString &message) { emit budgetStopped(message); });
    // Queued: the engine is deleted afterwards, never inside its own signal.
    connect(
        engine, &DebateEngine::finished, this, [this, index] { onDebateEnded(index); }, Qt::QueuedConnection);
    return engine;
}

void TournamentRunner::onDebateEnded(int index)
{
    auto it = m_active.find(index);
    if (it == m_active.end() || !it->second.engine)
        return;
    const std::unique_ptr<DebateEngine> engine = std::move(it->second.engine);
    m_active.erase(it);
    const DebateRecord &record = engine->record();
    m_spentByDebate.insert(index, record.costUsd);
    if (record.status == DebateRecord::Status::Finished) {
        markFinished(index, record);
    } else {
        m_record.debates[index].status = TournamentEntry::Status::Stopped;
        m_services.store->setDebateStatus(m_record.id, index, TournamentEntry::Status::Stopped);
        if (engine->stopReason() == DebateEngine::StopReason::Budget) {
            halt(StopReason::Budget, record.stopReason);
        } else if (engine->stopReason() == DebateEngine::StopReason::Error) {
            m_lastError = engine->lastError();
            emit failed(m_lastError, record.stopReason);
            halt(StopReason::Error, record.stopReason);
        }
    }
    emitProgress();
    fill();
}

void TournamentRunner::markFinished(int index, const DebateRecord &record)
{
    m_spentByDebate.insert(index, record.costUsd);
    m_record.debates[index].status = TournamentEntry::Status::Finished;
    m_services.store->setDebateStatus(m_record.id, index, TournamentEntry::Status::Finished);
    emit debateFinished(index, record);
}

void TournamentRunner::stop()
{
    halt(StopReason::User, tr("Stopped by the user."));
}

void TournamentRunner::halt(StopReason reason, const QString &message)
{
    if (!m_running)
        return;
    if (!m_stopping) {
        m_stopping = true;
        m_stopReason = reason;
        m_record.stopReason = message;
    }
    for (auto &[index, slot] : m_active) {
        if (slot.engine)
            slot.engine->stop();
    }
    finishIfIdle();
}

void TournamentRunner::finishIfIdle()
{
    if (!m_running || !m_active.empty())
        return;
    if (!m_stopping && nextPending() >= 0)
        return;
    m_running = false;
    if (m_stopReason == StopReason::None)
        m_record.status = TournamentRecord::Status::Finished;
    else
        // Budget stops are "stopped" (a larger --budget continues them); the rest can simply be resumed.
        m_record.status = m_stopReason == StopReason::Budget ? TournamentRecord::Status::Stopped
                                                             : TournamentRecord::Status::Interrupted;
    m_record.costUsd = spentUsd();
    const TournamentRecord::Status status = m_record.status;
    m_services.store->saveTournament(m_record, this, [this, status](bool) { emit finished(status); });
}

double TournamentRunner::spentUsd() const
{
    double total = 0;
    for (double v : m_spentByDebate)
        total += v;
    return total;
}

void TournamentRunner::emitProgress()
{
    m_record.costUsd = spentUsd();
    emit progressChanged(m_record.finishedDebates(), int(m_record.debates.size()), m_record.costUsd);
}

CostPreview TournamentRunner::preview() const
{
    return preview(m_record, m_services.catalog, m_services.tokens);
}

CostPreview TournamentRunner::preview(const TournamentRecord &record, const ModelCatalog *catalog,
                                      const TokenCounter *tokens)
{
    CostPreview sum;
    sum.exact = true;
    DebateCostPreview previewer(catalog, tokens);
    previewer.setBatch(record.spec.batch);
    for (const TournamentEntry &e : record.debates) {
        if (e.status == TournamentEntry::Status::Finished)
            continue;
        const CostPreview p = previewer.of(record.spec.debateSpec(e.debate));
        sum.lowUsd += p.lowUsd;
        sum.highUsd += p.highUsd;
        sum.requests += p.requests;
        sum.known = sum.known && p.known;
        sum.exact = sum.exact && p.exact;
        for (const QString &m : p.unknownModels) {
            if (!sum.unknownModels.contains(m))
                sum.unknownModels << m;
        }
    }
    return sum;
}

} // namespace rostrum
