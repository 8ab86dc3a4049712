#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rostrum {

// Validates the function (tool) definitions Rostrum sends, before any request leaves, so a bad
// definition is a clear local error instead of a 422 after a round trip.
// Checks: a name matching ^[a-zA-Z0-9_-]{1,64}$; parameters present and of type "object"
// (what the API requires); a sane JSON Schema below it (known types, properties are schemas,
// "required" names existing properties, arrays say what their items are, enums are non-empty
// arrays, bounded depth).
class ToolSchema
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::ToolSchema)
public:
    struct Result
    {
        QStringList errors; // each names where ("parameters.properties.city.type") and what is wrong
        bool ok() const { return errors.isEmpty(); }
        QString message() const { return errors.join(QStringLiteral("; ")); }
    };

    // Either a bare function definition {"name","description","parameters"} or the wire form
    // {"type":"function","function":{...}}.
    static Result validateFunction(const QJsonObject &definition);
    // A "tools" array: each entry validated, and names must be unique.
    static Result validateTools(const QJsonArray &tools);

    static bool isValidName(const QString &name);

    static constexpr int kMaxDepth = 16;
};

} // namespace rostrum
