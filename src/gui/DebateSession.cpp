#include "DebateSession.h"

#include "flow/ChatService.h"
#include "GuiLogging.h"
#include "session/AppServices.h"
#include "SessionRowFactory.h"
#include "StatusIndicators.h"
#include "store/DebateStore.h"
#include "TranscriptModel.h"
#include "VerdictCard.h"

namespace rostrum::gui {

namespace {
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("requests_per_second"))
        return DebateSession::tr("rate limit (requests per second)");
    if (reason == QLatin1String("requests_per_minute"))
        return DebateSession::tr("rate limit (requests per minute)");
    if (reason == QLatin1String("tokens_per_minute"))
        return DebateSession::tr("rate limit (tokens per minute)");
    // The server said none are left this minute (and no Retry-After): the wait is its window.
    if (reason == QLatin1String("server_budget"))
        return DebateSession::tr("rate limit (none left this minute)");
    if (reason == QLatin1String("probing_limits"))
        return DebateSession::tr("learning the rate limits");
    return DebateSession::tr("rate limit");
}
} // namespace

DebateSession::DebateSession(TranscriptModel *transcript, StatusIndicators *status, AppServices *services,
                             QObject *parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_status(status)
    , m_services(services)
{ }

DebateSession::~DebateSession()
{
    // The engine talks to the chat service until it is gone.
    m_engine.reset();
}

void DebateSession::configure(const QUrl &baseUrl, const QString &apiKey)
{
    m_services->setEndpoint(baseUrl, apiKey);
}

DebateEngine::State DebateSession::state() const
{
    return m_engine ? m_engine->state() : DebateEngine::State::Idle;
}

DebateRecord DebateSession::record() const
{
    return m_engine ? m_engine->record() : DebateRecord();
}

bool DebateSession::isActive() const
{
    const auto s = state();
    return s == DebateEngine::State::Running || s == DebateEngine::State::Paused || s == DebateEngine::State::Judging
        || s == DebateEngine::State::WaitingForHuman;
}

void DebateSession::makeEngine()
{
    // The store is null when the database could not be opened: the debate runs, unsaved.
    m_engine = std::make_unique<DebateEngine>(DebateEngine::Services {
        m_services->chat(), m_services->clock(), m_services->catalog(), m_services->tokens(), m_services->debates()});
    connectEngine();
}

bool DebateSession::start(const DebateSpec &spec, QString *error)
{
    makeEngine();
    m_transcript->clear();
    return m_engine->start(spec, error);
}

bool DebateSession::resume(const DebateRecord &saved, QString *error)
{
    makeEngine();
    return m_engine->resume(saved, error);
}

bool DebateSession::fork(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters, QString *error)
{
    makeEngine();
    return m_engine->startFork(parent, atSpeech, debaters, error);
}

bool DebateSession::startRematch(const DebateRecord &original, QString *error)
{
    makeEngine();
    m_transcript->clear();
    return m_engine->startRematch(original, error);
}

bool DebateSession::rejudge(const DebateRecord &saved, QString *error)
{
    makeEngine();
    return m_engine->rejudge(saved, error);
}

void DebateSession::connectEngine()
{
    DebateEngine *e = m_engine.get();
    connect(e, &DebateEngine::speechStarted, this, [this](int index, const Speech &s) {
        SpeechRow row = SessionRowFactory::speechRow(s);
        row.id = QString::number(index);
        if (m_transcript->rowForId(row.id) >= 0)
            m_transcript->updateSpeech(m_transcript->rowForId(row.id), row);
        else
            m_transcript->appendSpeech(row);
    });
    connect(e, &DebateEngine::speechDelta, this,
            [this](int index, const QString &text) { m_transcript->appendText(QString::number(index), text); });
    const auto whole = [this](int index, const Speech &s) {
        const int row = m_transcript->rowForId(QString::number(index));
        SpeechRow r = SessionRowFactory::speechRow(s);
        r.id = QString::number(index);
        if (row >= 0)
            m_transcript->updateSpeech(row, r);
        else
            m_transcript->appendSpeech(r);
        updateUsage();
    };
    connect(e, &DebateEngine::speechUpdated, this, whole);
    connect(e, &DebateEngine::speechFinished, this, whole);
    connect(e, &DebateEngine::requestProgress, this, &DebateSession::showProgress);
    connect(e, &DebateEngine::humanTurn, this, &DebateSession::humanTurn);
    connect(e, &DebateEngine::costChanged, this, [this](double usd) {
        updateUsage();
        emit costChanged(usd);
    });
    connect(e, &DebateEngine::stateChanged, this, [this](DebateEngine::State s) {
        if (s == DebateEngine::State::Paused)
            m_status->setPaused({});
        emit stateChanged(s);
    });
    connect(e, &DebateEngine::budgetStopped, this,
            [this](double, double, double, const QString &text) { emit message(text); });
    connect(e, &DebateEngine::failed, this, [this](const ApiError &, const QString &text) {
        m_status->setFailed(text);
        emit message(text);
    });
    connect(e, &DebateEngine::verdictReady, this, [this](const Verdict &verdict) {
        // Shown at once, after the speeches; the window shows the whole record again when the debate ends.
        const SpeechRow card = VerdictCard::verdictRow(m_engine->record());
        const int row = m_transcript->rowForId(card.id);
        if (row >= 0)
            m_transcript->updateSpeech(row, card);
        else
            m_transcript->appendSpeech(card);
        emit verdictReady(verdict);
    });
    connect(e, &DebateEngine::finished, this, [this](DebateRecord::Status status) {
        m_transcript->flush();
        if (status == DebateRecord::Status::Finished)
            m_status->setIdle();
        emit finished(status);
    });
}

void DebateSession::showProgress(const RequestScheduler::Progress &p)
{
    using Stage = RequestScheduler::Stage;
    qCDebug(lcGui) << "progress" << RequestScheduler::stageName(p.stage) << p.reason << p.etaMs << p.error.className();
    switch (p.stage) {
    case Stage::Queued:
    case Stage::Running:
        m_status->setRunning(qMax(1, m_services->scheduler()->runningCount()));
        break;
    case Stage::WaitingForLimit:
        // After a 429 the retry may then wait for the limiter: to the user it is one wait for the same request.
        if (m_status->state() == StatusIndicators::FlowState::Retrying)
            m_status->setRetrying(tr("rate limited"), qMax(p.etaMs, m_status->remainingMs()));
        else
            m_status->setWaitingForLimit(reasonText(p.reason), p.etaMs);
        break;
    case Stage::Retrying:
        m_status->setRetrying(
            p.error.errorClass == ErrorClass::RateLimited ? tr("rate limited") : p.error.userMessage(), p.etaMs);
        break;
    case Stage::Done:
    case Stage::Cancelled:
        m_status->setIdle();
        break;
    case Stage::Failed:
        m_status->setFailed(p.error.userMessage());
        break;
    }
}

void DebateSession::updateUsage()
{
    if (!m_engine)
        return;
    const DebateRecord &r = m_engine->record();
    qint64 tokens = 0;
    for (const Speech &s : r.speeches) {
        if (s.index >= r.forkAt) // a fork's shared speeches were counted in its parent
            tokens += s.promptTokens + s.completionTokens;
    }
    m_status->setUsage(tokens, r.costUsd, true, r.spec.budgetUsd.value_or(-1));
}

void DebateSession::togglePause()
{
    if (!m_engine)
        return;
    if (m_engine->state() == DebateEngine::State::Paused)
        m_engine->resumeRunning();
    else
        m_engine->pause();
}

void DebateSession::stop()
{
    if (m_engine)
        m_engine->stop();
}

bool DebateSession::submitHumanSpeech(const QString &text)
{
    return m_engine && m_engine->submitHumanSpeech(text);
}

void DebateSession::interject(const QString &text, bool asAudience)
{
    if (m_engine)
        m_engine->interject(text, asAudience);
}

void DebateSession::setVoteBefore(const AudienceVote &vote)
{
    if (!m_engine)
        return;
    m_engine->setVoteBefore(vote);
    emit votesChanged();
}

void DebateSession::setVoteAfter(const AudienceVote &vote)
{
    if (!m_engine)
        return;
    m_engine->setVoteAfter(vote);
    emit votesChanged();
}

bool DebateSession::regenerate()
{
    return m_engine && m_engine->regenerateLast();
}

} // namespace rostrum::gui
