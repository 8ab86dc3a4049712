#include "DebateEngine.h"

#include "context/ContextBudget.h"
#include "context/Summarizer.h"
#include "debate/DebateLogging.h"
#include "debate/DebatePersistence.h"
#include "debate/LanguageModels.h"
#include "flow/ChatHandle.h"
#include "flow/ChatService.h"
#include "models/CostEstimator.h"
#include "models/ModelCatalog.h"
#include "security/ToolSchema.h"
#include "tokens/TokenCounter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace rostrum {

namespace {
constexpr int kMaxToolRounds = 2; // cite_lines round trips per speech before we insist on prose
constexpr int kJudgeMaxTokens = 1200;
constexpr int kModeratorMaxTokens = 300;
constexpr qint64 kSaveIntervalMs = 1000; // a crash loses at most a second of a speech

QJsonArray messagesJson(const QList<ChatMessage> &messages)
{
    QJsonArray a;
    for (const ChatMessage &m : messages)
        a.append(m.toJson());
    return a;
}
} // namespace

DebateEngine::DebateEngine(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    Q_ASSERT(services.chat && services.clock);
    m_summarizer = services.summarizer;
    if (!m_summarizer) {
        m_ownSummarizer =
            std::make_unique<Summarizer>(services.chat, services.clock, services.catalog, services.tokens);
        m_summarizer = m_ownSummarizer.get();
    }
}

DebateEngine::~DebateEngine()
{
    if (m_summaryTicket)
        m_summarizer->cancel(m_summaryTicket);
    if (m_saveTimer)
        m_services.clock->cancel(m_saveTimer);
    if (m_handle)
        m_handle->cancel();
}

// ---- setup -------------------------------------------------------------------------------------

bool DebateEngine::prepare(const DebateSpec &spec, QString *error)
{
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    m_format = DebateFormat::load(spec.format, error);
    if (!m_format)
        return false;
    m_turns = m_format->turns(spec.rounds);
    m_builder.emplace(spec, *m_format);
    return true;
}

bool DebateEngine::start(const DebateSpec &spec, QString *error, const QString &id)
{
    if (m_state != State::Idle) {
        if (error)
            *error = tr("This engine already ran a debate.");
        return false;
    }
    if (!prepare(spec, error))
        return false;
    m_record = DebateRecord {};
    m_record.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    m_record.spec = spec;
    m_record.rematchOf = m_rematchOf;
    // Fill in the default model of each AI debater now, so the saved spec says what was used.
    for (int i = 0; i < m_record.spec.debaters.size(); ++i) {
        if (!m_record.spec.debaters[i].human && m_record.spec.debaters[i].model.isEmpty())
            m_record.spec.debaters[i].model = modelForDebater(i);
    }
    m_record.status = DebateRecord::Status::Running;
    m_record.created = m_services.clock->wallTime().toUTC();
    m_record.updated = m_record.created;
    saveDebate();
    setState(State::Running);
    scheduleAdvance();
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
    const bool ok = start(original.spec.withSidesSwapped(), error, id);
    if (!ok)
        m_rematchOf.clear();
    return ok;
}

bool DebateEngine::resume(const DebateRecord &saved, QString *error)
{
    if (m_state != State::Idle) {
        if (error)
            *error = tr("This engine already ran a debate.");
        return false;
    }
    if (!prepare(saved.spec, error))
        return false;
    m_record = saved;
    for (Speech &s : m_record.speeches) {
        // A speech still "streaming" in the store belonged to a process that died.
        if (s.status == Speech::Status::Streaming)
            s.status = Speech::Status::Interrupted;
    }
    m_record.status = DebateRecord::Status::Running;
    m_record.stopReason.clear();
    m_record.updated = m_services.clock->wallTime().toUTC();
    saveDebate();
    qCInfo(lcDebate) << "resuming debate" << m_record.id << "at turn" << nextTurn() << "of" << m_turns.size();
    setState(State::Running);
    scheduleAdvance();
    return true;
}

QString DebateEngine::modelForDebater(int debater) const
{
    const Debater &d = m_record.spec.debaters.at(debater);
    if (!d.model.isEmpty())
        return d.model;
    return LanguageModels().modelFor(m_record.spec.languageOf(debater), !m_record.spec.code.isEmpty());
}

int DebateEngine::nextTurn() const
{
    for (int t = 0; t < m_turns.size(); ++t) {
        bool done = false;
        for (const Speech &s : m_record.speeches)
            done = done || (s.turn == t && s.status == Speech::Status::Finished);
        if (!done)
            return t;
    }
    return int(m_turns.size());
}

void DebateEngine::setVoteBefore(const AudienceVote &v)
{
    m_record.voteBefore = v;
    saveDebate();
}

void DebateEngine::setVoteAfter(const AudienceVote &v)
{
    m_record.voteAfter = v;
    saveDebate();
}

