#include "debate/ContextFitter.h"

#include "context/Summarizer.h"
#include "debate/DebateLogging.h"
#include "models/ModelCatalog.h"

#include <QCryptographicHash>

namespace rostrum {

namespace {
QString keyOf(const QStringList &entries)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(entries.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

ContextFitter::ContextFitter(Summarizer *summarizer, const ModelCatalog *catalog, const RequestTokens &tokens,
                             QObject *parent)
    : QObject(parent)
    , m_summarizer(summarizer)
    , m_catalog(catalog)
    , m_tokens(tokens)
{ }

ContextFitter::ContextFitter(ChatBackend *chat, Clock *clock, const ModelCatalog *catalog, const TokenCounter *tokens,
                             QObject *parent)
    : ContextFitter(nullptr, catalog, RequestTokens(tokens), parent)
{
    m_ownSummarizer = std::make_unique<Summarizer>(chat, clock, catalog, tokens);
    m_summarizer = m_ownSummarizer.get();
}

ContextFitter::~ContextFitter()
{
    cancel();
}

void ContextFitter::setDebate(const QString &debateId, const PromptBuilder &builder)
{
    m_debateId = debateId;
    m_builder.emplace(builder);
}

void ContextFitter::cancel()
{
    if (m_ticket)
        m_summarizer->cancel(m_ticket);
    m_ticket = 0;
}

qint64 ContextFitter::contextWindowOf(const QString &model) const
{
    const ModelInfo *m = m_catalog ? m_catalog->find(model) : nullptr;
    return m ? m->contextTokens : 0;
}

QString ContextFitter::extractSummary(const QStringList &entries)
{
    // Every side's opening claim survives: the header and first sentence of each speech.
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

bool ContextFitter::fit(ChatRequest &request, const QList<Speech> &heard, const MessageBuilder &build, bool mayWait)
{
    request.messages = build(QString(), 0);
    const qint64 window = contextWindowOf(request.model);
    if (window <= 0 || heard.isEmpty())
        return true; // unknown window: nothing to fit to (the API will say if it is too much)
    const qint64 budget = m_rule.budgetFor(window, request.maxTokens.value_or(0));
    auto tokensWith = [&](const QList<ChatMessage> &messages) {
        ChatRequest r = request;
        r.messages = messages;
        return m_tokens.count(r);
    };
    if (tokensWith(request.messages) <= budget)
        return true;

    // The motion (system prompt), the turn's instruction and the newest speeches stay verbatim.
    const int n = int(heard.size());
    const ContextBudget::Split split = m_rule.split(n, budget, [&](int k) { return tokensWith(build(QString(), k)); });
    if (!split.fits)
        qCWarning(lcDebate) << "the request to" << request.model << "exceeds its window of" << window
                            << "tokens even with every earlier speech summarised";
    const int k = split.summarised;
    const QStringList entries = m_builder->historyEntries(heard.mid(0, k));
    const std::optional<Summary> summary = summaryFor(entries, ContextBudget::summaryReserveFor(budget), mayWait);
    if (!summary) {
        qCInfo(lcDebate) << "debate" << m_debateId << "summarising" << k << "of" << n << "speeches for"
                         << request.model;
        return false;
    }
    QString text = summary->text;
    request.messages = build(text, k);
    // The summary was limited to the reserve in the summariser's tokenizer; another model may count more.
    qint64 tokens = tokensWith(request.messages);
    while (tokens > budget && !text.isEmpty()) {
        text.chop(qMax<qsizetype>(1, text.size() / 5));
        request.messages = build(text, k);
        tokens = tokensWith(request.messages);
    }
    emit fitted(request.model, k, tokens, budget, summary->fallback);
    return true;
}

std::optional<ContextFitter::Summary> ContextFitter::summaryFor(const QStringList &entries, qint64 reserve,
                                                                bool mayWait)
{
    if (const auto cached = m_summarizer->cached(m_debateId, entries))
        return Summary {*cached, false};
    const QString fallbackKey = keyOf(entries);
    if (const auto it = m_fallbackSummaries.constFind(fallbackKey); it != m_fallbackSummaries.constEnd())
        return Summary {*it, true};
    if (!mayWait)
        return Summary {extractSummary(entries), true};
    const PromptBuilder builder = *m_builder; // the Summarizer may build prompts after this fitter is gone
    m_ticket = m_summarizer->summarise(
        m_debateId, entries, reserve,
        [builder](const QString &previous, const QStringList &e, int words) {
            return builder.summaryMessages(previous, e, words);
        },
        this,
        [this, fallbackKey, entries](const SummaryResult &r) {
            m_ticket = 0;
            if (!r.ok) {
                qCWarning(lcDebate) << "no summary (" << r.error.userMessage() << "): an extract stands in";
                m_fallbackSummaries.insert(fallbackKey, extractSummary(entries));
            }
            emit summaryArrived();
        });
    return std::nullopt;
}

} // namespace rostrum
