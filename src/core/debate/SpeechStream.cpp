#include "debate/SpeechStream.h"

#include "debate/CiteLinesRound.h"
#include "debate/SpeechRequestFactory.h"
#include "flow/ChatBackend.h"
#include "flow/ChatHandle.h"

#include <QCoreApplication>

namespace rostrum {

SpeechStream::SpeechStream(ChatBackend *chat, const BudgetGuard &budget, const RequestTokens &tokens, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_budget(budget)
    , m_tokens(tokens)
{ }

SpeechStream::~SpeechStream()
{
    cancel();
}

void SpeechStream::setDebate(DebateTranscript *transcript, const SpeechRequestFactory *requests, const MayGo &mayGo)
{
    m_transcript = transcript;
    m_record = &transcript->record();
    m_requests = requests;
    m_mayGo = mayGo;
}

void SpeechStream::cancel()
{
    if (m_handle)
        m_handle->cancel(); // failed(cancelled) follows: the speech is marked stopped
}

void SpeechStream::start(Kind kind, int speechIndex, const ChatRequest &request, const QString &prefix, bool regenerate,
                         bool allowCache)
{
    m_job = Job {kind, speechIndex, prefix, prefix, 0, regenerate, request.messages};
    if (kind == Kind::Speech)
        m_toolCitations.clear();
    m_stripper = PrefixStripper(prefix);
    send(request, allowCache);
}

void SpeechStream::send(const ChatRequest &request, bool allowCache)
{
    ChatOptions options;
    options.priority =
        m_job.kind == Kind::Speech ? RequestScheduler::Priority::Normal : RequestScheduler::Priority::High;
    options.purpose = m_job.kind == Kind::Judge ? QStringLiteral("judge") : QStringLiteral("speech");
    options.debateId = m_record->id;
    // A regenerated speech and a rematch ask for new samples: an answer remembered from before would
    // defeat their purpose (a rematch's judge may see a transcript identical to the original's).
    options.allowCache = allowCache && !m_job.regenerate && m_record->rematchOf.isEmpty();
    options.estimatedTokens = m_tokens.count(request) + request.maxTokens.value_or(0);
    ChatHandle *h = m_chat->submit(request, options);
    m_handle = h;
    connect(h, &ChatHandle::textDelta, this, &SpeechStream::onDelta);
    connect(h, &ChatHandle::progress, this, &SpeechStream::progress);
    connect(h, &ChatHandle::textReset, this, &SpeechStream::onTextReset);
    connect(h, &ChatHandle::finished, this, &SpeechStream::onFinished);
    connect(h, &ChatHandle::failed, this, &SpeechStream::onFailed);
    connect(h, &ChatHandle::ended, h, &QObject::deleteLater);
}

void SpeechStream::onDelta(const QString &text)
{
    if (m_job.speechIndex < 0 || m_job.kind == Kind::Judge)
        return;
    const QString shown = m_stripper.feed(text);
    if (shown.isEmpty())
        return;
    Speech &s = m_record->speeches[m_job.speechIndex];
    s.text += shown;
    emit speechDelta(s.index, shown);
    m_transcript->speechChanged(s.index);
}

void SpeechStream::onTextReset()
{
    if (m_job.speechIndex < 0)
        return;
    Speech &s = m_record->speeches[m_job.speechIndex];
    s.text = m_job.base;
    m_stripper = PrefixStripper(m_job.prefix);
    emit speechUpdated(s.index, s);
}

double SpeechStream::charge(const UsageRecord &usage, const QString &resultModel)
{
    const QString model = usage.model.isEmpty() ? resultModel : usage.model;
    double cost = 0;
    if (usage.batch)
        cost = m_budget.batchCostOf(model, usage.promptTokens, usage.completionTokens);
    else if (!usage.cached)
        cost = m_budget.costOf(model, usage.promptTokens, usage.completionTokens, usage.cachedPromptTokens);
    m_record->costUsd += cost;
    if (cost > 0)
        emit costChanged(m_record->costUsd);
    return cost;
}

void SpeechStream::applyAnswer(Speech &s, const QString &text, const UsageRecord &usage, double cost) const
{
    const QString answer = m_job.prefix.isEmpty() ? text : PrefixStripper::strip(m_job.prefix, text);
    s.text = m_job.base + answer;
    s.promptTokens += usage.promptTokens;
    s.completionTokens += usage.completionTokens;
    s.costUsd += cost;
    s.attempts += usage.attempts;
}

void SpeechStream::onFinished(const ChatResult &result, const UsageRecord &usage)
{
    ChatHandle *const handle = m_handle.data(); // the sender: one request at a time
    m_handle.clear();
    const double cost = charge(usage, result.model);
    if (m_job.kind == Kind::Judge) {
        emit judgeAnswered(result.text, cost);
        return;
    }
    Speech &s = m_record->speeches[m_job.speechIndex];
    m_stripper.finish();
    // The result is authoritative for the text; deltas were only the live view of it.
    applyAnswer(s, result.text, usage, cost);
    s.thinking += result.thinking;
    s.cached = usage.cached;
    s.finishReason = result.finishReason;
    if (CiteLinesRound(m_record->spec.code.text).applies(result, m_job.toolRounds))
        continueAfterTools(s, result, handle);
    else
        settle(s, handle);
}

// A cite_lines call: verify it, answer with the verdict on it, and let the speech go on.
void SpeechStream::continueAfterTools(Speech &s, const ChatResult &result, ChatHandle *handle)
{
    const CiteLinesRound::Answer a =
        CiteLinesRound(m_record->spec.code.text).answer(m_job.messages, s.text, result.toolCalls);
    m_toolCitations << a.citations;
    // A verified citation is a successful function call in the usage figures.
    if (handle)
        handle->setFunctionCalls(a.calls, a.verified);
    const ChatRequest follow = m_requests->followUp(s.model, a.messages);
    if (!m_mayGo(follow)) {
        s.status = Speech::Status::Stopped;
        s.citations = citationsFor(s.text);
        m_transcript->saveSpeech(s.index);
        emit speechUpdated(s.index, s);
        return;
    }
    // The follow-up's answer is appended to what was said before the call; nothing is resent
    // as a prefix, so there is nothing to strip.
    m_job.messages = a.messages;
    m_job.base = s.text.isEmpty() ? QString() : s.text + QLatin1Char('\n');
    m_job.prefix.clear();
    m_job.toolRounds += 1;
    m_stripper = PrefixStripper();
    s.text = m_job.base;
    m_transcript->saveSpeech(s.index);
    send(follow, false);
}

void SpeechStream::settle(Speech &s, ChatHandle *handle)
{
    s.status = Speech::Status::Finished;
    s.citations = citationsFor(s.text);
    // Citations written in the text (L12, L12-L20) are checked like cite_lines calls and count as function
    // calls of the request that produced the text; tool citations were counted on their own request.
    const CiteLinesRound::Count inText = CiteLinesRound::textCitations(s.citations, m_toolCitations.size());
    if (handle && inText.made > 0) {
        const UsageRecord &u = handle->usage();
        handle->setFunctionCalls(u.functionCallsMade + inText.made, u.functionCallsSucceeded + inText.verified);
    }
    const Job done = std::exchange(m_job, Job {});
    emit speechDone(s.index, done.regenerate);
}

void SpeechStream::onFailed(const ApiError &error, const ChatResult &partial, const UsageRecord &usage)
{
    m_handle.clear();
    const double cost = charge(usage, {});
    if (m_job.kind == Kind::Judge) {
        emit judgeFailed(error, cost);
        return;
    }
    const bool cancelled = error.errorClass == ErrorClass::Cancelled;
    Speech &s = m_record->speeches[m_job.speechIndex];
    m_stripper.finish();
    applyAnswer(s, partial.text, usage, cost); // keep what arrived: a later resume continues from it
    s.status = cancelled ? Speech::Status::Stopped : Speech::Status::Failed;
    s.error =
        cancelled ? QCoreApplication::translate("rostrum::DebateEngine", "Stopped by the user.") : error.userMessage();
    s.citations = citationsFor(s.text);
    m_transcript->saveSpeech(s.index);
    emit speechUpdated(s.index, s);
    m_job = Job {};
    emit speechFailed(error);
}

QList<Citation> SpeechStream::citationsFor(const QString &text) const
{
    return CiteLinesRound(m_record->spec.code.text).citationsFor(text, m_toolCitations);
}

} // namespace rostrum
