#include "ChatMessage.h"

#include <QJsonArray>

namespace rostrum {

namespace {
bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

QJsonObject ContentPart::toJson() const
{
    switch (type) {
    case Type::Text:
        return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
    case Type::Thinking:
        return {{QStringLiteral("type"), QStringLiteral("thinking")},
                {QStringLiteral("thinking"),
                 QJsonArray {
                     QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}}};
    case Type::ImageUrl:
        if (detail.isEmpty())
            return {{QStringLiteral("type"), QStringLiteral("image_url")}, {QStringLiteral("image_url"), url}};
        return {{QStringLiteral("type"), QStringLiteral("image_url")},
                {QStringLiteral("image_url"),
                 QJsonObject {{QStringLiteral("url"), url}, {QStringLiteral("detail"), detail}}}};
    }
    return {};
}

bool ContentPart::fromJson(const QJsonObject &o, ContentPart *out, QString *error)
{
    const QString type = o.value(QLatin1String("type")).toString();
    ContentPart p;
    auto onlyKeys = [&](std::initializer_list<const char *> keys) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                return failWith(error,
                                QStringLiteral("unknown field \"content.%1\" in a %2 chunk").arg(it.key(), type));
        }
        return true;
    };
    if (type == QLatin1String("text")) {
        if (!onlyKeys({"type", "text"}))
            return false;
        if (!o.value(QLatin1String("text")).isString())
            return failWith(error, QStringLiteral("content.text must be a string"));
        p.type = Type::Text;
        p.text = o.value(QLatin1String("text")).toString();
    } else if (type == QLatin1String("thinking")) {
        if (!onlyKeys({"type", "thinking"}))
            return false;
        p.type = Type::Thinking;
        const QJsonValue t = o.value(QLatin1String("thinking"));
        if (!t.isArray())
            return failWith(error, QStringLiteral("content.thinking must be an array of text chunks"));
        const QJsonArray arr = t.toArray();
        for (const QJsonValue &v : arr) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("type")).toString() != QLatin1String("text") || c.size() != 2
                || !c.value(QLatin1String("text")).isString())
                return failWith(error, QStringLiteral("content.thinking may only hold {type:text, text} chunks"));
            p.text += c.value(QLatin1String("text")).toString();
        }
    } else if (type == QLatin1String("image_url")) {
        if (!onlyKeys({"type", "image_url"}))
            return false;
        p.type = Type::ImageUrl;
        const QJsonValue u = o.value(QLatin1String("image_url"));
        if (u.isString()) {
            p.url = u.toString();
        } else if (u.isObject()) {
            const QJsonObject uo = u.toObject();
            for (auto it = uo.begin(); it != uo.end(); ++it) {
                if (it.key() != QLatin1String("url") && it.key() != QLatin1String("detail"))
                    return failWith(error, QStringLiteral("unknown field \"content.image_url.%1\"").arg(it.key()));
            }
            p.url = uo.value(QLatin1String("url")).toString();
            p.detail = uo.value(QLatin1String("detail")).toString();
        }
        if (p.url.isEmpty())
            return failWith(error, QStringLiteral("content.image_url needs a url"));
    } else {
        return failWith(error, QStringLiteral("content chunk type \"%1\" is not supported").arg(type));
    }
    *out = p;
    return true;
}

ChatMessage ChatMessage::system(const QString &text)
{
    ChatMessage m;
    m.role = Role::System;
    m.content = text;
    return m;
}

ChatMessage ChatMessage::user(const QString &text)
{
    ChatMessage m;
    m.role = Role::User;
    m.content = text;
    return m;
}

ChatMessage ChatMessage::assistant(const QString &text, bool prefix)
{
    ChatMessage m;
    m.role = Role::Assistant;
    m.content = text;
    m.prefix = prefix;
    return m;
}

ChatMessage ChatMessage::tool(const QString &toolCallId, const QString &name, const QString &text)
{
    ChatMessage m;
    m.role = Role::Tool;
    m.toolCallId = toolCallId;
    m.name = name;
    m.content = text;
    return m;
}

QString ChatMessage::text() const
{
    if (parts.isEmpty())
        return content;
    QString out;
    for (const ContentPart &p : parts) {
        if (p.type == ContentPart::Type::Text)
            out += p.text;
    }
    return out;
}

QString ChatMessage::roleName(Role r)
{
    switch (r) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Tool:
        return QStringLiteral("tool");
    }
    return {};
}

