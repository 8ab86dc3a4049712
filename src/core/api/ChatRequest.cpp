#include "ChatRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace rostrum {

namespace {
bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

const QStringList kToolChoices = {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("any"),
                                  QStringLiteral("required")};
const QStringList kReasoningEfforts = {QStringLiteral("none"),   QStringLiteral("minimal"), QStringLiteral("low"),
                                       QStringLiteral("medium"), QStringLiteral("high"),    QStringLiteral("xhigh")};
const QStringList kPromptModes = {QStringLiteral("reasoning")};
const QStringList kServiceTiers = {QStringLiteral("auto"), QStringLiteral("standard_only")};

QString quoted(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q.append(QLatin1Char('"') + n + QLatin1Char('"'));
    return q.join(QStringLiteral(", "));
}
} // namespace

QJsonObject ResponseFormat::toJson() const
{
    switch (type) {
    case Type::Text:
        return {{QStringLiteral("type"), QStringLiteral("text")}};
    case Type::JsonObject:
        return {{QStringLiteral("type"), QStringLiteral("json_object")}};
    case Type::JsonSchema: {
        QJsonObject js {
            {QStringLiteral("name"), name}, {QStringLiteral("schema"), schema}, {QStringLiteral("strict"), strict}};
        if (!description.isEmpty())
            js.insert(QStringLiteral("description"), description);
        return {{QStringLiteral("type"), QStringLiteral("json_schema")}, {QStringLiteral("json_schema"), js}};
    }
    }
    return {};
}

bool ResponseFormat::fromJson(const QJsonObject &o, ResponseFormat *out, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("json_schema"))
            return failWith(error, QStringLiteral("unknown field \"response_format.%1\"").arg(it.key()));
    }
    ResponseFormat f;
    const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("text"));
    if (type == QLatin1String("text")) {
        f.type = Type::Text;
    } else if (type == QLatin1String("json_object")) {
        f.type = Type::JsonObject;
    } else if (type == QLatin1String("json_schema")) {
        f.type = Type::JsonSchema;
        const QJsonObject js = o.value(QLatin1String("json_schema")).toObject();
        for (auto it = js.begin(); it != js.end(); ++it) {
            const QString &k = it.key();
            if (k != QLatin1String("name") && k != QLatin1String("description") && k != QLatin1String("schema")
                && k != QLatin1String("strict"))
                return failWith(error, QStringLiteral("unknown field \"response_format.json_schema.%1\"").arg(k));
        }
        if (!js.value(QLatin1String("name")).isString() || !js.value(QLatin1String("schema")).isObject())
            return failWith(error,
                            QStringLiteral("response_format.json_schema needs a \"name\" and a \"schema\" object"));
        f.name = js.value(QLatin1String("name")).toString();
        f.description = js.value(QLatin1String("description")).toString();
        f.schema = js.value(QLatin1String("schema")).toObject();
        f.strict = js.value(QLatin1String("strict")).toBool();
    } else {
        return failWith(
            error,
            QStringLiteral("response_format.type must be text, json_object or json_schema (got \"%1\")").arg(type));
    }
    if (f.type != Type::JsonSchema && o.contains(QLatin1String("json_schema"))
        && !o.value(QLatin1String("json_schema")).isNull())
        return failWith(error, QStringLiteral("response_format.json_schema is only allowed with type json_schema"));
    *out = f;
    return true;
}

QJsonObject ToolDefinition::toJson() const
{
    QJsonObject fn {{QStringLiteral("name"), name}, {QStringLiteral("parameters"), parameters}};
    if (!description.isEmpty())
        fn.insert(QStringLiteral("description"), description);
    if (strict)
        fn.insert(QStringLiteral("strict"), true);
    return {{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("function"), fn}};
}

bool ToolDefinition::fromJson(const QJsonObject &o, ToolDefinition *out, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("function"))
            return failWith(error, QStringLiteral("unknown field \"tools.%1\"").arg(it.key()));
    }
    if (o.value(QLatin1String("type")).toString(QStringLiteral("function")) != QLatin1String("function"))
        return failWith(error, QStringLiteral("only tools of type \"function\" are supported"));
    const QJsonObject fn = o.value(QLatin1String("function")).toObject();
    for (auto it = fn.begin(); it != fn.end(); ++it) {
        const QString &k = it.key();
        if (k != QLatin1String("name") && k != QLatin1String("description") && k != QLatin1String("parameters")
            && k != QLatin1String("strict"))
            return failWith(error, QStringLiteral("unknown field \"tools.function.%1\"").arg(k));
    }
    ToolDefinition t;
    t.name = fn.value(QLatin1String("name")).toString();
    if (t.name.isEmpty() || !fn.value(QLatin1String("parameters")).isObject())
        return failWith(error, QStringLiteral("tools.function needs a \"name\" and a \"parameters\" object"));
    t.description = fn.value(QLatin1String("description")).toString();
    t.parameters = fn.value(QLatin1String("parameters")).toObject();
    t.strict = fn.value(QLatin1String("strict")).toBool();
    *out = t;
    return true;
}

