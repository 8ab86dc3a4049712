#include "context/Summarizer.h"

#include "context/ContextLogging.h"
#include "flow/ChatBackend.h"
#include "flow/ChatHandle.h"
#include "models/ModelCatalog.h"
#include "models/ModelSelector.h"
#include "tokens/TokenCounter.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace rostrum {

namespace {
constexpr double kWindowSafety = 0.9; // the same 10% buffer ContextBudget keeps
} // namespace

Summarizer::Summarizer(ChatBackend *chat, Clock *clock, const ModelCatalog *catalog, const TokenCounter *tokens,
                       QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_clock(clock)
    , m_catalog(catalog)
    , m_tokens(tokens)
{
    Q_ASSERT(chat && clock);
}

Summarizer::~Summarizer()
{
    // Nobody is left to read the answers.
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.handle)
            job.handle->cancel();
    }
}

QList<QByteArray> Summarizer::prefixHashes(const QString &scope, const QStringList &entries)
{
    // A chain: each prefix's hash covers the one before, so the hash of every prefix of a slice costs one pass.
    QList<QByteArray> out;
    out.reserve(entries.size() + 1);
    out << QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256);
    for (const QString &e : entries) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(out.last());
        h.addData(e.toUtf8());
        out << h.result();
    }
    return out;
}

qint64 Summarizer::count(const QList<ChatMessage> &messages, const QString &model) const
{
    QJsonArray json;
    for (const ChatMessage &m : messages)
        json.append(m.toJson());
    if (m_tokens && !model.isEmpty())
        return m_tokens->countMessages(json, model).count;
    return TokenCounter::heuristicMessagesCount(json);
}

qint64 Summarizer::windowOf(const QString &model) const
{
    const ModelInfo *m = m_catalog ? m_catalog->find(model) : nullptr;
    return m ? m->contextTokens : 0;
}

QString Summarizer::modelFor(qint64 neededTokens) const
{
    if (!m_model.isEmpty())
        return m_model;
    ModelTask task;
    task.costCritical = true;
    task.simple = true; // the "cheapest" rule: a summary needs no particular strength
    task.contextTokens = neededTokens > 0 ? qint64(std::ceil(double(neededTokens) / kWindowSafety)) : 0;
    return ModelSelector(m_catalog).choose(task).model;
}

std::optional<QString> Summarizer::cached(const QString &scope, const QStringList &entries) const
{
    if (entries.isEmpty())
        return QString();
    const auto it = m_cache.constFind(prefixHashes(scope, entries).last());
    if (it == m_cache.constEnd())
        return std::nullopt;
    return *it;
}

Summarizer::Ticket Summarizer::summarise(const QString &scope, const QStringList &entries, qint64 maxTokens,
                                         const PromptFn &prompt, QObject *context, Done done)
{
    Waiter w;
    w.ticket = m_nextTicket++;
    w.context = context;
    w.done = std::move(done);
    if (entries.isEmpty()) {
        deliver(w, SummaryResult {true, QString(), true, {}});
        return w.ticket;
    }
    const QList<QByteArray> hashes = prefixHashes(scope, entries);
    const QByteArray key = hashes.last();
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        deliver(w, SummaryResult {true, *it, true, {}});
        return w.ticket;
    }
    const Ticket ticket = w.ticket;
    w.timeout = m_clock->callLater(m_timeoutMs, this, [this, key, ticket] {
        const auto it = m_jobs.find(key);
        if (it == m_jobs.end())
            return;
        for (qsizetype i = 0; i < it->waiters.size(); ++i) {
            if (it->waiters.at(i).ticket != ticket)
                continue;
            Waiter late = it->waiters.takeAt(i);
            late.timeout = 0;
            qCInfo(lcContext) << "summary not ready after" << m_timeoutMs << "ms; the caller goes on without it";
            deliver(late,
                    SummaryResult {false, QString(), false,
                                   ApiError::make(ErrorClass::Timeout, tr("The summary took too long."))});
            return;
        }
    });
    // The same slice already asked for: wait for that answer, never ask twice.
    if (const auto it = m_jobs.find(key); it != m_jobs.end()) {
        it->waiters << w;
        return ticket;
    }
    Job job;
    job.scope = scope;
    job.entries = entries;
    job.hashes = hashes;
    job.maxTokens = qMax<qint64>(16, maxTokens);
    job.prompt = prompt;
    job.waiters << w;
    m_jobs.insert(key, job);
    step(key);
    return ticket;
}

void Summarizer::cancel(Ticket ticket)
{
    for (Job &job : m_jobs) {
        for (qsizetype i = 0; i < job.waiters.size(); ++i) {
            if (job.waiters.at(i).ticket == ticket) {
                if (job.waiters.at(i).timeout)
                    m_clock->cancel(job.waiters.at(i).timeout);
                job.waiters.removeAt(i);
                return;
            }
        }
    }
}

