#pragma once

#include "api/ApiError.h"
#include "api/ChatMessage.h"
#include "clock/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace rostrum {

class ChatHandle;
class ChatBackend;
class ModelCatalog;
class TokenCounter;

struct SummaryResult
{
    bool ok = false;
    QString text; // the summary (empty when !ok)
    bool fromCache = false; // known before the call: no request was needed
    ApiError error; // why there is no summary (Timeout: the caller stopped waiting; the request goes on)
};

// Summarises older turns of a conversation (a debate's earlier speeches) with a
// cheap model, so ContextBudget can put one short message in their place.
//   - The model is the cheapest current chat model that has room for the request (ModelSelector's "cheapest"
//     rule), unless setModel() fixes one.
//   - Requests go through ChatService at Low priority with temperature 0 (purpose "summary"), so a response cache
//     can serve them and they never overtake the speeches they serve.
//   - The scope (a debate's id: an id, never a secret) is sent as prompt_cache_key, as for the debate's speeches.
//   - Summaries are cached per (scope, slice): a slice already summarised is never asked again. A longer slice
//     whose beginning was summarised before is summarised from that summary plus the new entries, which keeps
//     every summary request small (and within the summariser's own window, in several steps if needed).
//   - A caller waits at most timeoutMs(): then it gets a Timeout and can go on without the summary; the request
//     finishes in the background and fills the cache for the next caller.
class Summarizer : public QObject
{
    Q_OBJECT
public:
    // Builds the summary request, in the caller's language: the previous summary of the entries before these
    // (empty at first), the entries to add, and a word limit.
    using PromptFn =
        std::function<QList<ChatMessage>(const QString &previousSummary, const QStringList &entries, int maxWords)>;
    using Done = std::function<void(const SummaryResult &)>;
    using Ticket = quint64;

    Summarizer(ChatBackend *chat, Clock *clock, const ModelCatalog *catalog, const TokenCounter *tokens = nullptr,
               QObject *parent = nullptr);
    ~Summarizer() override;

    void setModel(const QString &model) { m_model = model; } // empty: the cheapest chat model that fits
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    // The model a request of this many tokens (prompt + answer) goes to; empty when the catalog has none.
    QString modelFor(qint64 neededTokens) const;

    // The summary of exactly these entries, if one was made (no request).
    std::optional<QString> cached(const QString &scope, const QStringList &entries) const;
    // Summarises entries (oldest first, at least one) into at most maxTokens tokens. done runs once, on a later
    // turn of the event loop, unless context is destroyed or the ticket cancelled first.
    Ticket summarise(const QString &scope, const QStringList &entries, qint64 maxTokens, const PromptFn &prompt,
                     QObject *context, Done done);
    // The caller stops waiting. A request in flight still completes and is cached.
    void cancel(Ticket ticket);

    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    // A summary request went out (for logs and tests): how many entries it covers in all, and the model.
    void requestSent(const QString &scope, int entries, const QString &model);

private:
    struct Waiter
    {
        Ticket ticket = 0;
        QPointer<QObject> context;
        Done done;
        Clock::TimerId timeout = 0;
    };
    struct Job
    {
        QString scope;
        QStringList entries;
        QList<QByteArray> hashes; // hashes[i]: the slice of the first i entries (hashes[0]: the scope alone)
        qint64 maxTokens = 0;
        PromptFn prompt;
        QList<Waiter> waiters;
        QPointer<ChatHandle> handle;
    };

    static QList<QByteArray> prefixHashes(const QString &scope, const QStringList &entries);
    qint64 count(const QList<ChatMessage> &messages, const QString &model) const;
    qint64 windowOf(const QString &model) const;
    void step(const QByteArray &key);
    // Asks for the summary of entries [from, to) of the job, building on the cached summary before them.
    void sendPart(const QByteArray &key, int from, int to, const QString &model, const QList<ChatMessage> &messages);
    void complete(const QByteArray &key, const SummaryResult &result);
    void deliver(Waiter waiter, const SummaryResult &result);

    ChatBackend *m_chat;
    Clock *m_clock;
    const ModelCatalog *m_catalog;
    const TokenCounter *m_tokens;
    QString m_model;
    qint64 m_timeoutMs = 90000;
    QHash<QByteArray, QString> m_cache; // slice hash -> summary
    QHash<QByteArray, Job> m_jobs; // by the hash of the slice asked for
    Ticket m_nextTicket = 1;
    int m_requestsSent = 0;
};

} // namespace rostrum
