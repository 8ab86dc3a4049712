#pragma once

#include "api/ChatMessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rostrum {

// response_format: text | json_object | json_schema {name, description?, schema, strict}.
struct ResponseFormat
{
    enum class Type { Text, JsonObject, JsonSchema };
    Type type = Type::Text;
    QString name; // json_schema only
    QString description; // json_schema only, optional
    QJsonObject schema; // json_schema only (a JSON Schema: free-form by the API's own definition)
    bool strict = false; // json_schema only

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, ResponseFormat *out, QString *error);
    friend bool operator==(const ResponseFormat &, const ResponseFormat &) = default;
};

// A function tool offered to the model.
struct ToolDefinition
{
    QString name;
    QString description;
    QJsonObject parameters; // JSON Schema of the arguments
    bool strict = false;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, ToolDefinition *out, QString *error);
    friend bool operator==(const ToolDefinition &, const ToolDefinition &) = default;
};

// POST /v1/chat/completions. Every member maps to one field of the API's ChatCompletionRequest
// schema, which forbids unknown fields (an unknown field is a 422): there is deliberately no
// free-form map here, so nothing outside the schema can ever be sent. Unset optionals are omitted.
class ChatRequest
{
public:
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature; // 0 .. 1.5
    std::optional<double> topP; // (0, 1]
    std::optional<int> maxTokens;
    bool stream = false;
    QStringList stop; // empty: omitted; one element is sent as a string
    std::optional<qint64> randomSeed;
    std::optional<ResponseFormat> responseFormat;
    QList<ToolDefinition> tools;
    QString toolChoice; // "auto" | "none" | "any" | "required"; empty: omitted
    QString toolChoiceFunction; // forces this function (sent as {type:function, function:{name}})
    std::optional<double> presencePenalty; // -2 .. 2
    std::optional<double> frequencyPenalty; // -2 .. 2
    std::optional<int> n;
    std::optional<QString> prediction; // predicted output content
    std::optional<bool> parallelToolCalls;
    std::optional<bool> safePrompt;
    QString promptCacheKey;
    QString reasoningEffort; // none | minimal | low | medium | high | xhigh
    QString promptMode; // reasoning
    QString serviceTier; // auto | standard_only
    QJsonObject metadata; // free-form by the API's definition; empty: omitted

    // The body to send. Only schema fields, unset ones omitted.
    QJsonObject toJson() const;
    // Sorted keys at every depth, compact: equal requests give equal bytes (cache keys).
    QByteArray canonicalJson() const;
    // For `batch` input: strict, rejects unknown fields naming them all, checks types and ranges.
    static std::optional<ChatRequest> fromJson(const QJsonObject &o, QString *error);
    // Checks what the server would reject (model, messages, ranges). Empty string = valid.
    QString validate() const;

    friend bool operator==(const ChatRequest &, const ChatRequest &) = default;

    // Every top-level field name the API accepts (for messages and tests).
    static const QStringList &allowedFields();
};

// Canonical JSON text of any value: objects with sorted keys, compact, at every depth.
QByteArray canonicalJson(const QJsonValue &v);

} // namespace rostrum
