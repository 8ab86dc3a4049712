#pragma once

#include "api/ApiCall.h"
#include "api/ChatAccumulator.h"
#include "api/ChatRequest.h"
#include "api/ChatResult.h"
#include "api/FastChunkReader.h"
#include "api/SseParser.h"

namespace rostrum {

// One chat completion in flight, streaming or not (per request.stream). Created by
// MistralClient::chat(), owned by the caller. Ends with exactly one of finished() / failed(),
// then ended().
class ChatCall : public ApiCall
{
    Q_OBJECT
public:
    const ChatRequest &request() const { return m_request; }
    // The answer so far (partial while running or after a failure).
    const ChatResult &result() const { return m_acc.result(); }

    // Metrics on the call's Clock; -1 until known.
    qint64 ttftMs() const; // send -> first answer or thinking text (or tool call)
    double tokensPerSecond() const; // completion tokens / (end - first token); 0 if unknown

Q_SIGNALS:
    // Answer text in arrival order. The text of consecutive plain chunks that came in one read from
    // the network arrives as one delta: one signal per read, not one per token.
    void textDelta(const QString &text);
    void thinkingDelta(const QString &text);
    void toolCallsChanged();
    void finished(const rostrum::ChatResult &result);
    // stream_cut / stream_error / timeout / cancelled keep the partial answer.
    void failed(const rostrum::ApiError &error, const rostrum::ChatResult &partial);

protected:
    void onBody(QByteArrayView bytes) override;
    void onBodyEnd() override;
    void onBodyBroken(const ApiError &networkError) override;
    void onSuccess() override;
    void onFailure(const ApiError &error) override;

private:
    friend class MistralClient;
    ChatCall(const ApiCallSetup &setup, const ChatRequest &request, QObject *parent);
    bool handleEvent(const SseEventView &ev); // false: stop reading this stream
    void flushText();
    // finish_reason "error": the model failed mid-answer (the text so far is kept). True if so; the
    // call is then failed unless a slot already ended it.
    bool stopForModelError(const QString &finishReason);
    void noteToken();

    ChatRequest m_request;
    SseParser m_sse;
    SseParser::Sink m_sink;
    ChatAccumulator m_acc;
    FastChunkReader m_reader;
    QByteArray m_pendingText; // UTF-8 answer text read but not yet added and emitted
    QByteArray m_plainBody; // non-stream answer
    qint64 m_firstTokenAtMs = -1;
    bool m_sseMode = true; // false when the server answered a stream request with plain JSON
    bool m_modeKnown = false;
};

} // namespace rostrum
