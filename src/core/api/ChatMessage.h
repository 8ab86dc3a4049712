#pragma once

#include "api/ToolCall.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rostrum {

// One element of an array `content`. Only the chunk types Rostrum uses are representable, so a
// request can never carry a chunk field the API does not know.
struct ContentPart
{
    enum class Type { Text, Thinking, ImageUrl };
    Type type = Type::Text;
    QString text; // Text and Thinking
    QString url; // ImageUrl
    QString detail; // ImageUrl, optional ("low", "high", "auto")

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, ContentPart *out, QString *error);
    friend bool operator==(const ContentPart &, const ContentPart &) = default;
};

// One chat message as the Mistral chat schema allows it: system | user | assistant | tool.
class ChatMessage
{
public:
    enum class Role { System, User, Assistant, Tool };

    Role role = Role::User;
    QString content; // used when `parts` is empty
    QList<ContentPart> parts; // non-empty: content is sent as an array of chunks
    bool contentNull = false; // assistant/tool: send "content": null (e.g. an assistant turn with only tool calls)
    QList<ToolCall> toolCalls; // assistant only
    bool prefix = false; // assistant only: the model continues this text
    QString toolCallId; // tool only
    QString name; // tool only

    static ChatMessage system(const QString &text);
    static ChatMessage user(const QString &text);
    static ChatMessage assistant(const QString &text, bool prefix = false);
    static ChatMessage tool(const QString &toolCallId, const QString &name, const QString &text);

    // The answer-visible text: `content`, or the text parts joined (thinking parts left out).
    QString text() const;

    static QString roleName(Role r);
    static std::optional<Role> roleFromName(const QString &name);

    QJsonObject toJson() const;
    // Strict: unknown fields, fields not allowed for the role, and wrong types are errors naming the field.
    static std::optional<ChatMessage> fromJson(const QJsonObject &o, QString *error);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace rostrum