// ---- the state machine -------------------------------------------------------------------------

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
    if (m_state == State::Finished || m_state == State::Stopped || m_state == State::Idle || m_handle
        || m_summaryTicket)
        return;
    if (m_pauseRequested) {
        setState(State::Paused);
        return;
    }
    if (!m_record.spec.moderatorModel.isEmpty()) {
        bool introduced = false;
        for (const Speech &s : m_record.speeches)
            introduced = introduced || (s.role == QLatin1String("moderator") && s.status == Speech::Status::Finished);
        if (!introduced) {
            startModerator();
            return;
        }
    }
    const int t = nextTurn();
    if (t < m_turns.size()) {
        startTurn(t);
        return;
    }
    if (!m_record.spec.judgeModel.isEmpty() && !m_record.verdict) {
        m_judgeRepairUsed = false;
        startJudge(false);
        return;
    }
    finishDebate(DebateRecord::Status::Finished);
}

QList<Speech> DebateEngine::heardSoFar() const
{
    QList<Speech> out;
    for (const Speech &s : m_record.speeches) {
        if (!s.text.isEmpty() && (s.status == Speech::Status::Finished || !s.isDebaterSpeech()))
            out << s;
    }
    return out;
}

void DebateEngine::startTurn(int t)
{
    const Turn &turn = m_turns.at(t);
    int nthOfSide = 0;
    for (int i = 0; i < t; ++i)
        nthOfSide += m_turns.at(i).side == turn.side ? 1 : 0;
    const int debater = m_record.spec.debaterFor(turn.side, nthOfSide);
    const Debater &d = m_record.spec.debaters.at(debater);

    if (d.human) {
        setState(State::WaitingForHuman);
        emit humanTurn(t, turn.side, turn.role);
        return;
    }

    // A speech of this turn cut earlier (crash, stream failure, stop) is continued, not restarted.
    int existing = -1;
    for (const Speech &s : std::as_const(m_record.speeches)) {
        if (s.turn == t)
            existing = s.index;
    }
    QList<Speech> heard;
    for (const Speech &s : heardSoFar()) {
        if (existing < 0 || s.index < existing)
            heard << s;
    }
    const QString prefix = existing >= 0 ? m_record.speeches.at(existing).text : QString();

    ChatRequest request;
    request.model = modelForDebater(debater);
    request.temperature = m_record.spec.temperature;
    request.maxTokens = m_record.spec.maxTokens;
    request.stream = true;
    if (!m_record.spec.code.isEmpty()) {
        const QJsonObject tool = CodeEvidence::citeLinesTool(
            m_builder->promptsFor(m_record.spec.languageOf(debater)).text(QStringLiteral("cite_tool_description")));
        // No function definition leaves without passing the schema check the API would apply.
        const ToolSchema::Result check = ToolSchema::validateFunction(tool);
        if (!check.ok()) {
            const ApiError error = ApiError::make(
                ErrorClass::InvalidRequest, tr("The cite_lines tool definition is not valid: %1").arg(check.message()));
            emit failed(error, error.userMessage());
            m_stopReason = StopReason::Error;
            m_record.stopReason = error.userMessage();
            finishDebate(DebateRecord::Status::Interrupted);
            return;
        }
        const QJsonObject fn = tool.value(QLatin1String("function")).toObject();
        request.tools << ToolDefinition {fn.value(QLatin1String("name")).toString(),
                                         fn.value(QLatin1String("description")).toString(),
                                         fn.value(QLatin1String("parameters")).toObject(), false};
        request.toolChoice = QStringLiteral("auto");
    }
    const MessageBuilder build = [&](const QString &summary, int summarized) {
        QList<ChatMessage> m = m_builder->speechMessages(turn, debater, heard, summary, summarized);
        if (!prefix.isEmpty())
            m << ChatMessage::assistant(prefix, true);
        return m;
    };
    if (!fitToWindow(request, heard, build, true))
        return;
    if (!withinBudget(request.model, request))
        return;

    int index = existing;
    if (index < 0) {
        Speech s;
        s.index = int(m_record.speeches.size());
        s.turn = t;
        s.debater = debater;
        s.speaker = m_builder->speakerName(debater);
        s.side = turn.side;
        s.role = turn.role;
        s.round = turn.round;
        s.language = m_record.spec.languageOf(debater);
        s.started = m_services.clock->wallTime().toUTC();
        m_record.speeches << s;
        index = s.index;
    }
    Speech &s = speech(index);
    s.model = request.model;
    s.status = Speech::Status::Streaming;
    s.error.clear();
    m_pending = Pending {Pending::Kind::Speech, index, prefix, prefix, 0, false, request.messages};
    m_toolCitations.clear();
    m_stripper = PrefixStripper(prefix);
    saveSpeechNow(index);
    setState(State::Running);
    emit speechStarted(index, s);
    send(request, true);
}

