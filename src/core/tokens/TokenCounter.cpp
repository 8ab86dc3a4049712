#include "tokens/TokenCounter.h"

#include "tokens/TokenizerRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum {

namespace {

// Per-message framing in the heuristic: [INST]/[/INST] or </s>, and role joins.
constexpr qint64 kHeuristicFramingPerMessage = 3;

} // namespace

qint64 TokenCounter::heuristicCount(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 0x7F) {
            ascii = false;
            break;
        }
    }
    const qint64 per = ascii ? 4 : 3;
    return (text.size() + per - 1) / per;
}

qint64 TokenCounter::heuristicMessagesCount(const QJsonArray &messages, const QJsonArray &tools)
{
    qint64 n = 1; // BOS
    for (const auto &v : messages) {
        const QJsonObject o = v.toObject();
        n +=
            kHeuristicFramingPerMessage + heuristicCount(ChatTemplate::contentText(o.value(QStringLiteral("content"))));
        const QJsonArray calls = o.value(QStringLiteral("tool_calls")).toArray();
        if (!calls.isEmpty())
            n += heuristicCount(QString::fromUtf8(QJsonDocument(calls).toJson(QJsonDocument::Compact)));
    }
    if (!tools.isEmpty())
        n += 2 + heuristicCount(QString::fromUtf8(QJsonDocument(tools).toJson(QJsonDocument::Compact)));
    return n;
}

TokenizerChoice TokenCounter::choiceFor(const QString &model) const
{
    {
        QReadLocker lock(&m_lock);
        const auto it = m_overrides.constFind(model);
        if (it != m_overrides.constEnd())
            return *it;
    }
    return ModelTokenizers::forModel(model);
}

void TokenCounter::setModelTokenizer(const QString &model, const TokenizerChoice &choice)
{
    QWriteLocker lock(&m_lock);
    m_overrides.insert(model, choice);
}

void TokenCounter::setModelTokenizer(const QString &model, const QString &tokenizerName)
{
    setModelTokenizer(model, ModelTokenizers::fromName(tokenizerName));
}

TokenCount TokenCounter::countText(const QString &text, const QString &model, Ids ids) const
{
    return countText(text, choiceFor(model), ids);
}

TokenCount TokenCounter::countText(const QString &text, const TokenizerChoice &choice, Ids ids) const
{
    const auto tokenizer =
        choice.tokenizer == QLatin1String("heuristic") ? nullptr : TokenizerRegistry::get(choice.tokenizer);
    if (!tokenizer)
        return {heuristicCount(text), QStringLiteral("heuristic"), false, {}};
    TokenCount c {0, tokenizer->name(), choice.modelMatches, {}};
    if (ids == Ids::Include) {
        c.ids = tokenizer->encode(text);
        c.count = c.ids.size();
    } else {
        c.count = tokenizer->count(text);
    }
    return c;
}

TokenCount TokenCounter::countMessages(const QJsonArray &messages, const QString &model, const QJsonArray &tools,
                                       Ids ids) const
{
    return countMessages(messages, choiceFor(model), tools, ids);
}

TokenCount TokenCounter::countMessages(const QJsonArray &messages, const TokenizerChoice &choice,
                                       const QJsonArray &tools, Ids ids) const
{
    const auto tokenizer =
        choice.tokenizer == QLatin1String("heuristic") ? nullptr : TokenizerRegistry::get(choice.tokenizer);
    if (!tokenizer)
        return {heuristicMessagesCount(messages, tools), QStringLiteral("heuristic"), false, {}};
    auto r = ChatTemplate::encode(*tokenizer, choice.chatTemplate, messages, tools);
    TokenCount c {r.ids.size(), tokenizer->name(), choice.modelMatches, {}};
    if (ids == Ids::Include)
        c.ids = std::move(r.ids);
    return c;
}

} // namespace rostrum
