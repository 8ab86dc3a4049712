#pragma once

#include "MockReply.h"
#include "MockStreamWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rostrum::test {

// The answer to one chat request, in the exact shapes the real API sends: a chat.completion
// JSON body, or the chat.completion.chunk event sequence (role chunk with empty content,
// content chunks, the last one carrying finish_reason and usage together, then data: [DONE]; or,
// with MockReply::finalEmptyChunk, the 2026 shape: finish_reason and usage with
// prompt_tokens_details in a last chunk whose content is "").
// Events are produced one at a time so huge streams cost no memory up front.
class MockChatResponse
{
public:
    MockChatResponse(const QJsonObject &request, const MockReply &reply, const QByteArray &id, qint64 created);

    int promptTokens() const { return m_promptTokens; }
    int completionTokens() const { return m_completionTokens; }
    QString finishReason() const { return m_finish; }
    QString answerText() const; // the content pieces joined (what a client should show)

    QByteArray jsonBody() const; // stream: false
    std::optional<MockStreamWriter::Unit> nextEvent(); // stream: true; nullopt after [DONE]

private:
    enum class Phase { Role, Thinking, Content, ToolStart, ToolArgs, Final, Done, End };
    void buildPlan(const QJsonObject &request, const MockReply &reply);
    QByteArray chunk(const QByteArray &delta, const QString &finish, bool usage, bool pad) const;
    QByteArray event(const QByteArray &json) const;
    QByteArray usageJson() const;
    QByteArray contentDelta(const QString &piece) const;
    QByteArray thinkingPart(const QString &piece) const;
    std::optional<MockStreamWriter::Unit> dataEvent(const QByteArray &json, bool paced);
    QByteArray padding() const;
    bool lastContentCarriesFinish() const;

    QByteArray m_id;
    qint64 m_created;
    QByteArray m_model;
    mutable QByteArray m_chunkPrefix; // the envelope up to the delta, the same for every chunk
    MockReply m_reply;
    QStringList m_pieces; // content pieces actually sent
    QStringList m_thinking;
    QJsonArray m_toolCalls; // normalised: id, type, function{name, arguments as string}
    QString m_finish;
    int m_promptTokens = 0;
    int m_completionTokens = 0;

    Phase m_phase = Phase::Role;
    qsizetype m_index = 0; // within the phase
    qsizetype m_call = 0; // tool call being sent incrementally
    QStringList m_argPieces;
    int m_eventsSent = 0;
    bool m_commentDue = true;
};

} // namespace rostrum::test
