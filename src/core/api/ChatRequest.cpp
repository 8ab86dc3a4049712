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

namespace {

// Reads a request's optional fields one type at a time; each reader leaves the field alone when it
// is absent (or null) and fails with a message naming the field when it has the wrong type.
class FieldReader
{
public:
    FieldReader(const QJsonObject &o, QString *error)
        : m_o(o)
        , m_error(error)
    { }

    bool fail(const QString &why) const { return failWith(m_error, why); }
    QJsonValue value(const char *k) const { return m_o.value(QLatin1String(k)); }
    bool present(const char *k) const { return !value(k).isUndefined() && !value(k).isNull(); }

    bool number(const char *k, std::optional<double> *dst) const
    {
        if (!present(k))
            return true;
        if (!value(k).isDouble())
            return fail(QStringLiteral("\"%1\" must be a number").arg(QLatin1String(k)));
        *dst = value(k).toDouble();
        return true;
    }
    // lo/hi clamp what is stored; the field must be a whole number.
    template<typename T> bool integer(const char *k, std::optional<T> *dst, qint64 lo, qint64 hi) const
    {
        if (!present(k))
            return true;
        const double d = value(k).toDouble();
        if (!value(k).isDouble() || d != double(qint64(d)))
            return fail(QStringLiteral("\"%1\" must be an integer").arg(QLatin1String(k)));
        *dst = T(std::clamp<qint64>(qint64(d), lo, hi));
        return true;
    }
    bool boolean(const char *k, std::optional<bool> *dst) const
    {
        if (!m_o.contains(QLatin1String(k)))
            return true;
        if (!value(k).isBool())
            return fail(QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(k)));
        *dst = value(k).toBool();
        return true;
    }
    bool string(const char *k, QString *dst) const
    {
        if (!present(k))
            return true;
        if (!value(k).isString())
            return fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(k)));
        *dst = value(k).toString();
        return true;
    }

private:
    const QJsonObject &m_o;
    QString *m_error;
};

bool readUnknownFields(const QJsonObject &o, const QStringList &allowed, QString *error)
{
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            unknown.append(it.key());
    }
    if (unknown.isEmpty())
        return true;
    return failWith(error,
                    QStringLiteral("unknown field%1 %2: the Mistral chat API accepts only %3")
                        .arg(unknown.size() > 1 ? QStringLiteral("s") : QString(), quoted(unknown),
                             allowed.join(QStringLiteral(", "))));
}

bool readMessages(const FieldReader &f, ChatRequest &r)
{
    if (!f.value("model").isString())
        return f.fail(QStringLiteral("\"model\" is required and must be a string"));
    r.model = f.value("model").toString();
    if (!f.value("messages").isArray())
        return f.fail(QStringLiteral("\"messages\" is required and must be an array"));
    const QJsonArray msgs = f.value("messages").toArray();
    for (qsizetype i = 0; i < msgs.size(); ++i) {
        QString why;
        const auto m = ChatMessage::fromJson(msgs.at(i).toObject(), &why);
        if (!m || !msgs.at(i).isObject())
            return f.fail(QStringLiteral("messages[%1]: %2").arg(i).arg(m ? QStringLiteral("must be an object") : why));
        r.messages.append(*m);
    }
    return true;
}

bool readScalars(const FieldReader &f, ChatRequest &r)
{
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    std::optional<bool> stream;
    const bool ok = f.number("temperature", &r.temperature) && f.number("top_p", &r.topP)
        && f.number("presence_penalty", &r.presencePenalty) && f.number("frequency_penalty", &r.frequencyPenalty)
        && f.integer("max_tokens", &r.maxTokens, -1, kIntMax) && f.integer("n", &r.n, 0, kIntMax)
        && f.integer("random_seed", &r.randomSeed, std::numeric_limits<qint64>::min(),
                     std::numeric_limits<qint64>::max())
        && f.boolean("stream", &stream) && f.boolean("parallel_tool_calls", &r.parallelToolCalls)
        && f.boolean("safe_prompt", &r.safePrompt) && f.string("prompt_cache_key", &r.promptCacheKey)
        && f.string("reasoning_effort", &r.reasoningEffort) && f.string("prompt_mode", &r.promptMode)
        && f.string("service_tier", &r.serviceTier);
    r.stream = stream.value_or(false);
    return ok;
}

