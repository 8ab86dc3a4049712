#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace rostrum::test {

// Every error body shape observed from api.mistral.ai (see tests/data/mock/observed-headers-and-errors.md).
enum class ErrorShape {
    Unauthorized401Message, // {"message":"Unauthorized","request_id":"..."}           (2025 gateway)
    Unauthorized401Detail, //  {"detail":"Unauthorized"}                              (2025-2026)
    Unauthorized401Empty, //   no body at all                                         (2026)
    RateLimited429, //         {"object":"error",...,"type":"rate_limited","code":"1300","raw_status_code":429}
    RateLimited429Legacy, //   {"message":"Requests rate limit exceeded"}             (2025)
    Capacity429, //            service tier capacity exceeded (retryable, not a quota problem)
    NoQuota429, //             rate_limited body; send with header x-ratelimit-limit-req-minute: 0 (noQuotaReply())
    ExtraForbidden422, //      {"object":"error","message":{"detail":[{"type":"extra_forbidden",...}]},...}
    Validation422StringMessage, // message is a JSON *string*, type internal_error_proxy, code "1000" (2024-01)
    Validation422Bare, //      {"detail":[{"type":"extra_forbidden","loc":["body","store"],...}]}   (2026-04)
    Validation422CapitalError, // {"object":"Error","detail":[...],"message":[...],...,"code":3001}   (2025-11)
    UnknownModel400, //        documented {"object":"error",...,"param":"model","code":"unknown_model"}
    ContextOverflow400, //     prompt too large for the model's context window
    Internal500, //            {"object":"error","message":"Internal server error",...}
    BadGateway502, //          an HTML page from the CDN, not JSON
    Unavailable503, //         {"object":"error","message":"Service unavailable",...}
};

// Which rate-limit header set the server sends.
enum class HeaderFamily {
    Headers2026, // x-ratelimit-{limit,remaining}-{req,tokens}-minute, x-ratelimit-tokens-query-cost
    Headers2025, // ratelimitbysize-{limit,remaining,reset,query-cost}, x-ratelimitbysize-{limit,remaining}-minute
    None, //        no rate-limit headers at all
};

// How a response body is delimited on the wire.
enum class Framing {
    ServerDefault, // whatever MockMistralServer::setFraming() says (Chunked unless changed)
    Chunked, //       HTTP/1.1 keep-alive, Transfer-Encoding: chunked, one HTTP chunk per SSE event (as the API)
    CloseDelimited, // no length, "Connection: close", the body ends when the socket closes
};

// What the server answers to ONE chat request. Scripted with MockMistralServer::enqueue() or
// setDefaultReply(); a default-constructed reply is a normal 200 answer with generated text.
struct MockReply
{
    int status = 200; // >= 400: send errorBody (raw bytes) with that status
    QByteArray errorBody; // use MockMistralServer::errorBody(shape) for the observed shapes
    QList<std::pair<QByteArray, QByteArray>> headers; // extra response headers (e.g. Retry-After)
    QString text; // answer text; empty = generated default answer (or JSON for json_schema requests)
    QStringList pieces; // exact content pieces, one per chunk (overrides splitting text)
    QString thinking; // reasoning text: content arrays [{type:thinking,...}] then [{type:text,...}]
    QJsonArray toolCalls; // [{id, function:{name, arguments (JSON string)}}]
    bool incrementalToolCalls = false; // false: whole call in one delta (Mistral); true: index-keyed pieces
    QString finishReason = QStringLiteral("stop"); // "tool_calls" is used automatically when toolCalls is set
    bool finishWithError = false; // finish_reason "error" after about half the pieces, then [DONE]
    int completionTokens = -1; // generate a long answer of exactly this many pieces/tokens (benchmarks)
    int tokensPerSecond = 0; // pace the content events (0 = as fast as possible)
    qint64 firstByteDelayMs = 0; // real-time delay before the status line is written
    qint64 stallAfterEvents = -1; // after this many data events, pause for stallMs
    qint64 stallMs = 0; // <= 0 with stallAfterEvents >= 0: stall until the client gives up
    int cutAfterEvents = -1; // close the connection after N data events, without [DONE]
    QList<int> splitOffsets; // body byte offsets at which separate writes start (may split UTF-8)
    int sliceGapMs = 20; // real-time gap between the slices of splitOffsets, so they arrive apart
    bool crlf = false; // CRLF line endings in the event stream
    bool comments = false; // ": keep-alive" comment lines before the first and every third event
    bool padding = false; // a "p" padding field on content chunks (as seen live in 2026)
    int hugeChunkBytes = 0; // one content chunk whose content is this many bytes (ASCII)
    QUrl redirectTo; // answer 307 with this Location and nothing else

    // Wire framing of this answer (see Framing). The offsets below count bytes of the decoded body.
    Framing framing = Framing::ServerDefault;
    int eventsPerChunk = 1; // coalesced writes: this many SSE units in one HTTP chunk and one write
    QList<int> chunkOffsets; // extra HTTP chunk boundaries (inside an SSE line, inside a UTF-8 character)
    QByteArray chunkExtension; // appended to every chunk-size line, e.g. ";name=value" (clients must ignore it)
    QList<std::pair<QByteArray, QByteArray>> trailers; // trailer fields after the last chunk
    bool eventField = false; // an "event: message" line before every data line (clients must ignore it)
    bool multiLineData = false; // each JSON payload split over several "data:" lines (joined with "\n")
    bool finalEmptyChunk = false; // 2026 shape: finish_reason and usage in a last chunk with content ""
    int cachedTokens = -1; // >= 0: usage carries prompt_tokens_details {cached_tokens: N}

    // Convenience constructors for the common scripts.
    static MockReply withText(const QString &text);
    static MockReply error(int status, const QByteArray &body);
    static MockReply error(int status, ErrorShape shape);
};

} // namespace rostrum::test