std::optional<ChatMessage::Role> ChatMessage::roleFromName(const QString &name)
{
    for (Role r : {Role::System, Role::User, Role::Assistant, Role::Tool}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject o {{QStringLiteral("role"), roleName(role)}};
    if (!parts.isEmpty()) {
        QJsonArray arr;
        for (const ContentPart &p : parts)
            arr.append(p.toJson());
        o.insert(QStringLiteral("content"), arr);
    } else if (contentNull && role != Role::System) {
        o.insert(QStringLiteral("content"), QJsonValue::Null);
    } else if (!(role == Role::Assistant && content.isEmpty() && !toolCalls.isEmpty())) {
        // An assistant turn made only of tool calls needs no content at all.
        o.insert(QStringLiteral("content"), content);
    }
    if (role == Role::Assistant) {
        if (!toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &tc : toolCalls)
                calls.append(tc.toJson());
            o.insert(QStringLiteral("tool_calls"), calls);
        }
        if (prefix)
            o.insert(QStringLiteral("prefix"), true);
    }
    if (role == Role::Tool) {
        if (!toolCallId.isEmpty())
            o.insert(QStringLiteral("tool_call_id"), toolCallId);
        if (!name.isEmpty())
            o.insert(QStringLiteral("name"), name);
    }
    return o;
}

namespace {

bool checkFields(const QJsonObject &o, ChatMessage::Role role, const QString &roleText, QString *error)
{
    using Role = ChatMessage::Role;
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        const bool ok = k == QLatin1String("role") || k == QLatin1String("content")
            || (role == Role::Assistant && (k == QLatin1String("tool_calls") || k == QLatin1String("prefix")))
            || (role == Role::Tool && (k == QLatin1String("tool_call_id") || k == QLatin1String("name")));
        if (!ok)
            unknown.append(QLatin1Char('"') + k + QLatin1Char('"'));
    }
    if (unknown.isEmpty())
        return true;
    return failWith(error,
                    QStringLiteral("field(s) %1 not allowed in a %2 message").arg(unknown.join(u", "), roleText));
}

bool readContentParts(const QJsonArray &arr, ChatMessage &m, QString *error)
{
    for (const QJsonValue &v : arr) {
        if (!v.isObject())
            return failWith(error, QStringLiteral("content chunks must be objects"));
        ContentPart p;
        if (!ContentPart::fromJson(v.toObject(), &p, error))
            return false;
        if (m.role == ChatMessage::Role::System && p.type == ContentPart::Type::ImageUrl)
            return failWith(error, QStringLiteral("a system message cannot hold images"));
        m.parts.append(p);
    }
    return true;
}

bool readContent(const QJsonValue &content, const QString &roleText, ChatMessage &m, QString *error)
{
    using Role = ChatMessage::Role;
    if (content.isUndefined()) {
        if (m.role != Role::Assistant)
            return failWith(error, QStringLiteral("a %1 message needs \"content\"").arg(roleText));
        return true;
    }
    if (content.isString()) {
        m.content = content.toString();
        return true;
    }
    if (content.isNull()) {
        if (m.role == Role::System)
            return failWith(error, QStringLiteral("a system message's content cannot be null"));
        m.contentNull = true;
        return true;
    }
    if (content.isArray())
        return readContentParts(content.toArray(), m, error);
    return failWith(error, QStringLiteral("content must be a string, null or an array of chunks"));
}

bool readToolFields(const QJsonObject &o, ChatMessage &m, QString *error)
{
    if (o.contains(QLatin1String("tool_calls")) && !o.value(QLatin1String("tool_calls")).isNull()) {
        if (!o.value(QLatin1String("tool_calls")).isArray())
            return failWith(error, QStringLiteral("tool_calls must be an array"));
        const QJsonArray calls = o.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &v : calls) {
            ToolCall tc;
            if (!ToolCall::fromJson(v.toObject(), &tc, error))
                return false;
            tc.index = -1;
            m.toolCalls.append(tc);
        }
    }
    if (o.contains(QLatin1String("prefix"))) {
        if (!o.value(QLatin1String("prefix")).isBool())
            return failWith(error, QStringLiteral("prefix must be true or false"));
        m.prefix = o.value(QLatin1String("prefix")).toBool();
    }
    for (const char *k : {"tool_call_id", "name"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return failWith(error, QStringLiteral("%1 must be a string").arg(QLatin1String(k)));
    }
    m.toolCallId = o.value(QLatin1String("tool_call_id")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    return true;
}

} // namespace

std::optional<ChatMessage> ChatMessage::fromJson(const QJsonObject &o, QString *error)
{
    const QString roleText = o.value(QLatin1String("role")).toString();
    const auto role = roleFromName(roleText);
    if (!role) {
        failWith(error, QStringLiteral("role must be system, user, assistant or tool (got \"%1\")").arg(roleText));
        return std::nullopt;
    }
    ChatMessage m;
    m.role = *role;
    if (!checkFields(o, m.role, roleText, error) || !readContent(o.value(QLatin1String("content")), roleText, m, error)
        || !readToolFields(o, m, error))
        return std::nullopt;
    return m;
}

} // namespace rostrum