bool readStop(const FieldReader &f, ChatRequest &r)
{
    if (!f.present("stop"))
        return true;
    const QJsonValue s = f.value("stop");
    if (s.isString()) {
        r.stop = QStringList {s.toString()};
        return true;
    }
    const QString why = QStringLiteral("\"stop\" must be a string or an array of strings");
    if (!s.isArray())
        return f.fail(why);
    const QJsonArray arr = s.toArray();
    for (const QJsonValue &v : arr) {
        if (!v.isString())
            return f.fail(why);
        r.stop.append(v.toString());
    }
    return true;
}

bool readFormatAndTools(const FieldReader &f, ChatRequest &r, QString *error)
{
    if (f.present("response_format")) {
        if (!f.value("response_format").isObject())
            return f.fail(QStringLiteral("\"response_format\" must be an object"));
        ResponseFormat format;
        if (!ResponseFormat::fromJson(f.value("response_format").toObject(), &format, error))
            return false;
        r.responseFormat = format;
    }
    if (f.present("tools")) {
        if (!f.value("tools").isArray())
            return f.fail(QStringLiteral("\"tools\" must be an array"));
        const QJsonArray arr = f.value("tools").toArray();
        for (const QJsonValue &v : arr) {
            ToolDefinition t;
            if (!ToolDefinition::fromJson(v.toObject(), &t, error))
                return false;
            r.tools.append(t);
        }
    }
    return true;
}

bool readToolChoice(const FieldReader &f, ChatRequest &r)
{
    if (!f.present("tool_choice"))
        return true;
    const QJsonValue tc = f.value("tool_choice");
    if (tc.isString()) {
        r.toolChoice = tc.toString();
        return true;
    }
    if (!tc.isObject())
        return f.fail(QStringLiteral("\"tool_choice\" must be a string or an object"));
    const QJsonObject tco = tc.toObject();
    const QJsonObject fn = tco.value(QLatin1String("function")).toObject();
    const bool shapeOk = tco.size() <= 2 && fn.size() == 1 && fn.value(QLatin1String("name")).isString()
        && tco.value(QLatin1String("type")).toString(QStringLiteral("function")) == QLatin1String("function")
        && (tco.size() == 1 || tco.contains(QLatin1String("type")));
    if (!shapeOk)
        return f.fail(
            QStringLiteral("\"tool_choice\" object must be {\"type\":\"function\",\"function\":{\"name\":...}}"));
    r.toolChoiceFunction = fn.value(QLatin1String("name")).toString();
    return true;
}

bool readPredictionAndMetadata(const FieldReader &f, ChatRequest &r)
{
    if (f.present("prediction")) {
        const QJsonObject p = f.value("prediction").toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (it.key() != QLatin1String("type") && it.key() != QLatin1String("content"))
                return f.fail(QStringLiteral("unknown field \"prediction.%1\"").arg(it.key()));
        }
        if (p.value(QLatin1String("type")).toString(QStringLiteral("content")) != QLatin1String("content"))
            return f.fail(QStringLiteral("\"prediction.type\" must be \"content\""));
        r.prediction = p.value(QLatin1String("content")).toString();
    }
    if (f.present("metadata")) {
        if (!f.value("metadata").isObject())
            return f.fail(QStringLiteral("\"metadata\" must be an object"));
        r.metadata = f.value("metadata").toObject();
    }
    return true;
}

} // namespace

std::optional<ChatRequest> ChatRequest::fromJson(const QJsonObject &o, QString *error)
{
    if (!readUnknownFields(o, allowedFields(), error))
        return std::nullopt;
    ChatRequest r;
    const FieldReader f(o, error);
    if (!readMessages(f, r) || !readScalars(f, r) || !readStop(f, r) || !readFormatAndTools(f, r, error)
        || !readToolChoice(f, r) || !readPredictionAndMetadata(f, r))
        return std::nullopt;
    const QString why = r.validate();
    if (!why.isEmpty()) {
        failWith(error, why);
        return std::nullopt;
    }
    return r;
}

} // namespace rostrum
