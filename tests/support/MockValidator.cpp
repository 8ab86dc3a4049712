#include "MockValidator.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace rostrum::test {

namespace {

QJsonArray bodyLoc(std::initializer_list<QJsonValue> rest)
{
    QJsonArray loc {QStringLiteral("body")};
    for (const QJsonValue &v : rest)
        loc.append(v);
    return loc;
}

QString fmt(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

const QStringList &MockValidator::allowedTopLevelFields()
{
    // From ChatCompletionRequest.properties in mistral-openapi-2026-08.yaml.
    static const QStringList fields = {QStringLiteral("model"),
                                       QStringLiteral("temperature"),
                                       QStringLiteral("top_p"),
                                       QStringLiteral("max_tokens"),
                                       QStringLiteral("stream"),
                                       QStringLiteral("stop"),
                                       QStringLiteral("random_seed"),
                                       QStringLiteral("metadata"),
                                       QStringLiteral("messages"),
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
                                       QStringLiteral("guardrails"),
                                       QStringLiteral("prompt_cache_key"),
                                       QStringLiteral("service_tier"),
                                       QStringLiteral("safe_prompt")};
    return fields;
}

QJsonObject MockValidator::detail(const QString &type, const QJsonArray &loc, const QString &msg,
                                  const QJsonValue &input, const QJsonObject &ctx)
{
    QJsonObject d {{QStringLiteral("type"), type},
                   {QStringLiteral("loc"), loc},
                   {QStringLiteral("msg"), msg},
                   {QStringLiteral("input"), input}};
    if (!ctx.isEmpty())
        d.insert(QStringLiteral("ctx"), ctx);
    return d;
}

QByteArray MockValidator::envelope422(const QJsonArray &details)
{
    // Built by hand to keep the real key order: object, message, type, param, code.
    const QByteArray detailJson = QJsonDocument(details).toJson(QJsonDocument::Compact);
    return "{\"object\":\"error\",\"message\":{\"detail\":" + detailJson
        + "},\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}";
}

MockValidator::Result MockValidator::validateChat(const QByteArray &rawBody)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rawBody, &error);
    if (error.error != QJsonParseError::NoError) {
        result.details.append(detail(QStringLiteral("json_invalid"), bodyLoc({int(error.offset)}),
                                     QStringLiteral("JSON decode error"), QJsonObject {},
                                     {{QStringLiteral("error"), error.errorString()}}));
    } else if (!doc.isObject()) {
        result.details.append(
            detail(QStringLiteral("model_attributes_type"), bodyLoc({}),
                   QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                   doc.isArray() ? QJsonValue(doc.array()) : QJsonValue()));
    } else {
        const QJsonObject body = doc.object();
        QJsonArray &d = result.details;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!allowedTopLevelFields().contains(it.key()))
                d.append(detail(QStringLiteral("extra_forbidden"), bodyLoc({it.key()}),
                                QStringLiteral("Extra inputs are not permitted"), it.value()));
        }
        if (!body.contains(QLatin1String("model")))
            d.append(detail(QStringLiteral("missing"), bodyLoc({QStringLiteral("model")}),
                            QStringLiteral("Field required"), body));
        else if (!body.value(QLatin1String("model")).isString())
            d.append(detail(QStringLiteral("string_type"), bodyLoc({QStringLiteral("model")}),
                            QStringLiteral("Input should be a valid string"), body.value(QLatin1String("model"))));
        if (!body.contains(QLatin1String("messages")))
            d.append(detail(QStringLiteral("missing"), bodyLoc({QStringLiteral("messages")}),
                            QStringLiteral("Field required"), body));
        else
            checkMessages(body.value(QLatin1String("messages")), d);

        checkNumber(body, QStringLiteral("temperature"), false, 0, 1.5, false, d);
        checkNumber(body, QStringLiteral("top_p"), false, 0, 1, true, d);
        checkNumber(body, QStringLiteral("max_tokens"), true, 0, NAN, false, d);
        checkNumber(body, QStringLiteral("n"), true, 1, NAN, false, d);
        checkNumber(body, QStringLiteral("random_seed"), true, 0, NAN, false, d);
        checkNumber(body, QStringLiteral("presence_penalty"), false, -2, 2, false, d);
        checkNumber(body, QStringLiteral("frequency_penalty"), false, -2, 2, false, d);
        checkBool(body, QStringLiteral("stream"), d);
        checkBool(body, QStringLiteral("safe_prompt"), d);
        checkBool(body, QStringLiteral("parallel_tool_calls"), d);
        checkEnum(body, QStringLiteral("reasoning_effort"),
                  {QStringLiteral("none"), QStringLiteral("minimal"), QStringLiteral("low"), QStringLiteral("medium"),
                   QStringLiteral("high"), QStringLiteral("xhigh")},
                  d);
        checkEnum(body, QStringLiteral("prompt_mode"), {QStringLiteral("reasoning")}, d);
        checkEnum(body, QStringLiteral("service_tier"), {QStringLiteral("auto"), QStringLiteral("standard_only")}, d);
        if (body.contains(QLatin1String("response_format")))
            checkResponseFormat(body.value(QLatin1String("response_format")), d);
    }
    if (!result.details.isEmpty()) {
        result.status = 422;
        result.body = envelope422(result.details);
    }
    return result;
}

