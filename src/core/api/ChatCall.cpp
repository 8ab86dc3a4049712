#include "ChatCall.h"

#include "ApiLogging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum {

ChatCall::ChatCall(const ApiCallSetup &setup, const ChatRequest &request, QObject *parent)
    : ApiCall(setup, QByteArrayLiteral("POST"), request.canonicalJson(), request.stream, parent)
    , m_request(request)
    , m_sink([this](const SseEventView &ev) { return handleEvent(ev); })
{
    const QString why = request.validate();
    if (!why.isEmpty())
        setPreflightError(ApiError::make(ErrorClass::InvalidRequest, why));
    startLater();
}

qint64 ChatCall::ttftMs() const
{
    return m_firstTokenAtMs < 0 || sentAtMs() < 0 ? -1 : m_firstTokenAtMs - sentAtMs();
}

double ChatCall::tokensPerSecond() const
{
    const ChatUsage &u = m_acc.result().usage;
    const qint64 total = latencyMs();
    if (!u.valid || u.completionTokens <= 0 || total < 0 || m_firstTokenAtMs < 0)
        return 0;
    // Generation speed: tokens over the time from the first token to the end.
    const qint64 genMs = sentAtMs() + total - m_firstTokenAtMs;
    return genMs > 0 ? double(u.completionTokens) * 1000.0 / double(genMs) : 0;
}

void ChatCall::noteToken()
{
    if (m_firstTokenAtMs < 0)
        m_firstTokenAtMs = clock()->nowMs();
}

void ChatCall::onBody(QByteArrayView bytes)
{
    if (!m_modeKnown) {
        m_modeKnown = true;
        // A server may answer a stream request with a plain JSON body (proxies, caches): read it as such.
        const QByteArray type = responseHeader("content-type").toLower();
        m_sseMode = m_request.stream && !type.contains("application/json");
    }
    if (!m_sseMode) {
        m_plainBody.append(bytes.data(), bytes.size());
        return;
    }
    // Events are handled as the parser completes them, straight from the bytes read.
    m_sse.feed(bytes, m_sink);
    if (!isRunning())
        return;
    flushText();
    if (!isRunning())
        return;
    if (m_sse.overflowed()) {
        fail(ApiError::make(
            ErrorClass::BadResponse,
            QStringLiteral("an event line exceeded %1 MB").arg(SseParser::kMaxLineBytes / (1024 * 1024))));
        return;
    }
}

bool ChatCall::handleEvent(const SseEventView &ev)
{
    if (!isRunning())
        return false;
    if (ev.isDone())
        return true;
    // The usual chunk (a string of answer text) adds its text to m_pendingText, emitted per read.
    const qsizetype before = m_pendingText.size();
    if (const ChatChunk *usual = m_reader.readInPlace(ev.data, &m_pendingText)) {
        if (m_pendingText.size() > before)
            noteToken();
        m_acc.add(*usual);
        if (usual->finishReason == QLatin1String("error"))
            flushText(); // the text before the error is kept and shown
        return !stopForModelError(usual->finishReason);
    }
    // Anything else keeps its place in the order: the text gathered so far goes first.
    flushText();
    if (!isRunning())
        return false;
    ChatChunk chunk;
    QString why;
    if (!ChatChunk::parseGeneral(ev.data, &chunk, &why)) {
        const bool serverError = ev.event == "error" || why.startsWith(QLatin1String("error in stream"));
        fail(ApiError::make(serverError ? ErrorClass::StreamError : ErrorClass::BadResponse, why, httpStatus()));
        return false;
    }
    const bool toolsChanged = m_acc.add(chunk);
    if (!chunk.thinkingDelta.isEmpty()) {
        noteToken();
        Q_EMIT thinkingDelta(chunk.thinkingDelta);
    }
    if (!chunk.textDelta.isEmpty()) {
        noteToken();
        Q_EMIT textDelta(chunk.textDelta);
    }
    if (toolsChanged) {
        noteToken();
        Q_EMIT toolCallsChanged();
    }
    if (!isRunning())
        return false; // a slot cancelled the call
    return !stopForModelError(chunk.finishReason);
}

bool ChatCall::stopForModelError(const QString &finishReason)
{
    if (finishReason != QLatin1String("error"))
        return false;
    if (isRunning())
        fail(ApiError::make(ErrorClass::StreamError, QStringLiteral("the model stopped with finish_reason \"error\""),
                            httpStatus()));
    return true;
}

void ChatCall::flushText()
{
    if (m_pendingText.isEmpty())
        return;
    const QString text = QString::fromUtf8(m_pendingText);
    m_pendingText.resize(0); // keeps the capacity for the next read
    m_acc.appendText(text);
    Q_EMIT textDelta(text);
}

void ChatCall::onBodyEnd()
{
    if (!m_sseMode) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(m_plainBody, &perr);
        ChatResult r;
        QString why;
        if (!doc.isObject() || !ChatResult::fromCompletionJson(doc.object(), &r, &why)) {
            fail(ApiError::make(ErrorClass::BadResponse, why.isEmpty() ? perr.errorString() : why, httpStatus()));
            return;
        }
        noteToken();
        m_acc.result() = r;
        if (!r.thinking.isEmpty())
            Q_EMIT thinkingDelta(r.thinking);
        if (!r.text.isEmpty())
            Q_EMIT textDelta(r.text);
        if (!r.toolCalls.isEmpty())
            Q_EMIT toolCallsChanged();
        if (!isRunning() || stopForModelError(r.finishReason))
            return;
        succeed();
        return;
    }
    // Whatever the transport says, an answer without finish_reason is incomplete.
    if (!m_acc.isFinished()) {
        fail(ApiError::make(ErrorClass::StreamCut,
                            m_sse.sawDone() ? QStringLiteral("the stream ended without a finish_reason")
                                            : QStringLiteral("the stream ended before [DONE]"),
                            httpStatus()));
        return;
    }
    if (!m_sse.sawDone())
        qCInfo(lcApi) << "stream ended after finish_reason but without [DONE]";
    succeed();
}

void ChatCall::onBodyBroken(const ApiError &networkError)
{
    if (m_sseMode && m_acc.isFinished() && m_acc.result().finishReason != QLatin1String("error")) {
        succeed(); // everything arrived; only the connection close was untidy
        return;
    }
    ApiError e = ApiError::make(ErrorClass::StreamCut, networkError.serverMessage, httpStatus());
    fail(e);
}

void ChatCall::onSuccess()
{
    Q_EMIT finished(m_acc.result());
}

void ChatCall::onFailure(const ApiError &error)
{
    Q_EMIT failed(error, m_acc.result());
}

} // namespace rostrum
