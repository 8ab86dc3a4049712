#include "DebateEngine.h"

#include "debate/ContextFitter.h"
#include "debate/DebateFork.h"
#include "debate/DebateLogging.h"
#include "debate/DebatePersistence.h"
#include "debate/SpeechStream.h"

namespace rostrum {

DebateEngine::DebateEngine(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_transcript(services.store, services.clock, this)
    , m_record(m_transcript.record())
    , m_budget(services.catalog, RequestTokens(services.tokens))
{
    Q_ASSERT(services.chat && services.clock);
    m_fitter = services.summarizer
        ? std::make_unique<ContextFitter>(services.summarizer, services.catalog, RequestTokens(services.tokens))
        : std::make_unique<ContextFitter>(services.chat, services.clock, services.catalog, services.tokens);
    connect(m_fitter.get(), &ContextFitter::fitted, this, &DebateEngine::contextFitted);
    connect(m_fitter.get(), &ContextFitter::summaryArrived, this, &DebateEngine::scheduleAdvance);
    m_stream = std::make_unique<SpeechStream>(services.chat, m_budget, RequestTokens(services.tokens));
    connect(m_stream.get(), &SpeechStream::progress, this, &DebateEngine::requestProgress);
    connect(m_stream.get(), &SpeechStream::speechDelta, this, &DebateEngine::speechDelta);
    connect(m_stream.get(), &SpeechStream::speechUpdated, this, &DebateEngine::speechUpdated);
    connect(m_stream.get(), &SpeechStream::costChanged, this, &DebateEngine::costChanged);
    connect(m_stream.get(), &SpeechStream::speechDone, this, &DebateEngine::onSpeechDone);
    connect(m_stream.get(), &SpeechStream::speechFailed, this, &DebateEngine::onSpeechFailed);
    connect(m_stream.get(), &SpeechStream::judgeAnswered, this, &DebateEngine::onJudgeAnswer);
    connect(m_stream.get(), &SpeechStream::judgeFailed, this, &DebateEngine::onJudgeFailed);
}

DebateEngine::~DebateEngine()
{
    m_stream->cancel(); // the speech in flight is marked stopped and saved while the engine is whole
}

bool DebateEngine::prepare(const DebateSpec &spec, QString *error)
{
    if (m_state != State::Idle) {
        if (error)
            *error = tr("This engine already ran a debate.");
        return false;
    }
    m_plan = DebatePlan::make(spec, error);
    return m_plan.has_value();
}

bool DebateEngine::start(const DebateSpec &spec, QString *error, const QString &id)
{
    if (!prepare(spec, error))
        return false;
    m_transcript.open(spec, id, m_rematchOf, m_plan->turns);
    begin();
    return true;
}

bool DebateEngine::startRematch(const DebateRecord &original, QString *error, const QString &id)
{
    if (original.spec.debaters.size() < 2) {
        if (error)
            *error = tr("Debate %1 has no debaters to swap.").arg(original.id);
        return false;
    }
    m_rematchOf = original.id;
    if (start(original.spec.withSidesSwapped(), error, id))
        return true;
    m_rematchOf.clear();
    return false;
}

bool DebateEngine::startFork(const DebateRecord &parent, int atSpeech, const QList<Debater> &debaters, QString *error,
                             const QString &id)
{
    const std::optional<DebateFork> fork = DebateFork::make(parent, atSpeech, debaters, error);
    if (!fork || !prepare(fork->spec, error))
        return false;
    m_transcript.open(fork->spec, id, {}, m_plan->turns);
    m_transcript.inherit(*fork);
    qCInfo(lcDebate) << "fork" << m_record.id << "of" << parent.id << "after entry" << atSpeech << "at turn"
                     << nextTurn();
    begin();
    return true;
}

bool DebateEngine::resume(const DebateRecord &saved, QString *error)
{
    if (!prepare(saved.spec, error))
        return false;
    m_transcript.reopen(saved);
    qCInfo(lcDebate) << "resuming debate" << m_record.id << "at turn" << nextTurn() << "of" << totalTurns();
    begin();
    return true;
}

bool DebateEngine::rejudge(const DebateRecord &saved, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (saved.spec.judgeModels().isEmpty())
        return refuse(tr("Debate %1 has no judge.").arg(saved.id));
    if (saved.status == DebateRecord::Status::Running)
        return refuse(tr("Debate %1 is still running.").arg(saved.id));
    // The engine that ran the debate may judge it again once it has ended (the window's "Ask the judge again").
    if (m_state != State::Idle && m_state != State::Finished && m_state != State::Stopped)
        return refuse(tr("This engine is still running a debate."));
    m_plan = DebatePlan::make(saved.spec, error);
    if (!m_plan)
        return false;
    if (m_plan->turns.nextTurn(saved.speeches) < totalTurns())
        return refuse(tr("Debate %1 is not over: resume it before it is judged.").arg(saved.id));
    m_transcript.reopen(saved);
    forgetVerdict(); // every judge is asked anew, even one a stopped panel had heard
    m_rejudge = true;
    m_stopReason = StopReason::None;
    m_lastError = {};
    qCInfo(lcDebate) << "judging debate" << m_record.id << "again";
    begin();
    return true;
}

void DebateEngine::begin()
{
    m_plan->requests.setPromptCacheKey(m_record.id); // the id exists from here (start, rematch or resume)
    m_judging.emplace(m_record.spec.judgeModels(), m_record.spec.judgeSwap, m_record.id);
    m_fitter->setDebate(m_record.id, m_plan->prompts);
    m_stream->setDebate(&m_transcript, &m_plan->requests,
                        [this](const ChatRequest &request) { return withinBudget(request); });
    m_transcript.save();
    setState(State::Running);
    scheduleAdvance();
}

int DebateEngine::nextTurn() const
{
    return m_plan ? m_plan->turns.nextTurn(m_record.speeches) : 0;
}

void DebateEngine::setVoteBefore(const AudienceVote &v)
{
    m_record.voteBefore = v;
    m_transcript.save();
}

void DebateEngine::setVoteAfter(const AudienceVote &v)
{
    m_record.voteAfter = v;
    m_transcript.save();
}

void DebateEngine::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void DebateEngine::scheduleAdvance()
{
    if (m_advanceQueued)
        return;
    m_advanceQueued = true;
    // Through the clock's next turn: a signal handler never re-enters the machine.
    m_services.clock->callLater(0, this, [this] {
        m_advanceQueued = false;
        advance();
    });
}

void DebateEngine::advance()
{
    if (m_state == State::Finished || m_state == State::Stopped || m_state == State::Idle || m_stream->isBusy()
        || m_fitter->isWaiting())
        return;
    if (m_pauseRequested) {
        setState(State::Paused);
        return;
    }
    if (m_plan->turns.moderatorDue(m_record.speeches)) {
        startModerator();
        return;
    }
    const int t = nextTurn();
    if (t < totalTurns()) {
        startTurn(t);
        return;
    }
    if (!m_record.spec.judgeModels().isEmpty() && !m_record.verdict) {
        // A judge whose request waited for a summary comes back here: the panel goes on where it was. A resumed
        // debate's panel goes on from the judge passes it saved.
        if (!m_judging->isUnderway() && m_judging->begin(m_record.judged) == JudgePanelRound::Next::Done)
            judgingDone();
        else
            startJudge();
        return;
    }
    finishDebate(DebateRecord::Status::Finished);
}

void DebateEngine::startTurn(int t)
{
    const Turn &turn = m_plan->turns.turns().at(t);
    const int debater = m_plan->turns.debaterFor(t);
    if (m_record.spec.debaters.at(debater).human) {
        setState(State::WaitingForHuman);
        emit humanTurn(t, turn.side, turn.role);
        return;
    }
    // A speech of this turn cut earlier (crash, stream failure, stop) is continued, not restarted.
    const int existing = TurnPlanner::speechOfTurn(m_record.speeches, t);
    const QList<Speech> heard = TurnPlanner::heard(m_record.speeches, existing);
    const QString prefix = existing >= 0 ? m_record.speeches.at(existing).text : QString();
    QString problem;
    std::optional<ChatRequest> request = m_plan->requests.speech(debater, m_plan->turns.modelFor(debater), &problem);
    if (!request) {
        interrupt(ApiError::make(ErrorClass::InvalidRequest, problem));
        return;
    }
    if (!m_fitter->fit(*request, heard, m_plan->requests.speechMessages(turn, debater, heard, prefix), true)
        || !withinBudget(*request))
        return;
    int index = existing;
    if (index < 0) {
        const int at = int(m_record.speeches.size());
        index = m_transcript.append(m_plan->speeches.debaterSpeech(at, t, turn, debater, m_transcript.now())).index;
    }
    Speech &s = speech(index);
    s.model = request->model;
    s.status = Speech::Status::Streaming;
    s.error.clear();
    m_transcript.saveSpeech(index);
    setState(State::Running);
    emit speechStarted(index, s);
    m_stream->start(SpeechStream::Kind::Speech, index, *request, prefix);
}

void DebateEngine::startModerator()
{
    const ChatRequest request = m_plan->requests.moderator();
    if (!withinBudget(request))
        return;
    int index = TurnPlanner::moderatorSpeech(m_record.speeches);
    if (index < 0) {
        const int at = int(m_record.speeches.size());
        index = m_transcript.append(m_plan->speeches.moderatorSpeech(at, m_transcript.now())).index;
    }
    Speech &s = speech(index);
    s.text.clear();
    s.model = request.model;
    s.status = Speech::Status::Streaming;
    m_transcript.saveSpeech(index);
    emit speechStarted(index, s);
    m_stream->start(SpeechStream::Kind::Moderator, index, request);
}

void DebateEngine::startJudge()
{
    ChatRequest request = m_plan->requests.judge(m_judging->model());
    const bool repair = m_judging->isRepair();
    const QList<Speech> heard = TurnPlanner::heard(m_record.speeches);
    // A repair hears the same transcript as the first try: its summary is already made.
    if (!m_fitter->fit(request, heard, m_judging->messages(m_plan->prompts, heard), !repair) || !withinBudget(request))
        return;
    setState(State::Judging);
    m_stream->start(SpeechStream::Kind::Judge, -1, request, {}, false, !repair && !m_rejudge);
}

bool DebateEngine::withinBudget(const ChatRequest &request)
{
    const BudgetGuard::Check c = m_budget.check(m_record.spec.budgetUsd, m_record.costUsd, request);
    if (c.allowed)
        return true;
    stopWith(StopReason::Budget, c.message);
    emit budgetStopped(m_record.costUsd, c.worstUsd, c.capUsd, c.message);
    return false;
}

void DebateEngine::onSpeechDone(int index, bool regenerated)
{
    Speech &s = speech(index);
    s.updated = m_transcript.now();
    m_transcript.saveSpeech(index);
    m_transcript.save();
    emit speechUpdated(index, s);
    emit speechFinished(index, s);
    if (regenerated)
        forgetVerdict(); // the verdict judged the old sample: judge again
    if (m_state == State::Running || m_state == State::Judging)
        scheduleAdvance();
}

void DebateEngine::onSpeechFailed(const ApiError &error)
{
    m_lastError = error;
    if (error.errorClass == ErrorClass::Cancelled)
        stopWith(StopReason::User, tr("Stopped by the user."));
    else
        interrupt(error);
}

void DebateEngine::onJudgeAnswer(const QString &text, double costUsd)
{
    judgeNext(m_judging->answered(text, costUsd));
}

void DebateEngine::onJudgeFailed(const ApiError &error, double costUsd)
{
    m_lastError = error;
    if (error.errorClass == ErrorClass::Cancelled) {
        finishDebate(DebateRecord::Status::Stopped);
        return;
    }
    // One judge that cannot answer does not silence the others: its verdict says why, the panel goes on.
    emit failed(error, m_judging->failedVerdictMessage(error));
    judgeNext(m_judging->failed(error, costUsd));
}

void DebateEngine::judgeNext(JudgePanelRound::Next next)
{
    if (next == JudgePanelRound::Next::Done) {
        judgingDone();
        return;
    }
    // Saved with what it cost as each request ends: a debate killed mid-panel resumes without asking (and paying)
    // again a judge pass that was answered.
    m_record.judged = m_judging->answers();
    m_transcript.save();
    startJudge();
}

void DebateEngine::judgingDone()
{
    m_record.panel = m_judging->panel();
    m_record.verdict = m_judging->verdict();
    m_record.judged = {};
    m_transcript.save();
    if (m_record.panel)
        emit panelReady(*m_record.panel);
    emit verdictReady(*m_record.verdict);
    finishDebate(DebateRecord::Status::Finished);
}

void DebateEngine::forgetVerdict()
{
    m_record.verdict.reset();
    m_record.panel.reset();
    m_record.judged = {};
    if (m_judging)
        m_judging->abandon();
}

void DebateEngine::interrupt(const ApiError &error)
{
    emit failed(error, error.userMessage());
    // The debate can be resumed later (--resume): it reads "interrupted", not "stopped".
    stopWith(StopReason::Error, error.userMessage(), DebateRecord::Status::Interrupted);
}

void DebateEngine::pause()
{
    m_pauseRequested = true;
    if (!m_stream->isBusy() && (m_state == State::Running || m_state == State::WaitingForHuman))
        setState(State::Paused);
}

void DebateEngine::resumeRunning()
{
    m_pauseRequested = false;
    if (m_state == State::Paused) {
        setState(State::Running);
        scheduleAdvance();
    }
}

void DebateEngine::stop()
{
    if (m_state == State::Finished || m_state == State::Stopped || m_state == State::Idle)
        return;
    if (m_stream->isBusy()) {
        m_stream->cancel(); // the speech is marked stopped, then the debate ends
        return;
    }
    m_fitter->cancel();
    stopWith(StopReason::User, tr("Stopped by the user."));
}

void DebateEngine::stopWith(StopReason reason, const QString &message, DebateRecord::Status status)
{
    m_stopReason = reason;
    m_record.stopReason = message;
    qCInfo(lcDebate) << "debate" << m_record.id << "ended:" << message;
    finishDebate(status);
}

bool DebateEngine::regenerateLast()
{
    if (m_stream->isBusy() || m_fitter->isWaiting() || m_state == State::Idle || m_state == State::WaitingForHuman)
        return false;
    const int last = TurnPlanner::lastDebaterSpeech(m_record.speeches);
    if (last < 0 || m_record.speeches.at(last).human)
        return false;
    const int debater = m_record.speeches.at(last).debater;
    const Turn &turn = m_plan->turns.turns().at(m_record.speeches.at(last).turn);
    const QList<Speech> heard = TurnPlanner::heard(m_record.speeches, last);
    ChatRequest request = m_plan->requests.resample(m_plan->turns.modelFor(debater));
    // The sample it replaces heard the same speeches, so their summary is normally cached; if not, an
    // extract stands in rather than keeping the user waiting.
    m_fitter->fit(request, heard, m_plan->requests.speechMessages(turn, debater, heard), false);
    if (m_state == State::Stopped || m_state == State::Finished) {
        m_state = State::Running; // quietly reopen: withinBudget may close it again
        m_record.status = DebateRecord::Status::Running;
    }
    if (!withinBudget(request))
        return false;
    Speech &s = speech(last);
    s.text.clear();
    s.citations.clear();
    s.status = Speech::Status::Streaming;
    setState(State::Running);
    m_transcript.saveSpeech(last);
    emit speechStarted(last, s);
    m_stream->start(SpeechStream::Kind::Speech, last, request, {}, true, false);
    return true;
}

void DebateEngine::interject(const QString &text, bool asAudience)
{
    if (text.trimmed().isEmpty() || m_state == State::Idle)
        return;
    addFinished(m_plan->speeches.interjection(int(m_record.speeches.size()), text, asAudience, m_transcript.now()));
}

void DebateEngine::addFinished(const Speech &s)
{
    m_transcript.append(s);
    m_transcript.saveSpeech(s.index);
    emit speechStarted(s.index, s);
    emit speechFinished(s.index, s);
}

bool DebateEngine::submitHumanSpeech(const QString &text)
{
    if (m_state != State::WaitingForHuman || text.trimmed().isEmpty())
        return false;
    const int t = nextTurn();
    const int debater = m_plan->turns.debaterFor(t);
    addFinished(m_plan->speeches.humanSpeech(int(m_record.speeches.size()), t, m_plan->turns.turns().at(t), debater,
                                             text, m_transcript.now()));
    setState(m_pauseRequested ? State::Paused : State::Running);
    scheduleAdvance();
    return true;
}

void DebateEngine::finishDebate(DebateRecord::Status status)
{
    if (m_state == State::Finished || m_state == State::Stopped)
        return;
    m_transcript.close(status);
    setState(status == DebateRecord::Status::Finished ? State::Finished : State::Stopped);
    emit finished(status);
}

} // namespace rostrum
