#pragma once

#include "tokens/ModelTokenizers.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QReadWriteLock>
#include <QString>

namespace rostrum {

// A token count and how much to trust it.
struct TokenCount
{
    qint64 count = 0;
    QString tokenizer; // "tekken-240718", "spm-v3", "spm-v1" or "heuristic"
    bool exact = false; // false: an estimate (heuristic, or a tokenizer the model is not known to use)
    QList<int> ids; // only when asked for, and only from a real tokenizer
};

// Counts tokens exactly when it can (the model's tokenizer is known and this build has its data), else with a
// character heuristic, and always says which. Thread-safe: count from any thread (tokenizers are immutable and
// shared; the per-model overrides are behind a lock).
class TokenCounter
{
public:
    enum class Ids { Skip, Include };

    TokenCounter() = default;

    // The estimate when no tokenizer applies: ceil(UTF-16 length / 3) if any non-ASCII character, else / 4.
    static qint64 heuristicCount(const QString &text);

    // Which tokenizer and layout a model uses: an override (setModelTokenizer) or the built-in table.
    TokenizerChoice choiceFor(const QString &model) const;
    // Lets the model catalog say which tokenizer a model uses (e.g. from its "tokenizer" field).
    void setModelTokenizer(const QString &model, const TokenizerChoice &choice);
    void setModelTokenizer(const QString &model, const QString &tokenizerName);

    TokenCount countText(const QString &text, const QString &model, Ids ids = Ids::Skip) const;
    TokenCount countText(const QString &text, const TokenizerChoice &choice, Ids ids = Ids::Skip) const;

    // Prompt tokens of a chat request (the API's messages array, optional tools) as the model sees them:
    // BOS, control tokens and the layout of the model's chat template.
    TokenCount countMessages(const QJsonArray &messages, const QString &model, const QJsonArray &tools = {},
                             Ids ids = Ids::Skip) const;
    TokenCount countMessages(const QJsonArray &messages, const TokenizerChoice &choice, const QJsonArray &tools = {},
                             Ids ids = Ids::Skip) const;

    // The heuristic for a whole chat: content estimates plus a few tokens of framing per message.
    static qint64 heuristicMessagesCount(const QJsonArray &messages, const QJsonArray &tools = {});

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, TokenizerChoice> m_overrides;
};

} // namespace rostrum