void MockValidator::checkMessages(const QJsonValue &messages, QJsonArray &details)
{
    if (!messages.isArray()) {
        details.append(detail(QStringLiteral("list_type"), bodyLoc({QStringLiteral("messages")}),
                              QStringLiteral("Input should be a valid list"), messages));
        return;
    }
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        checkMessage(list.at(i), int(i), i == list.size() - 1, details);
}

void MockValidator::checkMessage(const QJsonValue &value, int index, bool last, QJsonArray &details)
{
    const QJsonArray at = bodyLoc({QStringLiteral("messages"), index});
    if (!value.isObject()) {
        details.append(detail(QStringLiteral("model_attributes_type"), at,
                              QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                              value));
        return;
    }
    const QJsonObject m = value.toObject();
    static const QString tags = QStringLiteral("'assistant', 'system', 'tool', 'user'");
    if (!m.value(QLatin1String("role")).isString()) {
        details.append(detail(QStringLiteral("union_tag_not_found"), at,
                              QStringLiteral("Unable to extract tag using discriminator 'role'"), m,
                              {{QStringLiteral("discriminator"), QStringLiteral("'role'")}}));
        return;
    }
    const QString role = m.value(QLatin1String("role")).toString();
    QStringList allowed {QStringLiteral("role"), QStringLiteral("content")};
    if (role == QLatin1String("assistant"))
        allowed << QStringLiteral("tool_calls") << QStringLiteral("prefix");
    else if (role == QLatin1String("tool"))
        allowed << QStringLiteral("tool_call_id") << QStringLiteral("name");
    else if (role != QLatin1String("system") && role != QLatin1String("user")) {
        details.append(detail(QStringLiteral("union_tag_invalid"), at,
                              QStringLiteral("Input tag '%1' found using 'role' does not match any of the expected "
                                             "tags: %2")
                                  .arg(role, tags),
                              m,
                              {{QStringLiteral("discriminator"), QStringLiteral("'role'")},
                               {QStringLiteral("tag"), role},
                               {QStringLiteral("expected_tags"), tags}}));
        return;
    }
    QJsonArray roleLoc = at;
    roleLoc.append(role);
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (!allowed.contains(it.key())) {
            QJsonArray loc = roleLoc;
            loc.append(it.key());
            details.append(detail(QStringLiteral("extra_forbidden"), loc,
                                  QStringLiteral("Extra inputs are not permitted"), it.value()));
        }
    }
    QJsonArray contentLoc = roleLoc;
    contentLoc.append(QStringLiteral("content"));
    const QJsonValue content = m.value(QLatin1String("content"));
    if (role != QLatin1String("assistant") && !m.contains(QLatin1String("content"))) {
        details.append(detail(QStringLiteral("missing"), contentLoc, QStringLiteral("Field required"), m));
    } else if (m.contains(QLatin1String("content")) && !content.isString() && !content.isArray()
               && !(content.isNull() && role != QLatin1String("system"))) {
        details.append(detail(QStringLiteral("string_type"), contentLoc,
                              QStringLiteral("Input should be a valid string"), content));
    }
    if (role == QLatin1String("assistant") && m.value(QLatin1String("prefix")).toBool() && !last) {
        // The real API refuses a prefix anywhere but last; its exact wording is not on record.
        QJsonArray loc = roleLoc;
        loc.append(QStringLiteral("prefix"));
        details.append(detail(QStringLiteral("value_error"), loc,
                              QStringLiteral("Value error, prefix is only allowed on the last message"), true));
    }
}

