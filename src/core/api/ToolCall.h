#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rostrum {

// One function call the model asked for. `arguments` is the JSON text exactly as the model wrote
// it (it may be invalid JSON: the caller decides what to do with it).
struct ToolCall
{
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments;
    int index = -1; // OpenAI-style stream position; -1 when the server sent none

    QJsonObject toJson() const; // {id, type, function:{name, arguments}} as the request schema allows
    static bool fromJson(const QJsonObject &o, ToolCall *out, QString *error);
    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

} // namespace rostrum
