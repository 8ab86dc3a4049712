#include "ToolSchema.h"

#include <QRegularExpression>
#include <QSet>

namespace rostrum {

namespace {

const QStringList &schemaTypes()
{
    static const QStringList types = {QStringLiteral("object"), QStringLiteral("array"),   QStringLiteral("string"),
                                      QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
                                      QStringLiteral("null")};
    return types;
}

class SchemaChecker
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ToolSchema)
public:
    QStringList errors;

    void check(const QJsonValue &value, const QString &path, int depth)
    {
        if (depth > ToolSchema::kMaxDepth) {
            errors << tr("%1: the schema is nested more than %2 levels deep").arg(path).arg(ToolSchema::kMaxDepth);
            return;
        }
        if (!value.isObject()) {
            errors << tr("%1: a schema must be a JSON object").arg(path);
            return;
        }
        const QJsonObject schema = value.toObject();

        QStringList types;
        const QJsonValue type = schema.value(QLatin1String("type"));
        if (type.isString()) {
            types << type.toString();
        } else if (type.isArray()) {
            for (const QJsonValue &t : type.toArray()) {
                if (!t.isString()) {
                    errors << tr("%1.type: every entry of a type list must be a string").arg(path);
                    continue;
                }
                types << t.toString();
            }
        } else if (!type.isUndefined()) {
            errors << tr("%1.type: must be a string or a list of strings").arg(path);
        }
        for (const QString &t : std::as_const(types)) {
            if (!schemaTypes().contains(t))
                errors << tr("%1.type: \"%2\" is not a JSON Schema type (use one of %3)")
                              .arg(path, t, schemaTypes().join(QStringLiteral(", ")));
        }
        const bool hasComposition = schema.contains(QLatin1String("anyOf")) || schema.contains(QLatin1String("oneOf"))
            || schema.contains(QLatin1String("allOf")) || schema.contains(QLatin1String("$ref"))
            || schema.contains(QLatin1String("enum")) || schema.contains(QLatin1String("const"));
        if (types.isEmpty() && type.isUndefined() && !hasComposition)
            errors << tr("%1: says neither its \"type\" nor \"enum\", \"anyOf\", \"oneOf\", \"allOf\" or \"$ref\"")
                          .arg(path);

        if (schema.contains(QLatin1String("description")) && !schema.value(QLatin1String("description")).isString())
            errors << tr("%1.description: must be a string").arg(path);

        if (schema.contains(QLatin1String("enum"))) {
            const QJsonValue e = schema.value(QLatin1String("enum"));
            if (!e.isArray() || e.toArray().isEmpty())
                errors << tr("%1.enum: must be a non-empty list").arg(path);
        }

        for (const char *key : {"anyOf", "oneOf", "allOf"}) {
            const QString k = QLatin1String(key);
            if (!schema.contains(k))
                continue;
            const QJsonValue list = schema.value(k);
            if (!list.isArray() || list.toArray().isEmpty()) {
                errors << tr("%1.%2: must be a non-empty list of schemas").arg(path, k);
                continue;
            }
            const QJsonArray arr = list.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i)
                check(arr.at(i), QStringLiteral("%1.%2[%3]").arg(path, k).arg(i), depth + 1);
        }