void DebateEngine::startModerator()
{
    ChatRequest request;
    request.model = m_record.spec.moderatorModel;
    request.messages = m_builder->moderatorMessages();
    request.temperature = m_record.spec.temperature;
    request.maxTokens = kModeratorMaxTokens;
    request.stream = true;
    if (!withinBudget(request.model, request))
        return;
    int index = -1;
    for (const Speech &s : std::as_const(m_record.speeches)) {
        if (s.role == QLatin1String("moderator"))
            index = s.index;
    }
    if (index < 0) {
        Speech s;
        s.index = int(m_record.speeches.size());
        s.side = QStringLiteral("moderator");
        s.role = QStringLiteral("moderator");
        s.speaker = tr("Moderator");
        s.language = m_record.spec.language;
        s.started = m_services.clock->wallTime().toUTC();
        m_record.speeches << s;
        index = s.index;
    }
    Speech &s = speech(index);
    s.text.clear();
    s.model = request.model;
    s.status = Speech::Status::Streaming;
    m_pending = Pending {Pending::Kind::Moderator, index, {}, {}, 0, false, request.messages};
    m_stripper = PrefixStripper();
    saveSpeechNow(index);
    emit speechStarted(index, s);
    send(request, true);
}

void DebateEngine::startJudge(bool repair, const QStringList &problems, const QString &badAnswer)
{
    ChatRequest request;
    request.model = m_record.spec.judgeModel;
    // A verdict should not depend on the dice: temperature 0 (which also makes it cacheable).
    request.temperature = 0.0;
    request.maxTokens = kJudgeMaxTokens;
    request.stream = true;
    ResponseFormat rf;
    rf.type = ResponseFormat::Type::JsonSchema;
    rf.name = QStringLiteral("verdict");
    rf.schema = Verdict::schema();
    rf.strict = true;
    request.responseFormat = rf;
    const QList<Speech> heard = heardSoFar();
    const MessageBuilder build = [&](const QString &summary, int summarized) {
        QList<ChatMessage> m = m_builder->judgeMessages(heard, summary, summarized);
        if (repair)
            m << ChatMessage::assistant(badAnswer) << ChatMessage::user(m_builder->judgeRepairMessage(problems));
        return m;
    };
    // A repair hears the same transcript as the first try: its summary is already made.
    if (!fitToWindow(request, heard, build, !repair))
        return;
    if (!withinBudget(request.model, request))
        return;
    m_pending =
        Pending {repair ? Pending::Kind::JudgeRepair : Pending::Kind::Judge, -1, {}, {}, 0, false, request.messages};
    setState(State::Judging);
    send(request, !repair);
}

// ---- context window ----------------------------------------------------------------------------

qint64 DebateEngine::contextWindowOf(const QString &model) const
{
    const ModelInfo *m = m_services.catalog ? m_services.catalog->find(model) : nullptr;
    return m ? m->contextTokens : 0;
}

QString DebateEngine::extractSummary(const QStringList &entries)
{
    // What stands in for a summary the Summarizer could not give: each speech's header and first sentence,
    // so every side's opening claim survives.
    QStringList parts;
    for (const QString &e : entries) {
        const qsizetype nl = e.indexOf(QLatin1Char('\n'));
        const QString head = nl < 0 ? QString() : e.left(nl);
        QString body = (nl < 0 ? e : e.mid(nl + 1)).simplified();
        qsizetype end = -1;
        for (const QChar stop : {QLatin1Char('.'), QLatin1Char('!'), QLatin1Char('?')}) {
            const qsizetype at = body.indexOf(stop);
            if (at >= 0 && (end < 0 || at < end))
                end = at;
        }
        if (end >= 0)
            body = body.left(end + 1);
        if (body.size() > 200)
            body = body.left(200) + QStringLiteral("…");
        parts << (head.isEmpty() ? body : head + QLatin1Char(' ') + body);
    }
    return parts.join(QLatin1Char('\n'));
}

