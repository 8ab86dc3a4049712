#include "MockChatResponse.h"

#include "MockAnswerGenerator.h"

#include <QJsonDocument>

#include <algorithm>

namespace rostrum::test {

namespace {
// A JSON string literal, escaped by hand: this runs once per event of 200k-event streams, where
// building a QJsonDocument per piece would make the mock the bottleneck of the benchmarks.
QByteArray jsonString(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (quint8(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(quint8(c) >> 4) & 0xf];
                out += hex[quint8(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString hugeText(int bytes)
{
    static const QByteArray pattern = "Every argument deserves a hearing before it deserves a verdict. ";
    QByteArray text;
    text.reserve(bytes);
    while (text.size() < bytes)
        text += pattern;
    text.truncate(bytes);
    return QString::fromLatin1(text);
}
} // namespace

MockChatResponse::MockChatResponse(const QJsonObject &request, const MockReply &reply, const QByteArray &id,
                                   qint64 created)
    : m_id(id)
    , m_created(created)
    , m_reply(reply)
{
    buildPlan(request, reply);
}

void MockChatResponse::buildPlan(const QJsonObject &request, const MockReply &reply)
{
    m_model = request.value(QLatin1String("model")).toString().toUtf8();
    m_promptTokens = MockAnswerGenerator::promptTokens(request);
    m_finish = reply.finishReason;

    int callIndex = 0;
    for (const QJsonValue &v : reply.toolCalls) {
        QJsonObject call = v.toObject();
        QJsonObject function = call.value(QLatin1String("function")).toObject();
        if (!function.value(QLatin1String("arguments")).isString()) {
            const QJsonValue args = function.value(QLatin1String("arguments"));
            function.insert(QStringLiteral("arguments"),
                            QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact)));
        }
        call.insert(QStringLiteral("function"), function);
        if (!call.contains(QLatin1String("id")))
            call.insert(QStringLiteral("id"), QStringLiteral("call%1mock").arg(callIndex, 4, 10, QLatin1Char('0')));
        m_toolCalls.append(call);
        ++callIndex;
    }
    if (!m_toolCalls.isEmpty() && m_finish == QLatin1String("stop"))
        m_finish = QStringLiteral("tool_calls");

    if (!reply.pieces.isEmpty()) {
        m_pieces = reply.pieces;
    } else if (reply.completionTokens >= 0) {
        // Seeded by the conversation, not the response id: the same request streams the same text, so
        // a benchmark can compare what two clients printed.
        const QByteArray conversation =
            QJsonDocument(request.value(QLatin1String("messages")).toArray()).toJson(QJsonDocument::Compact);
        m_pieces = MockAnswerGenerator::longPieces(reply.completionTokens, MockAnswerGenerator::fnv1a(conversation));
    } else {
        QString text = reply.text;
        bool generated = false;
        if (text.isEmpty() && m_toolCalls.isEmpty()) {
            text = MockAnswerGenerator::structuredAnswer(request);
            if (text.isEmpty())
                text = MockAnswerGenerator::speech(request);
            generated = true;
        }
        // The real API repeats an assistant prefix at the start of its answer.
        const QString prefix = MockAnswerGenerator::prefixOf(request);
        if (!prefix.isEmpty() && !text.startsWith(prefix)) {
            const bool needSpace = generated && !prefix.back().isSpace();
            text = prefix + (needSpace ? QStringLiteral(" ") : QString()) + text;
        }
        m_pieces = MockAnswerGenerator::splitPieces(text);
        const QJsonValue maxTokens = request.value(QLatin1String("max_tokens"));
        if (generated && maxTokens.isDouble()) {
            int budget = maxTokens.toInt();
            qsizetype keep = 0;
            while (keep < m_pieces.size() && budget >= MockAnswerGenerator::tokensIn(m_pieces.at(keep)))
                budget -= MockAnswerGenerator::tokensIn(m_pieces.at(keep++));
            if (keep < m_pieces.size()) {
                m_pieces = m_pieces.mid(0, keep);
                m_finish = QStringLiteral("length");
            }
        }
    }
    if (reply.hugeChunkBytes > 0)
        m_pieces.insert(m_pieces.size() / 2, hugeText(reply.hugeChunkBytes));
    if (!reply.thinking.isEmpty())
        m_thinking = MockAnswerGenerator::splitPieces(reply.thinking);
    if (reply.finishWithError) {
        m_pieces = m_pieces.mid(0, std::max<qsizetype>(m_pieces.isEmpty() ? 0 : 1, m_pieces.size() / 2));
        m_finish = QStringLiteral("error");
    }

    for (const QString &p : std::as_const(m_pieces))
        m_completionTokens += MockAnswerGenerator::tokensIn(p);
    for (const QString &p : std::as_const(m_thinking))
        m_completionTokens += MockAnswerGenerator::tokensIn(p);
    for (const QJsonValue &v : std::as_const(m_toolCalls)) {
        const QJsonObject f = v.toObject().value(QLatin1String("function")).toObject();
        m_completionTokens += MockAnswerGenerator::tokensIn(f.value(QLatin1String("name")).toString()
                                                            + f.value(QLatin1String("arguments")).toString());
    }
}

QString MockChatResponse::answerText() const
{
    return m_pieces.join(QString());
}

QByteArray MockChatResponse::usageJson() const
{
    QByteArray usage = "{\"prompt_tokens\":" + QByteArray::number(m_promptTokens)
        + ",\"total_tokens\":" + QByteArray::number(m_promptTokens + m_completionTokens)
        + ",\"completion_tokens\":" + QByteArray::number(m_completionTokens);
    // The 2026 shape reports cached prompt tokens (prompt caching, billed at 10%).
    if (m_reply.cachedTokens >= 0 || m_reply.finalEmptyChunk)
        usage += ",\"prompt_tokens_details\":{\"cached_tokens\":"
            + QByteArray::number(std::clamp(m_reply.cachedTokens, 0, m_promptTokens)) + '}';
    return usage + '}';
}

QByteArray MockChatResponse::padding() const
{
    // Deterministic filler of varying length, like the live "p" field.
    static const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    return alphabet.left(6 + (m_eventsSent * 7) % 30);
}

QByteArray MockChatResponse::chunk(const QByteArray &delta, const QString &finish, bool usage, bool pad) const
{
    if (m_chunkPrefix.isEmpty()) {
        m_chunkPrefix = "{\"id\":\"" + m_id
            + "\",\"object\":\"chat.completion.chunk\",\"created\":" + QByteArray::number(m_created)
            + ",\"model\":" + jsonString(QString::fromUtf8(m_model)) + ",\"choices\":[{\"index\":0,\"delta\":";
    }
    QByteArray json = m_chunkPrefix + delta
        + ",\"finish_reason\":" + (finish.isEmpty() ? QByteArray("null") : jsonString(finish)) + "}]";
    if (usage)
        json += ",\"usage\":" + usageJson();
    if (pad && m_reply.padding)
        json += ",\"p\":\"" + padding() + '"';
    return json + '}';
}

QByteArray MockChatResponse::event(const QByteArray &json) const
{
    const QByteArray eol = m_reply.crlf ? "\r\n" : "\n";
    QByteArray out;
    if (m_reply.eventField)
        out += "event: message" + eol;
    if (m_reply.multiLineData && json.startsWith('{') && json.size() > 2) {
        // Three data lines that join with "\n" into the same JSON: "{", the members, "}".
        out += "data: {" + eol + "data: " + json.mid(1, json.size() - 2) + eol + "data: }" + eol;
    } else {
        out += "data: " + json + eol;
    }
    return out + eol;
}

QByteArray MockChatResponse::thinkingPart(const QString &piece) const
{
    return "{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":" + jsonString(piece) + "}]}";
}