        if (types.contains(QLatin1String("object")) || schema.contains(QLatin1String("properties")))
            checkObject(schema, path, depth);
        if (types.contains(QLatin1String("array"))) {
            const QJsonValue items = schema.value(QLatin1String("items"));
            if (items.isUndefined())
                errors << tr("%1: an array must say what its \"items\" are").arg(path);
            else
                check(items, path + QStringLiteral(".items"), depth + 1);
        }
    }

    void checkObject(const QJsonObject &schema, const QString &path, int depth)
    {
        QSet<QString> names;
        const QJsonValue props = schema.value(QLatin1String("properties"));
        if (!props.isUndefined()) {
            if (!props.isObject()) {
                errors << tr("%1.properties: must be an object mapping names to schemas").arg(path);
            } else {
                const QJsonObject p = props.toObject();
                for (auto it = p.begin(); it != p.end(); ++it) {
                    names.insert(it.key());
                    check(it.value(), QStringLiteral("%1.properties.%2").arg(path, it.key()), depth + 1);
                }
            }
        }
        const QJsonValue required = schema.value(QLatin1String("required"));
        if (!required.isUndefined()) {
            if (!required.isArray()) {
                errors << tr("%1.required: must be a list of property names").arg(path);
            } else {
                QSet<QString> seen;
                for (const QJsonValue &r : required.toArray()) {
                    if (!r.isString()) {
                        errors << tr("%1.required: every entry must be a property name (a string)").arg(path);
                        continue;
                    }
                    const QString name = r.toString();
                    if (!names.contains(name))
                        errors << tr("%1.required: \"%2\" is not one of the properties").arg(path, name);
                    if (seen.contains(name))
                        errors << tr("%1.required: \"%2\" is listed twice").arg(path, name);
                    seen.insert(name);
                }
            }
        }
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        if (!additional.isUndefined() && !additional.isBool())
            check(additional, path + QStringLiteral(".additionalProperties"), depth + 1);
    }
};

} // namespace

bool ToolSchema::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

ToolSchema::Result ToolSchema::validateFunction(const QJsonObject &definition)
{
    Result result;
    QJsonObject fn = definition;
    QString where = QStringLiteral("function");
    if (definition.contains(QLatin1String("function"))) {
        const QJsonValue type = definition.value(QLatin1String("type"));
        if (!type.isUndefined() && type.toString() != QLatin1String("function"))
            result.errors << tr("type: a tool must be of type \"function\", not \"%1\"").arg(type.toString());
        if (!definition.value(QLatin1String("function")).isObject()) {
            result.errors << tr("function: must be an object with name, description and parameters");
            return result;
        }
        fn = definition.value(QLatin1String("function")).toObject();
    }

    const QJsonValue name = fn.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty()) {
        result.errors << tr("%1.name: a function needs a name").arg(where);
    } else if (!isValidName(name.toString())) {
        result.errors << tr("%1.name: \"%2\" must be 1 to 64 letters, digits, '_' or '-'").arg(where, name.toString());
    } else {
        where = name.toString();
    }

    if (fn.contains(QLatin1String("description")) && !fn.value(QLatin1String("description")).isString())
        result.errors << tr("%1.description: must be a string").arg(where);

    const QJsonValue params = fn.value(QLatin1String("parameters"));
    if (params.isUndefined()) {
        result.errors << tr("%1.parameters: a function needs parameters (a schema of type \"object\")").arg(where);
        return result;
    }
    if (!params.isObject()) {
        result.errors << tr("%1.parameters: must be a JSON Schema object").arg(where);
        return result;
    }
    if (params.toObject().value(QLatin1String("type")).toString() != QLatin1String("object")) {
        result.errors << tr("%1.parameters.type: function parameters must be of type \"object\"").arg(where);
        return result;
    }
    SchemaChecker checker;
    checker.check(params, where + QStringLiteral(".parameters"), 0);
    result.errors << checker.errors;
    return result;
}

ToolSchema::Result ToolSchema::validateTools(const QJsonArray &tools)
{
    Result result;
    QSet<QString> names;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        if (!tools.at(i).isObject()) {
            result.errors << tr("tools[%1]: must be an object").arg(i);
            continue;
        }
        const QJsonObject def = tools.at(i).toObject();
        const Result one = validateFunction(def);
        for (const QString &e : one.errors)
            result.errors << QStringLiteral("tools[%1] %2").arg(i).arg(e);
        const QJsonObject fn =
            def.contains(QLatin1String("function")) ? def.value(QLatin1String("function")).toObject() : def;
        const QString name = fn.value(QLatin1String("name")).toString();
        if (!name.isEmpty()) {
            if (names.contains(name))
                result.errors << tr("tools[%1]: the name \"%2\" is used by another tool").arg(i).arg(name);
            names.insert(name);
        }
    }
    return result;
}

} // namespace rostrum
