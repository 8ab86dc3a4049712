#include "tokens/ChatTemplate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rostrum {

namespace {

using V = ChatTemplate::Version;

struct Message
{
    QString role;
    QString content;
    QJsonArray toolCalls;
    QString toolCallId;
    bool prefix = false;
};

QString rstripSpaces(const QString &s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1) == QLatin1Char(' '))
        --n;
    return s.left(n);
}

// mistral-common's normaliser: consecutive user (or assistant) messages become one, joined by "\n\n"; system
// messages become one system prompt (v1/v3) or stay in place, consecutive ones merged (v7+).
QList<Message> normalise(const QJsonArray &raw, V version, QString &systemPrompt)
{
    QList<Message> out;
    QStringList systems;
    for (const auto &v : raw) {
        const QJsonObject o = v.toObject();
        Message m;
        m.role = o.value(QStringLiteral("role")).toString();
        m.content = ChatTemplate::contentText(o.value(QStringLiteral("content")));
        m.toolCalls = o.value(QStringLiteral("tool_calls")).toArray();
        m.toolCallId = o.value(QStringLiteral("tool_call_id")).toString();
        m.prefix = o.value(QStringLiteral("prefix")).toBool();
        if (m.role == QLatin1String("system") && (version == V::V1 || version == V::V3)) {
            systems << m.content;
            continue;
        }
        const bool mergeable = m.role == QLatin1String("user") || m.role == QLatin1String("system")
            || m.role == QLatin1String("assistant");
        if (mergeable && !out.isEmpty() && out.last().role == m.role) {
            Message &last = out.last();
            if (!m.content.isEmpty())
                last.content = last.content.isEmpty() ? m.content : last.content + QStringLiteral("\n\n") + m.content;
            for (const auto &call : m.toolCalls)
                last.toolCalls.append(call);
            last.prefix = m.prefix;
            continue;
        }
        out.append(m);
    }
    systemPrompt = systems.join(QStringLiteral("\n\n"));
    return out;
}

QJsonValue parseJsonContent(const QString &text)
{
    // mistral-common json.loads the arguments/content when it can, else keeps the string.
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(QByteArray("[") + utf8 + "]", &err);
    if (err.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return QJsonValue(text);
}

void appendPythonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendPythonJson(QString &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null");
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            out += QString::number(qint64(d));
        else
            out += QString::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendPythonString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += QLatin1Char('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += QLatin1String(", ");
            appendPythonJson(out, a.at(i));
        }
        out += QLatin1Char(']');
        break;
    }
    case QJsonValue::Object: {
        out += QLatin1Char('{');
        const QJsonObject o = v.toObject();
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += QLatin1String(", ");
            first = false;
            appendPythonString(out, it.key());
            out += QLatin1String(": ");
            appendPythonJson(out, it.value());
        }
        out += QLatin1Char('}');
        break;
    }
    }
}

// The tool definitions as mistral-common dumps them: {"type": "function", "function": {"name", "description",
// "parameters"}} in that order. (Keys inside "parameters" come out sorted: QJsonObject keeps no order.)
QString toolsJson(const QJsonArray &tools)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < tools.size(); ++i) {
        if (i)
            out += QLatin1String(", ");
        const QJsonObject tool = tools.at(i).toObject();
        const QJsonObject fn = tool.value(QStringLiteral("function")).toObject();
        out += QLatin1String("{\"type\": ");
        appendPythonString(out, tool.value(QStringLiteral("type")).toString(QStringLiteral("function")));
        out += QLatin1String(", \"function\": {\"name\": ");
        appendPythonString(out, fn.value(QStringLiteral("name")).toString());
        out += QLatin1String(", \"description\": ");
        appendPythonString(out, fn.value(QStringLiteral("description")).toString());
        out += QLatin1String(", \"parameters\": ");
        appendPythonJson(out,
                         fn.value(QStringLiteral("parameters")).isUndefined() ? QJsonValue(QJsonObject())
                                                                              : fn.value(QStringLiteral("parameters")));
        out += QLatin1String("}}");
    }
    out += QLatin1Char(']');
    return out;
}

class Encoder
{
public:
    Encoder(const Tokenizer &t, V v)
        : m_tok(t)
        , m_version(v)
    { }

    void special(SpecialToken s)
    {
        int id = m_tok.specialId(s);
        if (id < 0) {
            id = qMax(0, m_tok.specialId(SpecialToken::Unknown));
            m_result.approximate = true;
        }
        m_result.ids.append(id);
    }
    void text(const QString &s)
    {
        if (!s.isEmpty())
            m_result.ids.append(m_tok.encode(s));
    }

    void tools(const QJsonArray &tools)
    {
        if (tools.isEmpty())
            return;
        special(SpecialToken::BeginTools);
        text(toolsJson(tools));
        special(SpecialToken::EndTools);
    }