QByteArray MockChatResponse::contentDelta(const QString &piece) const
{
    if (!m_thinking.isEmpty())
        return "{\"content\":[{\"type\":\"text\",\"text\":" + jsonString(piece) + "}]}";
    return "{\"content\":" + jsonString(piece) + '}';
}

bool MockChatResponse::lastContentCarriesFinish() const
{
    return m_thinking.isEmpty() && m_toolCalls.isEmpty() && !m_reply.finishWithError && !m_pieces.isEmpty()
        && !m_reply.finalEmptyChunk;
}

std::optional<MockStreamWriter::Unit> MockChatResponse::dataEvent(const QByteArray &json, bool paced)
{
    ++m_eventsSent;
    m_commentDue = m_eventsSent % 3 == 0;
    return MockStreamWriter::Unit {event(json), true, paced};
}

std::optional<MockStreamWriter::Unit> MockChatResponse::nextEvent()
{
    if (m_reply.comments && m_commentDue && m_phase != Phase::End) {
        m_commentDue = false;
        const QByteArray eol = m_reply.crlf ? "\r\n" : "\n";
        return MockStreamWriter::Unit {": keep-alive" + eol + eol, false, false};
    }
    for (;;) {
        switch (m_phase) {
        case Phase::Role: {
            m_phase = Phase::Thinking;
            m_index = 0;
            if (m_thinking.isEmpty())
                return dataEvent(chunk("{\"role\":\"assistant\",\"content\":\"\"}", {}, false, false), false);
            m_index = 1;
            return dataEvent(chunk("{\"role\":\"assistant\",\"content\":[" + thinkingPart(m_thinking.first()) + "]}",
                                   {}, false, false),
                             true);
        }
        case Phase::Thinking:
            if (m_index < m_thinking.size())
                return dataEvent(
                    chunk("{\"content\":[" + thinkingPart(m_thinking.at(m_index++)) + "]}", {}, false, true), true);
            m_phase = Phase::Content;
            m_index = 0;
            break;
        case Phase::Content:
            if (m_index < m_pieces.size()) {
                const bool last = m_index == m_pieces.size() - 1 && lastContentCarriesFinish();
                const QByteArray json =
                    chunk(contentDelta(m_pieces.at(m_index++)), last ? m_finish : QString(), last, true);
                if (last)
                    m_phase = Phase::Done;
                return dataEvent(json, true);
            }
            m_phase = m_toolCalls.isEmpty() ? Phase::Final : Phase::ToolStart;
            break;
        case Phase::ToolStart: {
            if (!m_reply.incrementalToolCalls) {
                // Mistral's own models: every call whole, in one delta, with finish_reason and usage.
                m_phase = Phase::Done;
                return dataEvent(
                    chunk("{\"content\":null,\"tool_calls\":" + compact(m_toolCalls) + '}', m_finish, true, true),
                    false);
            }
            if (m_call >= m_toolCalls.size()) {
                m_phase = Phase::Final;
                break;
            }
            const QJsonObject call = m_toolCalls.at(m_call).toObject();
            const QJsonObject f = call.value(QLatin1String("function")).toObject();
            const QString args = f.value(QLatin1String("arguments")).toString();
            m_argPieces.clear();
            for (qsizetype i = 0; i < args.size(); i += 12)
                m_argPieces << args.mid(i, 12);
            m_index = 0;
            m_phase = Phase::ToolArgs;
            return dataEvent(chunk("{\"tool_calls\":[{\"id\":" + jsonString(call.value(QLatin1String("id")).toString())
                                       + ",\"type\":\"function\",\"function\":{\"name\":"
                                       + jsonString(f.value(QLatin1String("name")).toString())
                                       + ",\"arguments\":\"\"},\"index\":" + QByteArray::number(m_call)
                                       + "}],\"index\":0,\"content\":\"\"}",
                                   {}, false, true),
                             false);
        }
        case Phase::ToolArgs:
            if (m_index < m_argPieces.size()) {
                return dataEvent(
                    chunk("{\"tool_calls\":[{\"type\":\"function\",\"function\":{\"name\":\"\",\"arguments\":"
                              + jsonString(m_argPieces.at(m_index++)) + "},\"index\":" + QByteArray::number(m_call)
                              + "}],\"index\":0,\"content\":\"\"}",
                          {}, false, true),
                    true);
            }
            ++m_call;
            m_phase = Phase::ToolStart;
            break;
        case Phase::Final:
            m_phase = Phase::Done;
            return dataEvent(chunk(m_reply.incrementalToolCalls && !m_toolCalls.isEmpty()
                                       ? QByteArray("{\"index\":0,\"content\":\"\"}")
                                       : QByteArray("{\"content\":\"\"}"),
                                   m_finish, true, true),
                             false);
        case Phase::Done:
            m_phase = Phase::End;
            return MockStreamWriter::Unit {event("[DONE]"), false, false};
        case Phase::End:
            return std::nullopt;
        }
    }
}

QByteArray MockChatResponse::jsonBody() const
{
    QByteArray content;
    if (!m_thinking.isEmpty()) {
        content = "[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":"
            + jsonString(m_thinking.join(QString())) + "}]},{\"type\":\"text\",\"text\":" + jsonString(answerText())
            + "}]";
    } else {
        content = jsonString(answerText());
    }
    const QByteArray toolCalls = m_toolCalls.isEmpty() ? QByteArray("null") : compact(m_toolCalls);
    return "{\"id\":\"" + m_id + "\",\"object\":\"chat.completion\",\"model\":" + jsonString(QString::fromUtf8(m_model))
        + ",\"usage\":" + usageJson() + ",\"created\":" + QByteArray::number(m_created)
        + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"tool_calls\":" + toolCalls
        + ",\"content\":" + content + "},\"finish_reason\":" + jsonString(m_finish) + "}]}";
}

} // namespace rostrum::test