void Summarizer::step(const QByteArray &key)
{
    const auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return;
    Job &job = *it;
    const int n = int(job.entries.size());

    // Start from the longest beginning of the slice that is already summarised.
    int from = 0;
    QString previous;
    for (int i = n - 1; i >= 1; --i) {
        const auto c = m_cache.constFind(job.hashes.at(i));
        if (c != m_cache.constEnd()) {
            from = i;
            previous = *c;
            break;
        }
    }
    // Words are about 3/4 of tokens in the languages we speak; max_tokens caps the answer anyway.
    const int maxWords = int(qMax<qint64>(20, job.maxTokens * 3 / 4));

    // As many of the remaining entries as the cheapest model with room takes (at least one): a slice too big
    // for every summariser is summarised in steps, each building on the summary before it.
    int to = n;
    QString model;
    QList<ChatMessage> messages;
    const QString reference = modelFor(0);
    for (;;) {
        messages = job.prompt(previous, job.entries.mid(from, to - from), maxWords);
        const qint64 need = count(messages, m_model.isEmpty() ? reference : m_model) + job.maxTokens;
        model = modelFor(need);
        const qint64 window = windowOf(model);
        if (!model.isEmpty() && (window <= 0 || need <= qint64(double(window) * kWindowSafety)))
            break;
        if (to == from + 1) {
            model = model.isEmpty() ? reference : model; // nothing has room: let the API say so
            break;
        }
        to = from + qMax(1, (to - from) / 2);
    }
    if (model.isEmpty()) {
        complete(key,
                 SummaryResult {false, QString(), false,
                                ApiError::make(ErrorClass::InvalidRequest, tr("No chat model can make a summary."))});
        return;
    }

    sendPart(key, from, to, model, messages);
}

void Summarizer::sendPart(const QByteArray &key, int from, int to, const QString &model,
                          const QList<ChatMessage> &messages)
{
    Job &job = m_jobs[key];
    const int n = int(job.entries.size());
    ChatRequest request;
    request.model = model;
    request.messages = messages;
    request.temperature = 0.0; // deterministic, so the response cache can answer it next time
    request.maxTokens = int(job.maxTokens);
    request.stream = true;
    // The scope (a debate's id) as prompt_cache_key: the steps of a summary and the summaries of one debate share
    // their system prompt, and the API's prompt cache bills a shared prefix at a tenth of the input price.
    request.promptCacheKey = job.scope;
    ChatOptions options;
    options.priority = RequestScheduler::Priority::Low;
    options.purpose = QStringLiteral("summary");
    options.debateId = job.scope;
    options.allowCache = true;
    options.estimatedTokens = count(messages, model) + job.maxTokens;
    ++m_requestsSent;
    qCInfo(lcContext) << "summarising entries" << from << "to" << to << "of" << n << "with" << model;
    emit requestSent(job.scope, to, model);

    ChatHandle *h = m_chat->submit(request, options);
    job.handle = h;
    const QByteArray doneHash = job.hashes.at(to);
    const bool last = to == n;
    connect(h, &ChatHandle::finished, this, [this, key, doneHash, last](const ChatResult &result, const UsageRecord &) {
        const QString text = result.text.trimmed();
        if (text.isEmpty()) {
            complete(key,
                     SummaryResult {false, QString(), false,
                                    ApiError::make(ErrorClass::BadResponse, tr("The summary came back empty."))});
            return;
        }
        m_cache.insert(doneHash, text);
        if (last)
            complete(key, SummaryResult {true, text, false, {}});
        else
            step(key);
    });
    connect(h, &ChatHandle::failed, this, [this, key](const ApiError &error, const ChatResult &, const UsageRecord &) {
        complete(key, SummaryResult {false, QString(), false, error});
    });
    connect(h, &ChatHandle::ended, h, &QObject::deleteLater);
}

void Summarizer::complete(const QByteArray &key, const SummaryResult &result)
{
    const auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return;
    const QList<Waiter> waiters = it->waiters;
    m_jobs.erase(it);
    for (Waiter w : waiters) {
        if (w.timeout)
            m_clock->cancel(w.timeout);
        deliver(w, result);
    }
}

void Summarizer::deliver(Waiter waiter, const SummaryResult &result)
{
    const bool hadContext = !waiter.context.isNull();
    // Never from inside summarise() or a ChatHandle signal: the caller may start requests from done.
    m_clock->callLater(0, this, [waiter, result, hadContext] {
        if (hadContext && waiter.context.isNull())
            return;
        if (waiter.done)
            waiter.done(result);
    });
}

} // namespace rostrum
