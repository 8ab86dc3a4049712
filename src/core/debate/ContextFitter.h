#pragma once

#include "api/ChatRequest.h"
#include "context/ContextBudget.h"
#include "debate/PromptBuilder.h"
#include "debate/RequestTokens.h"
#include "debate/Speech.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace rostrum {

class ChatBackend;
class Clock;
class ModelCatalog;
class Summarizer;

// Fits a debate request into its model's context window by ContextBudget's rule: when the prompt is too long,
// the fewest oldest speeches the speaker hears are replaced by a summary asked of the Summarizer (cached per
// debate), or, when the Summarizer failed, by an extract of each speech's first sentence.
class ContextFitter : public QObject
{
    Q_OBJECT
public:
    // The messages with the first `summarizedCount` heard speeches replaced by `summary`.
    using MessageBuilder = std::function<QList<ChatMessage>(const QString &summary, int summarizedCount)>;

    ContextFitter(Summarizer *summarizer, const ModelCatalog *catalog, const RequestTokens &tokens,
                  QObject *parent = nullptr);
    // Without a Summarizer: its own, on the cheapest model that fits, through `chat`.
    ContextFitter(ChatBackend *chat, Clock *clock, const ModelCatalog *catalog, const TokenCounter *tokens,
                  QObject *parent = nullptr);
    ~ContextFitter() override; // cancels the summary it waits for

    // The debate the summaries belong to (the Summarizer's cache key) and the prompts they are asked with.
    void setDebate(const QString &debateId, const PromptBuilder &builder);

    // Sets request.messages from build() so that prompt + max_tokens fits the window. Returns false when it asked
    // for a summary and mayWait: summaryArrived() follows, and the same call then finds it in the cache. Without
    // mayWait an extract stands in for a summary not yet made.
    bool fit(ChatRequest &request, const QList<Speech> &heard, const MessageBuilder &build, bool mayWait);
    bool isWaiting() const { return m_ticket != 0; }
    void cancel();

    // What stands in for a summary the Summarizer could not give: each entry's header and first sentence.
    static QString extractSummary(const QStringList &entries);

Q_SIGNALS:
    void fitted(const QString &model, int summarized, qint64 promptTokens, qint64 budget, bool fallback);
    void summaryArrived();

private:
    struct Summary
    {
        QString text;
        bool fallback = false;
    };
    std::optional<Summary> summaryFor(const QStringList &entries, qint64 reserve, bool mayWait);
    qint64 contextWindowOf(const QString &model) const;

    std::unique_ptr<Summarizer> m_ownSummarizer;
    Summarizer *m_summarizer;
    const ModelCatalog *m_catalog;
    RequestTokens m_tokens;
    ContextBudget m_rule;
    QString m_debateId;
    std::optional<PromptBuilder> m_builder;
    quint64 m_ticket = 0; // the summary a request waits for
    QHash<QString, QString> m_fallbackSummaries; // by the summarised entries, when the Summarizer failed
};

} // namespace rostrum
