#pragma once

#include "api/ChatRequest.h"
#include "debate/DebateSpec.h"
#include "debate/PromptBuilder.h"

#include <functional>
#include <optional>

namespace rostrum {

// Builds the chat requests of a debate: a debater's speech (with the cite_lines tool when there is code), the
// moderator's introduction, the judge's verdict and the follow-up after a tool round. The messages of a speech
// or of the judge depend on what fits the model's window, so those come as a MessageBuilder for ContextFitter.
class SpeechRequestFactory
{
public:
    static constexpr int kJudgeMaxTokens = 1200;
    static constexpr int kModeratorMaxTokens = 300;

    // The messages of a request with the first `summarizedCount` speeches it hears replaced by `summary`.
    using MessageBuilder = std::function<QList<ChatMessage>(const QString &summary, int summarizedCount)>;

    SpeechRequestFactory(const DebateSpec &spec, const PromptBuilder &builder);

    // The debate's id, sent as prompt_cache_key on every request built here (speeches, moderator, judge, follow-ups):
    // the API then keeps the debate's shared prefix (system prompt, motion, earlier speeches, which PromptBuilder
    // puts first and never rewrites) in one prompt cache, and bills its cached tokens at 10% of the input price.
    // An id, never a secret or anything a user typed.
    void setPromptCacheKey(const QString &debateId) { m_promptCacheKey = debateId; }
    QString promptCacheKey() const { return m_promptCacheKey; }

    // A debater's request, messages left to speechMessages(). Null (and *error) when the cite_lines tool
    // definition would not pass the API's schema check: no such request ever leaves.
    std::optional<ChatRequest> speech(int debater, const QString &model, QString *error = nullptr) const;
    // The messages of turn `turn` by `debater` having heard `heard`; a speech cut mid-stream is continued
    // from `prefix` (sent as a final assistant prefix message).
    MessageBuilder speechMessages(const Turn &turn, int debater, const QList<Speech> &heard,
                                  const QString &prefix = {}) const;
    ChatRequest moderator() const;
    // A judge's request (temperature 0, the verdict's JSON schema), messages left to JudgeRound.
    ChatRequest judge(const QString &model) const;
    // A new sample of a debater's speech (regenerate): the speech's model and sampling, no tools; messages left
    // to speechMessages().
    ChatRequest resample(const QString &model) const;
    // The request that answers a round of tool calls: the same speech, the conversation so far.
    ChatRequest followUp(const QString &model, const QList<ChatMessage> &messages) const;

private:
    ChatRequest base(const QString &model, int maxTokens, double temperature) const;

    DebateSpec m_spec;
    PromptBuilder m_builder;
    QString m_promptCacheKey;
};

} // namespace rostrum