const QStringList &ChatRequest::allowedFields()
{
    // ChatCompletionRequest in Mistral's OpenAPI spec (additionalProperties: false), minus guardrails,
    // which Rostrum does not model.
    static const QStringList fields = {
        QStringLiteral("model"),
        QStringLiteral("messages"),
        QStringLiteral("temperature"),
        QStringLiteral("top_p"),
        QStringLiteral("max_tokens"),
        QStringLiteral("stream"),
        QStringLiteral("stop"),
        QStringLiteral("random_seed"),
        QStringLiteral("metadata"),
        QStringLiteral("response_format"),
        QStringLiteral("tools"),
        QStringLiteral("tool_choice"),
        QStringLiteral("presence_penalty"),
        QStringLiteral("frequency_penalty"),
        QStringLiteral("n"),
        QStringLiteral("prediction"),
        QStringLiteral("parallel_tool_calls"),
        QStringLiteral("reasoning_effort"),
        QStringLiteral("prompt_mode"),
        QStringLiteral("prompt_cache_key"),
        QStringLiteral("service_tier"),
        QStringLiteral("safe_prompt"),
    };
    return fields;
}

QJsonObject ChatRequest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("model"), model);
    QJsonArray msgs;
    for (const ChatMessage &m : messages)
        msgs.append(m.toJson());
    o.insert(QStringLiteral("messages"), msgs);
    if (temperature)
        o.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        o.insert(QStringLiteral("top_p"), *topP);
    if (maxTokens)
        o.insert(QStringLiteral("max_tokens"), *maxTokens);
    if (stream)
        o.insert(QStringLiteral("stream"), true);
    if (stop.size() == 1)
        o.insert(QStringLiteral("stop"), stop.first());
    else if (stop.size() > 1)
        o.insert(QStringLiteral("stop"), QJsonArray::fromStringList(stop));
    if (randomSeed)
        o.insert(QStringLiteral("random_seed"), *randomSeed);
    if (responseFormat)
        o.insert(QStringLiteral("response_format"), responseFormat->toJson());
    if (!tools.isEmpty()) {
        QJsonArray arr;
        for (const ToolDefinition &t : tools)
            arr.append(t.toJson());
        o.insert(QStringLiteral("tools"), arr);
    }
    if (!toolChoiceFunction.isEmpty())
        o.insert(
            QStringLiteral("tool_choice"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("function")},
                         {QStringLiteral("function"), QJsonObject {{QStringLiteral("name"), toolChoiceFunction}}}});
    else if (!toolChoice.isEmpty())
        o.insert(QStringLiteral("tool_choice"), toolChoice);
    if (presencePenalty)
        o.insert(QStringLiteral("presence_penalty"), *presencePenalty);
    if (frequencyPenalty)
        o.insert(QStringLiteral("frequency_penalty"), *frequencyPenalty);
    if (n)
        o.insert(QStringLiteral("n"), *n);
    if (prediction)
        o.insert(QStringLiteral("prediction"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("content")},
                              {QStringLiteral("content"), *prediction}});
    if (parallelToolCalls)
        o.insert(QStringLiteral("parallel_tool_calls"), *parallelToolCalls);
    if (safePrompt)
        o.insert(QStringLiteral("safe_prompt"), *safePrompt);
    if (!promptCacheKey.isEmpty())
        o.insert(QStringLiteral("prompt_cache_key"), promptCacheKey);
    if (!reasoningEffort.isEmpty())
        o.insert(QStringLiteral("reasoning_effort"), reasoningEffort);
    if (!promptMode.isEmpty())
        o.insert(QStringLiteral("prompt_mode"), promptMode);
    if (!serviceTier.isEmpty())
        o.insert(QStringLiteral("service_tier"), serviceTier);
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    return o;
}

