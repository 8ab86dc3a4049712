#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rostrum::test {

// The API's prompt cache as the mock plays it (reference: mistral-api.md, "Prompt caching"): a request that
// carries a prompt_cache_key reuses the longest beginning it shares with an earlier request of the same key
// and model, and the reused tokens are reported as usage.prompt_tokens_details.cached_tokens.
//   - Tokens are the mock's own unit (MockAnswerGenerator::promptTokens: a message's bytes / 4, tools first),
//     so the cached count never exceeds prompt_tokens. The docs publish no cache block size: nothing is
//     rounded to one.
//   - Without a key the mock never reports a hit. The real API may still hit without one (the key raises the
//     chance, it guarantees nothing); a mock that hit without it would hide a client that forgot the key.
class MockPromptCache
{
public:
    // The cached prompt tokens of this chat request (0 without a key or a shared beginning); the request is
    // then remembered for the ones after it.
    int admit(const QJsonObject &request);
    void clear() { m_seen.clear(); }

private:
    // One piece of a prompt in order: the tools, then each message (role, content, tool calls).
    struct Segment
    {
        QByteArray text;
        int tokens = 0;
        friend bool operator==(const Segment &a, const Segment &b) { return a.text == b.text; }
    };
    using Prompt = QList<Segment>;

    static Prompt segments(const QJsonObject &request);
    static int sharedTokens(const Prompt &a, const Prompt &b);

    static constexpr int kRemembered = 8; // earlier prompts kept per key and model
    QHash<QString, QList<Prompt>> m_seen; // "model\nkey" -> the latest prompts, oldest first
};

} // namespace rostrum::test
