#include "ChatChunk.h"

#include "FastChunkReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum {

namespace {
// Text of a thinking chunk: its "thinking" is an array of {type:text,text} (or, leniently, a string).
void appendThinking(const QJsonValue &thinking, QString *out)
{
    if (thinking.isString()) {
        *out += thinking.toString();
        return;
    }
    const QJsonArray parts = thinking.toArray();
    for (const QJsonValue &p : parts) {
        const QJsonObject o = p.toObject();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("text"))
            *out += o.value(QLatin1String("text")).toString();
    }
}

void readToolCalls(const QJsonArray &calls, QList<ToolCall> *out)
{
    out->reserve(calls.size());
    for (const QJsonValue &v : calls) {
        const QJsonObject o = v.toObject();
        ToolCall tc;
        tc.id = o.value(QLatin1String("id")).toString();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!type.isEmpty())
            tc.type = type;
        const QJsonValue idx = o.value(QLatin1String("index"));
        tc.index = idx.isDouble() ? idx.toInt() : -1;
        const QJsonObject fn = o.value(QLatin1String("function")).toObject();
        tc.name = fn.value(QLatin1String("name")).toString();
        const QJsonValue args = fn.value(QLatin1String("arguments"));
        tc.arguments = args.isObject()
            ? QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact))
            : args.toString();
        out->append(tc);
    }
}
} // namespace

bool ChatChunk::parse(QByteArrayView json, ChatChunk *out, QString *error)
{
    if (FastChunkReader().read(json, out))
        return true;
    return parseGeneral(json, out, error);
}

bool ChatChunk::parseGeneral(QByteArrayView json, ChatChunk *out, QString *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &perr);
    if (!doc.isObject()) {
        if (error)
            *error = perr.error != QJsonParseError::NoError ? perr.errorString()
                                                            : QStringLiteral("chunk is not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    ChatChunk c;
    c.id = o.value(QLatin1String("id")).toString();
    c.model = o.value(QLatin1String("model")).toString();
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() && !o.contains(QLatin1String("usage"))) {
        // An error object in the stream ({"object":"error","message":...}) or something else entirely.
        if (error)
            *error = o.contains(QLatin1String("message"))
                ? QStringLiteral("error in stream: %1")
                      .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))
                : QStringLiteral("chunk has no choices");
        return false;
    }
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.at(0).toObject();
        const QJsonObject delta = choice.contains(QLatin1String("delta"))
            ? choice.value(QLatin1String("delta")).toObject()
            : choice.value(QLatin1String("message")).toObject();
        const QJsonValue content = delta.value(QLatin1String("content"));
        if (content.isString()) {
            c.textDelta = content.toString();
        } else if (content.isArray()) {
            const QJsonArray parts = content.toArray();
            for (const QJsonValue &p : parts) {
                const QJsonObject part = p.toObject();
                const QString type = part.value(QLatin1String("type")).toString();
                if (type == QLatin1String("text"))
                    c.textDelta += part.value(QLatin1String("text")).toString();
                else if (type == QLatin1String("thinking"))
                    appendThinking(part.value(QLatin1String("thinking")), &c.thinkingDelta);
                // Other chunk types (references, images) carry no text to show.
            }
        }
        const QJsonValue calls = delta.value(QLatin1String("tool_calls"));
        if (calls.isArray())
            readToolCalls(calls.toArray(), &c.toolCalls);
        c.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    }
    const QJsonValue usage = o.value(QLatin1String("usage"));
    if (usage.isObject())
        c.usage = ChatUsage::fromJson(usage.toObject());
    *out = std::move(c);
    return true;
}

} // namespace rostrum