QByteArray canonicalJson(const QJsonValue &v)
{
    // QJsonObject keeps its keys sorted, and compact output has no whitespace, so Qt's own writer is
    // already canonical at every depth.
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    QJsonArray wrap {v};
    const QByteArray a = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray ChatRequest::canonicalJson() const
{
    return rostrum::canonicalJson(toJson());
}

QString ChatRequest::validate() const
{
    if (model.trimmed().isEmpty())
        return QStringLiteral("\"model\" is required");
    if (messages.isEmpty())
        return QStringLiteral("\"messages\" must not be empty");
    if (temperature && (*temperature < 0 || *temperature > 1.5))
        return QStringLiteral("\"temperature\" must be between 0 and 1.5");
    if (topP && (*topP <= 0 || *topP > 1))
        return QStringLiteral("\"top_p\" must be in (0, 1]");
    if (maxTokens && *maxTokens < 0)
        return QStringLiteral("\"max_tokens\" must not be negative");
    if (randomSeed && *randomSeed < 0)
        return QStringLiteral("\"random_seed\" must not be negative");
    if (presencePenalty && (*presencePenalty < -2 || *presencePenalty > 2))
        return QStringLiteral("\"presence_penalty\" must be between -2 and 2");
    if (frequencyPenalty && (*frequencyPenalty < -2 || *frequencyPenalty > 2))
        return QStringLiteral("\"frequency_penalty\" must be between -2 and 2");
    if (n && *n < 1)
        return QStringLiteral("\"n\" must be at least 1");
    if (!toolChoice.isEmpty() && !kToolChoices.contains(toolChoice))
        return QStringLiteral("\"tool_choice\" must be one of %1").arg(quoted(kToolChoices));
    if (!reasoningEffort.isEmpty() && !kReasoningEfforts.contains(reasoningEffort))
        return QStringLiteral("\"reasoning_effort\" must be one of %1").arg(quoted(kReasoningEfforts));
    if (!promptMode.isEmpty() && !kPromptModes.contains(promptMode))
        return QStringLiteral("\"prompt_mode\" must be one of %1").arg(quoted(kPromptModes));
    if (!serviceTier.isEmpty() && !kServiceTiers.contains(serviceTier))
        return QStringLiteral("\"service_tier\" must be one of %1").arg(quoted(kServiceTiers));
    return {};
}

std::optional<ChatRequest> ChatRequest::fromJson(const QJsonObject &o, QString *error)
{
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowedFields().contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        failWith(error,
                 QStringLiteral("unknown field%1 %2: the Mistral chat API accepts only %3")
                     .arg(unknown.size() > 1 ? QStringLiteral("s") : QString(), quoted(unknown),
                          allowedFields().join(QStringLiteral(", "))));
        return std::nullopt;
    }

    ChatRequest r;
    auto bad = [error](const QString &why) {
        failWith(error, why);
        return std::nullopt;
    };
    auto present = [&o](const char *k) {
        const QJsonValue v = o.value(QLatin1String(k));
        return !v.isUndefined() && !v.isNull();
    };
    auto number = [&](const char *k, std::optional<double> *dst) {
        if (!present(k))
            return true;
        if (!o.value(QLatin1String(k)).isDouble())
            return failWith(error, QStringLiteral("\"%1\" must be a number").arg(QLatin1String(k)));
        *dst = o.value(QLatin1String(k)).toDouble();
        return true;
    };
    auto integer = [&](const char *k, qint64 *dst) {
        const QJsonValue v = o.value(QLatin1String(k));
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            return failWith(error, QStringLiteral("\"%1\" must be an integer").arg(QLatin1String(k)));
        *dst = qint64(d);
        return true;
    };
    auto boolean = [&](const char *k, std::optional<bool> *dst) {
        if (!o.contains(QLatin1String(k)))
            return true;
        if (!o.value(QLatin1String(k)).isBool())
            return failWith(error, QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(k)));
        *dst = o.value(QLatin1String(k)).toBool();
        return true;
    };
    auto string = [&](const char *k, QString *dst) {
        if (!present(k))
            return true;
        if (!o.value(QLatin1String(k)).isString())
            return failWith(error, QStringLiteral("\"%1\" must be a string").arg(QLatin1String(k)));
        *dst = o.value(QLatin1String(k)).toString();
        return true;
    };

    if (!o.value(QLatin1String("model")).isString())
        return bad(QStringLiteral("\"model\" is required and must be a string"));
    r.model = o.value(QLatin1String("model")).toString();
    if (!o.value(QLatin1String("messages")).isArray())
        return bad(QStringLiteral("\"messages\" is required and must be an array"));
    const QJsonArray msgs = o.value(QLatin1String("messages")).toArray();
    for (qsizetype i = 0; i < msgs.size(); ++i) {
        QString why;
        const auto m = ChatMessage::fromJson(msgs.at(i).toObject(), &why);
        if (!m || !msgs.at(i).isObject())
            return bad(QStringLiteral("messages[%1]: %2").arg(i).arg(m ? QStringLiteral("must be an object") : why));
        r.messages.append(*m);
    }
    if (!number("temperature", &r.temperature) || !number("top_p", &r.topP)
        || !number("presence_penalty", &r.presencePenalty) || !number("frequency_penalty", &r.frequencyPenalty))
        return std::nullopt;
    qint64 i = 0;
    if (present("max_tokens")) {
        if (!integer("max_tokens", &i))
            return std::nullopt;
        r.maxTokens = int(std::clamp<qint64>(i, -1, std::numeric_limits<int>::max()));
    }
    if (present("n")) {
        if (!integer("n", &i))
            return std::nullopt;
        r.n = int(std::clamp<qint64>(i, 0, std::numeric_limits<int>::max()));
    }
    if (present("random_seed")) {
        if (!integer("random_seed", &i))
            return std::nullopt;
        r.randomSeed = i;
    }
    std::optional<bool> flag;
    if (!boolean("stream", &flag))
        return std::nullopt;
    r.stream = flag.value_or(false);
    if (!boolean("parallel_tool_calls", &r.parallelToolCalls) || !boolean("safe_prompt", &r.safePrompt))
        return std::nullopt;
    if (!string("prompt_cache_key", &r.promptCacheKey) || !string("reasoning_effort", &r.reasoningEffort)
        || !string("prompt_mode", &r.promptMode) || !string("service_tier", &r.serviceTier))
        return std::nullopt;

    if (present("stop")) {
        const QJsonValue s = o.value(QLatin1String("stop"));
        if (s.isString()) {
            r.stop = QStringList {s.toString()};
        } else if (s.isArray()) {
            const QJsonArray arr = s.toArray();
            for (const QJsonValue &v : arr) {
                if (!v.isString())
                    return bad(QStringLiteral("\"stop\" must be a string or an array of strings"));
                r.stop.append(v.toString());
            }
        } else {
            return bad(QStringLiteral("\"stop\" must be a string or an array of strings"));
        }
    }
    if (present("response_format")) {
        ResponseFormat f;
        if (!o.value(QLatin1String("response_format")).isObject()
            || !ResponseFormat::fromJson(o.value(QLatin1String("response_format")).toObject(), &f, error)) {
            if (!o.value(QLatin1String("response_format")).isObject())
                failWith(error, QStringLiteral("\"response_format\" must be an object"));
            return std::nullopt;
        }
        r.responseFormat = f;
    }
    if (present("tools")) {
        if (!o.value(QLatin1String("tools")).isArray())
            return bad(QStringLiteral("\"tools\" must be an array"));
        const QJsonArray arr = o.value(QLatin1String("tools")).toArray();
        for (const QJsonValue &v : arr) {
            ToolDefinition t;
            if (!ToolDefinition::fromJson(v.toObject(), &t, error))
                return std::nullopt;
            r.tools.append(t);
        }
    }
    if (present("tool_choice")) {
        const QJsonValue tc = o.value(QLatin1String("tool_choice"));
        if (tc.isString()) {
            r.toolChoice = tc.toString();
        } else if (tc.isObject()) {
            const QJsonObject tco = tc.toObject();
            const QJsonObject fn = tco.value(QLatin1String("function")).toObject();
            const bool shapeOk = tco.size() <= 2 && fn.size() == 1 && fn.value(QLatin1String("name")).isString()
                && tco.value(QLatin1String("type")).toString(QStringLiteral("function")) == QLatin1String("function")
                && (tco.size() == 1 || tco.contains(QLatin1String("type")));
            if (!shapeOk)
                return bad(QStringLiteral(
                    "\"tool_choice\" object must be {\"type\":\"function\",\"function\":{\"name\":...}}"));
            r.toolChoiceFunction = fn.value(QLatin1String("name")).toString();
        } else {
            return bad(QStringLiteral("\"tool_choice\" must be a string or an object"));
        }
    }
    if (present("prediction")) {
        const QJsonObject p = o.value(QLatin1String("prediction")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (it.key() != QLatin1String("type") && it.key() != QLatin1String("content"))
                return bad(QStringLiteral("unknown field \"prediction.%1\"").arg(it.key()));
        }
        if (p.value(QLatin1String("type")).toString(QStringLiteral("content")) != QLatin1String("content"))
            return bad(QStringLiteral("\"prediction.type\" must be \"content\""));
        r.prediction = p.value(QLatin1String("content")).toString();
    }
    if (present("metadata")) {
        if (!o.value(QLatin1String("metadata")).isObject())
            return bad(QStringLiteral("\"metadata\" must be an object"));
        r.metadata = o.value(QLatin1String("metadata")).toObject();
    }

    const QString why = r.validate();
    if (!why.isEmpty())
        return bad(why);
    return r;
}

} // namespace rostrum