void MockValidator::checkNumber(const QJsonObject &body, const QString &field, bool integer, double min, double max,
                                bool exclusiveMin, QJsonArray &details)
{
    if (!body.contains(field) || body.value(field).isNull())
        return;
    const QJsonValue v = body.value(field);
    const QJsonArray loc = bodyLoc({field});
    if (!v.isDouble()) {
        details.append(detail(integer ? QStringLiteral("int_type") : QStringLiteral("float_type"), loc,
                              integer ? QStringLiteral("Input should be a valid integer")
                                      : QStringLiteral("Input should be a valid number"),
                              v));
        return;
    }
    const double x = v.toDouble();
    if (integer && std::floor(x) != x) {
        details.append(detail(QStringLiteral("int_from_float"), loc,
                              QStringLiteral("Input should be a valid integer, got a number with a fractional part"),
                              v));
        return;
    }
    if (exclusiveMin ? x <= min : x < min) {
        details.append(detail(exclusiveMin ? QStringLiteral("greater_than") : QStringLiteral("greater_than_equal"), loc,
                              (exclusiveMin ? QStringLiteral("Input should be greater than ")
                                            : QStringLiteral("Input should be greater than or equal to "))
                                  + fmt(min),
                              v, {{exclusiveMin ? QStringLiteral("gt") : QStringLiteral("ge"), min}}));
    } else if (!std::isnan(max) && x > max) {
        details.append(detail(QStringLiteral("less_than_equal"), loc,
                              QStringLiteral("Input should be less than or equal to ") + fmt(max), v,
                              {{QStringLiteral("le"), max}}));
    }
}

void MockValidator::checkBool(const QJsonObject &body, const QString &field, QJsonArray &details)
{
    if (body.contains(field) && !body.value(field).isBool())
        details.append(detail(QStringLiteral("bool_type"), bodyLoc({field}),
                              QStringLiteral("Input should be a valid boolean"), body.value(field)));
}

void MockValidator::checkEnum(const QJsonObject &body, const QString &field, const QStringList &values,
                              QJsonArray &details)
{
    if (!body.contains(field) || body.value(field).isNull())
        return;
    const QString v = body.value(field).toString();
    if (body.value(field).isString() && values.contains(v))
        return;
    QStringList quoted;
    for (const QString &value : values)
        quoted << QLatin1Char('\'') + value + QLatin1Char('\'');
    const QString expected = quoted.size() > 1
        ? quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + quoted.last()
        : quoted.value(0);
    details.append(detail(QStringLiteral("enum"), bodyLoc({field}), QStringLiteral("Input should be ") + expected,
                          body.value(field), {{QStringLiteral("expected"), expected}}));
}

void MockValidator::checkResponseFormat(const QJsonValue &format, QJsonArray &details)
{
    if (format.isNull())
        return;
    const QJsonArray loc = bodyLoc({QStringLiteral("response_format")});
    if (!format.isObject()) {
        details.append(detail(QStringLiteral("model_attributes_type"), loc,
                              QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                              format));
        return;
    }
    const QJsonObject f = format.toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("json_schema")) {
            QJsonArray l = loc;
            l.append(it.key());
            details.append(detail(QStringLiteral("extra_forbidden"), l,
                                  QStringLiteral("Extra inputs are not permitted"), it.value()));
        }
    }
    const QString type = f.value(QLatin1String("type")).toString(QStringLiteral("text"));
    if (type != QLatin1String("text") && type != QLatin1String("json_object") && type != QLatin1String("json_schema")) {
        QJsonArray l = loc;
        l.append(QStringLiteral("type"));
        details.append(detail(QStringLiteral("enum"), l,
                              QStringLiteral("Input should be 'text', 'json_object' or 'json_schema'"),
                              f.value(QLatin1String("type"))));
        return;
    }
    if (type == QLatin1String("json_schema")) {
        const QJsonObject schema = f.value(QLatin1String("json_schema")).toObject();
        QJsonArray l = loc;
        l.append(QStringLiteral("json_schema"));
        for (const QString &required : {QStringLiteral("name"), QStringLiteral("schema")}) {
            if (!schema.contains(required)) {
                QJsonArray r = l;
                r.append(required);
                details.append(detail(QStringLiteral("missing"), r, QStringLiteral("Field required"), schema));
            }
        }
    }
}

} // namespace rostrum::test