bool DebateEngine::fitToWindow(ChatRequest &request, const QList<Speech> &heard, const MessageBuilder &build,
                               bool mayWait)
{
    request.messages = build(QString(), 0);
    const qint64 window = contextWindowOf(request.model);
    if (window <= 0 || heard.isEmpty())
        return true; // unknown window: nothing to fit to (the API will say if it is too much)
    const TokenCounter fallbackCounter;
    const ContextBudget rule(m_services.tokens ? *m_services.tokens : fallbackCounter);
    const qint64 budget = rule.budgetFor(window, request.maxTokens.value_or(0));
    auto tokensWith = [&](const QList<ChatMessage> &messages) {
        ChatRequest r = request;
        r.messages = messages;
        return promptTokens(r);
    };
    if (tokensWith(request.messages) <= budget)
        return true;

    // The fewest oldest speeches whose replacement by a summary of `reserve` tokens makes the request fit;
    // the motion (system prompt), the turn's instruction and the newest speeches stay verbatim.
    const qint64 reserve = std::clamp<qint64>(budget / 8, 32, 1024); // ContextBudget's default reserve
    const int n = int(heard.size());
    auto fits = [&](int k) {
        return tokensWith(build(QString(), k)) + reserve <= budget;
    };
    int k = n;
    if (fits(n)) {
        int lo = 1;
        int hi = n;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (fits(mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        k = lo;
    } else {
        qCWarning(lcDebate) << "the request to" << request.model << "exceeds its window of" << window
                            << "tokens even with every earlier speech summarised";
    }
    const QStringList entries = m_builder->historyEntries(heard.mid(0, k));
    const QString fallbackKey = QString::fromLatin1(
        QCryptographicHash::hash(entries.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256).toHex());

    QString summary;
    bool fallback = false;
    if (const auto cached = m_summarizer->cached(m_record.id, entries)) {
        summary = *cached;
    } else if (const auto it = m_fallbackSummaries.constFind(fallbackKey); it != m_fallbackSummaries.constEnd()) {
        summary = *it;
        fallback = true;
    } else if (mayWait) {
        const PromptBuilder builder = *m_builder; // the Summarizer may build prompts after this engine is gone
        qCInfo(lcDebate) << "debate" << m_record.id << "summarising" << k << "of" << n << "speeches for"
                         << request.model;
        m_summaryTicket = m_summarizer->summarise(
            m_record.id, entries, reserve,
            [builder](const QString &previous, const QStringList &e, int words) {
                return builder.summaryMessages(previous, e, words);
            },
            this,
            [this, fallbackKey, entries](const SummaryResult &r) {
                m_summaryTicket = 0;
                if (!r.ok) {
                    qCWarning(lcDebate) << "no summary (" << r.error.userMessage() << "): an extract stands in";
                    m_fallbackSummaries.insert(fallbackKey, extractSummary(entries));
                }
                scheduleAdvance();
            });
        return false;
    } else {
        summary = extractSummary(entries);
        fallback = true;
    }

    request.messages = build(summary, k);
    // The summary was limited to `reserve` tokens of the summariser's tokenizer; another model may count more.
    qint64 tokens = tokensWith(request.messages);
    while (tokens > budget && !summary.isEmpty()) {
        summary.chop(qMax<qsizetype>(1, summary.size() / 5));
        request.messages = build(summary, k);
        tokens = tokensWith(request.messages);
    }
    emit contextFitted(request.model, k, tokens, budget, fallback);
    return true;
}

// ---- budget and cost ---------------------------------------------------------------------------

qint64 DebateEngine::promptTokens(const ChatRequest &request) const
{
    const QJsonObject body = request.toJson();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    if (m_services.tokens)
        return m_services.tokens->countMessages(messages, request.model, tools).count;
    return TokenCounter::heuristicMessagesCount(messages, tools);
}

double DebateEngine::costOf(const QString &model, qint64 prompt, qint64 completion, bool *known) const
{
    if (!m_services.catalog) {
        if (known)
            *known = false;
        return 0;
    }
    const CostEstimate e = CostEstimator(m_services.catalog).exact(model, prompt, completion);
    if (known)
        *known = e.known;
    return e.known ? e.totalUsd : 0;
}

bool DebateEngine::withinBudget(const QString &model, const ChatRequest &request)
{
    if (!m_record.spec.budgetUsd)
        return true;
    const double cap = *m_record.spec.budgetUsd;
    double worst = 0;
    bool known = false;
    if (m_services.catalog) {
        const CostEstimate e =
            CostEstimator(m_services.catalog).worstCase(model, promptTokens(request), request.maxTokens.value_or(0));
        known = e.known;
        worst = e.totalUsd;
    }
    if (!known) {
        // A cap cannot be honoured for a model whose price we do not know: refuse rather than guess.
        stopWith(StopReason::Budget,
                 tr("The price of %1 is not known, so the budget cap of $%2 cannot be guaranteed; stopped before "
                    "sending. Set a price for it or run without --budget.")
                     .arg(model)
                     .arg(cap, 0, 'f', 4));
        emit budgetStopped(m_record.costUsd, 0, cap, m_record.stopReason);
        return false;
    }
    if (m_record.costUsd + worst > cap) {
        const QString message = tr("Budget cap reached: $%1 spent, and the next request could cost up to $%2, "
                                   "which would cross the cap of $%3. Stopped before sending it.")
                                    .arg(m_record.costUsd, 0, 'f', 4)
                                    .arg(worst, 0, 'f', 4)
                                    .arg(cap, 0, 'f', 4);
        stopWith(StopReason::Budget, message);
        emit budgetStopped(m_record.costUsd, worst, cap, message);
        return false;
    }
    return true;
}

CostPreview DebateEngine::preview(const DebateSpec &spec, const ModelCatalog *catalog)
{
    CostPreview p;
    const auto format = DebateFormat::load(spec.format);
    if (!format || spec.debaters.size() < 2)
        return p;
    const PromptBuilder builder(spec, *format);
    const QList<Turn> turns = format->turns(spec.rounds);
    const CostEstimator estimator(catalog);
    auto add = [&](const QString &model, qint64 lowPrompt, qint64 highPrompt, qint64 lowOut, qint64 highOut) {
        ++p.requests;
        const CostEstimate lo = estimator.exact(model, lowPrompt, lowOut);
        const CostEstimate hi = estimator.exact(model, highPrompt, highOut);
        if (!catalog || !lo.known || !hi.known) {
            p.known = false;
            if (!p.unknownModels.contains(model))
                p.unknownModels << model;
            return;
        }
        p.lowUsd += lo.totalUsd;
        p.highUsd += hi.totalUsd;
    };
    // Earlier speeches are part of every later prompt: a third of max_tokens for the low end,
    // all of it for the worst case.
    const qint64 low = spec.maxTokens / 3;
    const qint64 high = spec.maxTokens;
    int spoken = 0;
    if (!spec.moderatorModel.isEmpty()) {
        const qint64 base = TokenCounter::heuristicMessagesCount(messagesJson(builder.moderatorMessages()));
        add(spec.moderatorModel, base, base, kModeratorMaxTokens / 3, kModeratorMaxTokens);
        ++spoken;
    }
    for (const Turn &t : turns) {
        int nth = 0;
        for (const Turn &u : turns)
            nth += (u.index < t.index && u.side == t.side) ? 1 : 0;
        const int debater = spec.debaterFor(t.side, nth);
        if (spec.debaters.at(debater).human) {
            ++spoken;
            continue;
        }
        QString model = spec.debaters.at(debater).model;
        if (model.isEmpty())
            model = LanguageModels().modelFor(spec.languageOf(debater), !spec.code.isEmpty());
        const qint64 base = TokenCounter::heuristicMessagesCount(messagesJson(builder.speechMessages(t, debater, {})));
        add(model, base + spoken * low, base + spoken * high, low, high);
        ++spoken;
    }
    if (!spec.judgeModel.isEmpty()) {
        const qint64 base = TokenCounter::heuristicMessagesCount(messagesJson(builder.judgeMessages({})));
        add(spec.judgeModel, base + spoken * low, base + spoken * high, kJudgeMaxTokens / 3, kJudgeMaxTokens);
    }
    return p;
}

// ---- requests ----------------------------------------------------------------------------------

void DebateEngine::send(const ChatRequest &request, bool allowCache)
{
    ChatOptions options;
    options.priority =
        m_pending.kind == Pending::Kind::Speech ? RequestScheduler::Priority::Normal : RequestScheduler::Priority::High;
    options.purpose = (m_pending.kind == Pending::Kind::Judge || m_pending.kind == Pending::Kind::JudgeRepair)
        ? QStringLiteral("judge")
        : QStringLiteral("speech");
    options.debateId = m_record.id;
    // A regenerated speech and a rematch ask for new samples: an answer remembered from before would
    // defeat their purpose (a rematch's judge may see a transcript identical to the original's).
    options.allowCache = allowCache && !m_pending.regenerate && m_record.rematchOf.isEmpty();
    options.estimatedTokens = promptTokens(request) + request.maxTokens.value_or(0);
    ChatHandle *h = m_services.chat->submit(request, options);
    m_handle = h;
    connect(h, &ChatHandle::textDelta, this, &DebateEngine::onDelta);
    connect(h, &ChatHandle::progress, this, &DebateEngine::requestProgress);
    connect(h, &ChatHandle::textReset, this, [this] {
        if (m_pending.speechIndex < 0)
            return;
        Speech &s = speech(m_pending.speechIndex);
        s.text = m_pending.base;
        m_stripper = PrefixStripper(m_pending.prefix);
        emit speechUpdated(s.index, s);
    });
    connect(h, &ChatHandle::finished, this, &DebateEngine::onFinished);
    connect(h, &ChatHandle::failed, this, &DebateEngine::onFailed);
    connect(h, &ChatHandle::ended, h, &QObject::deleteLater);
}

void DebateEngine::onDelta(const QString &text)
{
    if (m_pending.speechIndex < 0 || m_pending.kind == Pending::Kind::Judge
        || m_pending.kind == Pending::Kind::JudgeRepair)
        return;
    const QString shown = m_stripper.feed(text);
    if (shown.isEmpty())
        return;
    Speech &s = speech(m_pending.speechIndex);
    s.text += shown;
    emit speechDelta(s.index, shown);
    scheduleSave();
}

QList<Citation> DebateEngine::citationsFor(const QString &text, const QList<Citation> &fromTools) const
{
    if (m_record.spec.code.isEmpty())
        return {};
    const CodeEvidence evidence(m_record.spec.code.text);
    QList<Citation> all = evidence.verifyAll(fromTools);
    for (const Citation &c : evidence.verifyAll(CodeEvidence::parseReferences(text))) {
        bool seen = false;
        for (const Citation &o : std::as_const(all))
            seen = seen || (o.startLine == c.startLine && o.endLine == c.endLine);
        if (!seen)
            all << c;
    }
    return all;
}

void DebateEngine::onFinished(const ChatResult &result, const UsageRecord &usage)
{
    ChatHandle *const handle = m_handle.data(); // the sender: one request at a time
    m_handle.clear();
    bool priceKnown = true;
    const double cost = usage.cached ? 0
                                     : costOf(usage.model.isEmpty() ? result.model : usage.model, usage.promptTokens,
                                              usage.completionTokens, &priceKnown);
    m_record.costUsd += cost;
    if (cost > 0)
        emit costChanged(m_record.costUsd);

    if (m_pending.kind == Pending::Kind::Judge || m_pending.kind == Pending::Kind::JudgeRepair) {
        QStringList problems;
        Verdict v = Verdict::parse(result.text, &problems);
        v.model = m_record.spec.judgeModel;
        if (!v.valid && m_pending.kind == Pending::Kind::Judge && !m_judgeRepairUsed) {
            qCInfo(lcDebate) << "verdict invalid, asking once for a repair:" << v.error;
            m_judgeRepairUsed = true;
            startJudge(true, problems, result.text);
            return;
        }
        v.repaired = v.valid && m_pending.kind == Pending::Kind::JudgeRepair;
        if (!v.valid)
            v.error = tr("The judge's verdict was invalid even after one repair: %1").arg(v.error);
        m_record.verdict = v;
        saveDebate();
        emit verdictReady(v);
        finishDebate(DebateRecord::Status::Finished);
        return;
    }

    Speech &s = speech(m_pending.speechIndex);
    m_stripper.finish();
    // The result is authoritative for the text; deltas were only the live view of it.
    const QString answer =
        m_pending.prefix.isEmpty() ? result.text : PrefixStripper::strip(m_pending.prefix, result.text);
    s.text = m_pending.base + answer;
    s.thinking += result.thinking;
    s.promptTokens += usage.promptTokens;
    s.completionTokens += usage.completionTokens;
    s.costUsd += cost;
    s.attempts += usage.attempts;
    s.cached = usage.cached;
    s.finishReason = result.finishReason;

    // A cite_lines call: verify it, answer with the verdict on it, and let the speech go on.
    if (!result.toolCalls.isEmpty() && !m_record.spec.code.isEmpty() && m_pending.toolRounds < kMaxToolRounds) {
        const CodeEvidence evidence(m_record.spec.code.text);
        // The assistant turn that made the call carries everything said so far in this speech
        // (a resume prefix included), then one tool answer per call.
        QList<ChatMessage> messages = m_pending.messages;
        if (!messages.isEmpty() && messages.last().prefix)
            messages.removeLast();
        ChatMessage call = ChatMessage::assistant(s.text);
        call.toolCalls = result.toolCalls;
        call.contentNull = s.text.isEmpty();
        messages << call;
        int verified = 0;
        for (const ToolCall &tc : result.toolCalls) {
            Citation c =
                tc.name == QLatin1String("cite_lines") ? CodeEvidence::parseToolCall(tc.arguments) : Citation {};
            if (tc.name != QLatin1String("cite_lines"))
                c.reason = QStringLiteral("unknown tool %1").arg(tc.name);
            c = evidence.verify(c);
            if (tc.name == QLatin1String("cite_lines"))
                m_toolCitations << c;
            verified += c.verified ? 1 : 0;
            QJsonObject reply {{QStringLiteral("lines"), c.lines()}, {QStringLiteral("verified"), c.verified}};
            if (c.verified)
                reply.insert(QStringLiteral("code"), QStringList(evidence.line(c.startLine)).join(QString()));
            else
                reply.insert(QStringLiteral("reason"), c.reason);
            messages << ChatMessage::tool(tc.id, tc.name,
                                          QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
        }
        // A verified citation is a successful function call in the usage figures.
        if (handle)
            handle->setFunctionCalls(int(result.toolCalls.size()), verified);
        ChatRequest follow;
        follow.model = s.model;
        follow.messages = messages;
        follow.temperature = m_record.spec.temperature;
        follow.maxTokens = m_record.spec.maxTokens;
        follow.stream = true;
        if (!withinBudget(follow.model, follow)) {
            s.status = Speech::Status::Stopped;
            s.citations = citationsFor(s.text, m_toolCitations);
            saveSpeechNow(s.index);
            emit speechUpdated(s.index, s);
            return;
        }
        // The follow-up's answer is appended to what was said before the call; nothing is resent
        // as a prefix, so there is nothing to strip.
        m_pending.messages = messages;
        m_pending.base = s.text.isEmpty() ? QString() : s.text + QLatin1Char('\n');
        m_pending.prefix.clear();
        m_pending.toolRounds += 1;
        m_stripper = PrefixStripper();
        s.text = m_pending.base;
        saveSpeechNow(s.index);
        send(follow, false);
        return;
    }

    finishSpeech(s, result, handle);
}

void DebateEngine::finishSpeech(Speech &s, const ChatResult &result, ChatHandle *handle)
{
    Q_UNUSED(result);
    s.status = Speech::Status::Finished;
    s.citations = citationsFor(s.text, m_toolCitations);
    // Citations written in the text (L12, L12-L20) are checked like cite_lines calls and count as function
    // calls of the request that produced the text; tool citations were counted on their own request.
    if (handle) {
        int made = 0;
        int verified = 0;
        for (qsizetype i = m_toolCitations.size(); i < s.citations.size(); ++i) {
            ++made;
            verified += s.citations.at(i).verified ? 1 : 0;
        }
        if (made > 0) {
            const UsageRecord &u = handle->usage();
            handle->setFunctionCalls(u.functionCallsMade + made, u.functionCallsSucceeded + verified);
        }
    }
    s.updated = m_services.clock->wallTime().toUTC();
    saveSpeechNow(s.index);
    saveDebate();
    emit speechUpdated(s.index, s);
    emit speechFinished(s.index, s);
    if (m_pending.regenerate && m_record.verdict) {
        // The verdict judged the old sample: judge again.
        m_record.verdict.reset();
    }
    m_pending = Pending {};
    if (m_state == State::Running || m_state == State::Judging)
        scheduleAdvance();
}

void DebateEngine::onFailed(const ApiError &error, const ChatResult &partial, const UsageRecord &usage)
{
    m_handle.clear();
    m_lastError = error;
    const double cost = costOf(usage.model, usage.promptTokens, usage.completionTokens);
    m_record.costUsd += cost;
    if (cost > 0)
        emit costChanged(m_record.costUsd);
    const bool cancelled = error.errorClass == ErrorClass::Cancelled;

    if (m_pending.kind == Pending::Kind::Judge || m_pending.kind == Pending::Kind::JudgeRepair) {
        if (cancelled) {
            finishDebate(DebateRecord::Status::Stopped);
            return;
        }
        Verdict v;
        v.model = m_record.spec.judgeModel;
        v.error = tr("The judge could not answer: %1").arg(error.userMessage());
        m_record.verdict = v;
        saveDebate();
        emit verdictReady(v);
        emit failed(error, v.error);
        finishDebate(DebateRecord::Status::Finished);
        return;
    }

    Speech &s = speech(m_pending.speechIndex);
    m_stripper.finish();
    // Keep what arrived: a later resume continues from it.
    const QString kept =
        m_pending.prefix.isEmpty() ? partial.text : PrefixStripper::strip(m_pending.prefix, partial.text);
    s.text = m_pending.base + kept;
    s.promptTokens += usage.promptTokens;
    s.completionTokens += usage.completionTokens;
    s.costUsd += cost;
    s.attempts += usage.attempts;
    s.status = cancelled ? Speech::Status::Stopped : Speech::Status::Failed;
    s.error = cancelled ? tr("Stopped by the user.") : error.userMessage();
    s.citations = citationsFor(s.text, m_toolCitations);
    saveSpeechNow(s.index);
    emit speechUpdated(s.index, s);
    m_pending = Pending {};
    if (cancelled) {
        stopWith(StopReason::User, tr("Stopped by the user."));
        return;
    }
    emit failed(error, error.userMessage());
    // The debate can be resumed later (--resume): it reads "interrupted", not "stopped".
    m_stopReason = StopReason::Error;
    m_record.stopReason = error.userMessage();
    finishDebate(DebateRecord::Status::Interrupted);
}

// ---- control -----------------------------------------------------------------------------------

void DebateEngine::pause()
{
    m_pauseRequested = true;
    if (!m_handle && (m_state == State::Running || m_state == State::WaitingForHuman))
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
    if (m_handle) {
        m_handle->cancel(); // onFailed(cancelled) marks the speech and ends the debate
        return;
    }
    if (m_summaryTicket) {
        m_summarizer->cancel(m_summaryTicket);
        m_summaryTicket = 0;
    }
    stopWith(StopReason::User, tr("Stopped by the user."));
}

void DebateEngine::stopWith(StopReason reason, const QString &message)
{
    m_stopReason = reason;
    m_record.stopReason = message;
    qCInfo(lcDebate) << "debate" << m_record.id << "stopped:" << message;
    finishDebate(DebateRecord::Status::Stopped);
}

bool DebateEngine::regenerateLast()
{
    if (m_handle || m_summaryTicket || m_state == State::Idle || m_state == State::WaitingForHuman)
        return false;
    int last = -1;
    for (const Speech &s : std::as_const(m_record.speeches)) {
        if (s.isDebaterSpeech())
            last = s.index;
    }
    if (last < 0 || m_record.speeches.at(last).human)
        return false;
    const int turnIndex = m_record.speeches.at(last).turn;
    const Turn &turn = m_turns.at(turnIndex);
    const int debater = m_record.speeches.at(last).debater;
    QList<Speech> heard;
    for (const Speech &s : heardSoFar()) {
        if (s.index < last)
            heard << s;
    }
    ChatRequest request;
    request.model = modelForDebater(debater);
    request.temperature = m_record.spec.temperature;
    request.maxTokens = m_record.spec.maxTokens;
    request.stream = true;
    // The sample it replaces heard the same speeches, so their summary is normally cached; if not, an
    // extract stands in rather than keeping the user waiting.
    fitToWindow(
        request, heard,
        [&](const QString &summary, int summarized) {
            return m_builder->speechMessages(turn, debater, heard, summary, summarized);
        },
        false);
    if (m_state == State::Stopped || m_state == State::Finished) {
        m_state = State::Running; // quietly reopen: withinBudget may close it again
        m_record.status = DebateRecord::Status::Running;
    }
    if (!withinBudget(request.model, request))
        return false;
    Speech &s = speech(last);
    s.text.clear();
    s.citations.clear();
    s.status = Speech::Status::Streaming;
    m_pending = Pending {Pending::Kind::Speech, last, {}, {}, 0, true, request.messages};
    m_toolCitations.clear();
    m_stripper = PrefixStripper();
    setState(State::Running);
    saveSpeechNow(last);
    emit speechStarted(last, s);
    send(request, false);
    return true;
}

void DebateEngine::interject(const QString &text, bool asAudience)
{
    if (text.trimmed().isEmpty() || m_state == State::Idle)
        return;
    Speech s;
    s.index = int(m_record.speeches.size());
    s.side = asAudience ? QStringLiteral("audience") : QStringLiteral("moderator");
    s.role = QStringLiteral("interjection");
    s.speaker = asAudience ? tr("Audience") : tr("Moderator");
    s.language = m_record.spec.language;
    s.human = true;
    s.text = PromptBuilder::clean(text.trimmed());
    s.status = Speech::Status::Finished;
    s.started = s.updated = m_services.clock->wallTime().toUTC();
    m_record.speeches << s;
    saveSpeechNow(s.index);
    emit speechStarted(s.index, s);
    emit speechFinished(s.index, s);
}

bool DebateEngine::submitHumanSpeech(const QString &text)
{
    if (m_state != State::WaitingForHuman || text.trimmed().isEmpty())
        return false;
    const int t = nextTurn();
    const Turn &turn = m_turns.at(t);
    int nthOfSide = 0;
    for (int i = 0; i < t; ++i)
        nthOfSide += m_turns.at(i).side == turn.side ? 1 : 0;
    const int debater = m_record.spec.debaterFor(turn.side, nthOfSide);
    Speech s;
    s.index = int(m_record.speeches.size());
    s.turn = t;
    s.debater = debater;
    s.speaker = m_builder->speakerName(debater);
    s.side = turn.side;
    s.role = turn.role;
    s.round = turn.round;
    s.language = m_record.spec.languageOf(debater);
    s.human = true;
    s.text = text.trimmed(); // a debater's own words are the debate itself, not instructions to us
    s.status = Speech::Status::Finished;
    s.started = s.updated = m_services.clock->wallTime().toUTC();
    s.citations = citationsFor(s.text, {});
    m_record.speeches << s;
    saveSpeechNow(s.index);
    emit speechStarted(s.index, s);
    emit speechFinished(s.index, s);
    setState(m_pauseRequested ? State::Paused : State::Running);
    scheduleAdvance();
    return true;
}

void DebateEngine::finishDebate(DebateRecord::Status status)
{
    if (m_state == State::Finished || m_state == State::Stopped)
        return;
    if (m_saveTimer) {
        m_services.clock->cancel(m_saveTimer);
        m_saveTimer = 0;
    }
    m_record.status = status;
    m_record.updated = m_services.clock->wallTime().toUTC();
    saveDebate();
    setState(status == DebateRecord::Status::Finished ? State::Finished : State::Stopped);
    emit finished(status);
}

// ---- persistence -------------------------------------------------------------------------------

void DebateEngine::saveSpeechNow(int index)
{
    m_saveDirty = false;
    if (!m_services.store || index < 0 || index >= m_record.speeches.size())
        return;
    Speech &s = speech(index);
    s.updated = m_services.clock->wallTime().toUTC();
    m_services.store->saveSpeech(m_record.id, s);
}

void DebateEngine::scheduleSave()
{
    m_saveDirty = true;
    if (m_saveTimer)
        return;
    m_saveTimer = m_services.clock->callLater(kSaveIntervalMs, this, [this] {
        m_saveTimer = 0;
        if (m_saveDirty && m_pending.speechIndex >= 0)
            saveSpeechNow(m_pending.speechIndex);
    });
}

void DebateEngine::saveDebate()
{
    if (m_services.store)
        m_services.store->saveDebate(m_record);
}

} // namespace rostrum