    void toolCalls(const QJsonArray &calls)
    {
        // v3 and v7: one JSON list after [TOOL_CALLS]; v11+: [TOOL_CALLS]name([CALL_ID]id)[ARGS]json per call.
        if (m_version == V::V3 || m_version == V::V7) {
            QString json = QStringLiteral("[");
            for (qsizetype i = 0; i < calls.size(); ++i) {
                const QJsonObject call = calls.at(i).toObject();
                const QJsonObject fn = call.value(QStringLiteral("function")).toObject();
                if (i)
                    json += QLatin1String(", ");
                json += QLatin1String("{\"name\": ");
                appendPythonString(json, fn.value(QStringLiteral("name")).toString());
                json += QLatin1String(", \"arguments\": ");
                appendPythonJson(json, argumentsOf(fn));
                const QString id = call.value(QStringLiteral("id")).toString();
                if (!id.isEmpty() && id != QLatin1String("null")) {
                    json += QLatin1String(", \"id\": ");
                    appendPythonString(json, id);
                }
                json += QLatin1Char('}');
            }
            json += QLatin1Char(']');
            special(SpecialToken::ToolCalls);
            text(json);
            return;
        }
        for (const auto &c : calls) {
            const QJsonObject call = c.toObject();
            const QJsonObject fn = call.value(QStringLiteral("function")).toObject();
            special(SpecialToken::ToolCalls);
            text(fn.value(QStringLiteral("name")).toString());
            const QString id = call.value(QStringLiteral("id")).toString();
            if (m_version == V::V11 && !id.isEmpty() && id != QLatin1String("null")) {
                special(SpecialToken::CallId);
                text(id);
            }
            special(SpecialToken::Args);
            QString args;
            appendPythonJson(args, argumentsOf(fn));
            text(args);
        }
    }

    void toolResult(const Message &m)
    {
        special(SpecialToken::BeginToolResults);
        switch (m_version) {
        case V::V1:
        case V::V3: {
            QString json = QStringLiteral("{\"content\": ");
            appendPythonJson(json, parseJsonContent(m.content));
            json += QLatin1String(", \"call_id\": ");
            appendPythonString(json, m.toolCallId);
            json += QLatin1Char('}');
            text(json);
            break;
        }
        case V::V7:
        case V::V11:
            text(m.toolCallId);
            special(SpecialToken::ToolContent);
            text(m.content);
            break;
        case V::V13:
            text(m.content);
            break;
        }
        special(SpecialToken::EndToolResults);
    }

    ChatTemplate::Result m_result;

private:
    static QJsonValue argumentsOf(const QJsonObject &fn)
    {
        const QJsonValue a = fn.value(QStringLiteral("arguments"));
        return a.isString() ? parseJsonContent(a.toString()) : a;
    }

    const Tokenizer &m_tok;
    V m_version;
};

} // namespace

ChatTemplate::Result ChatTemplate::encode(const Tokenizer &tokenizer, Version version, const QJsonArray &messages,
                                          const QJsonArray &tools)
{
    QString systemPrompt;
    const QList<Message> msgs = normalise(messages, version, systemPrompt);
    qsizetype firstUser = -1, lastUser = -1;
    for (qsizetype i = 0; i < msgs.size(); ++i) {
        if (msgs.at(i).role == QLatin1String("user")) {
            if (firstUser < 0)
                firstUser = i;
            lastUser = i;
        }
    }

    Encoder e(tokenizer, version);
    e.special(SpecialToken::Bos);
    for (qsizetype i = 0; i < msgs.size(); ++i) {
        const Message &m = msgs.at(i);
        if (m.role == QLatin1String("user")) {
            if (version == V::V1) {
                // v1 has no control tokens for turns: "[INST] ... [/INST]" is text, as the model was trained.
                QString content = m.content;
                if (i == firstUser && !systemPrompt.isEmpty())
                    content = systemPrompt + QStringLiteral("\n\n") + content;
                e.text(QStringLiteral("[INST] ") + content + QStringLiteral(" [/INST]"));
                continue;
            }
            const bool toolsHere = version == V::V13 ? i == firstUser : i == lastUser;
            if (toolsHere)
                e.tools(tools);
            e.special(SpecialToken::BeginInst);
            QString content = m.content;
            if (version == V::V3 && i == lastUser && !systemPrompt.isEmpty())
                content = systemPrompt + QStringLiteral("\n\n") + content;
            e.text(content);
            e.special(SpecialToken::EndInst);
        } else if (m.role == QLatin1String("assistant")) {
            if (!m.content.isEmpty())
                e.text(version == V::V1 ? m.content : rstripSpaces(m.content));
            if (!m.toolCalls.isEmpty() && version != V::V1)
                e.toolCalls(m.toolCalls);
            if (!m.prefix)
                e.special(SpecialToken::Eos);
        } else if (m.role == QLatin1String("system")) {
            e.special(SpecialToken::BeginSystem);
            e.text(m.content);
            e.special(SpecialToken::EndSystem);
        } else if (m.role == QLatin1String("tool")) {
            if (version != V::V1)
                e.toolResult(m);
        }
    }
    return e.m_result;
}

QString ChatTemplate::versionName(Version version)
{
    switch (version) {
    case V::V1:
        return QStringLiteral("v1");
    case V::V3:
        return QStringLiteral("v3");
    case V::V7:
        return QStringLiteral("v7");
    case V::V11:
        return QStringLiteral("v11");
    case V::V13:
        return QStringLiteral("v13");
    }
    return {};
}

std::optional<ChatTemplate::Version> ChatTemplate::versionFromName(const QString &name)
{
    for (V v : {V::V1, V::V3, V::V7, V::V11, V::V13}) {
        if (name.compare(versionName(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

QString ChatTemplate::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const auto &chunk : content.toArray()) {
        const QJsonObject o = chunk.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            parts << o.value(QStringLiteral("text")).toString();
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString ChatTemplate::pythonJson(const QJsonValue &value)
{
    QString out;
    appendPythonJson(out, value);
    return out;
}

} // namespace rostrum
