#include "Speech.h"

#include <QJsonArray>

namespace rostrum {

namespace {
struct StatusName
{
    Speech::Status status;
    const char *name;
};
constexpr StatusName kStatusNames[] = {
    {Speech::Status::Streaming, "streaming"},     {Speech::Status::Finished, "finished"},
    {Speech::Status::Interrupted, "interrupted"}, {Speech::Status::Failed, "failed"},
    {Speech::Status::Stopped, "stopped"},
};
} // namespace

QString Speech::statusName(Status s)
{
    for (const auto &n : kStatusNames) {
        if (n.status == s)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("failed");
}

Speech::Status Speech::statusFromName(const QString &name)
{
    for (const auto &n : kStatusNames) {
        if (name == QLatin1String(n.name))
            return n.status;
    }
    return Status::Failed;
}

QJsonObject Speech::toJson() const
{
    QJsonArray cites;
    for (const Citation &c : citations)
        cites.append(c.toJson());
    QJsonObject o {{QStringLiteral("index"), index},
                   {QStringLiteral("speaker"), speaker},
                   {QStringLiteral("side"), side},
                   {QStringLiteral("role"), role},
                   {QStringLiteral("model"), model.isEmpty() ? QJsonValue() : QJsonValue(model)},
                   {QStringLiteral("language"), language},
                   {QStringLiteral("text"), text},
                   {QStringLiteral("status"), statusName(status)},
                   {QStringLiteral("usage"),
                    QJsonObject {{QStringLiteral("prompt_tokens"), promptTokens},
                                 {QStringLiteral("completion_tokens"), completionTokens},
                                 {QStringLiteral("total_tokens"), promptTokens + completionTokens}}},
                   {QStringLiteral("cost_usd"), costUsd},
                   {QStringLiteral("citations"), cites},
                   {QStringLiteral("turn"), turn},
                   {QStringLiteral("debater"), debater},
                   {QStringLiteral("round"), round},
                   {QStringLiteral("human"), human}};
    if (!thinking.isEmpty())
        o.insert(QStringLiteral("thinking"), thinking);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!finishReason.isEmpty())
        o.insert(QStringLiteral("finish_reason"), finishReason);
    if (started.isValid())
        o.insert(QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs));
    if (updated.isValid())
        o.insert(QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

Speech Speech::fromJson(const QJsonObject &o)
{
    Speech s;
    s.index = o.value(QLatin1String("index")).toInt();
    s.turn = o.value(QLatin1String("turn")).toInt(-1);
    s.debater = o.value(QLatin1String("debater")).toInt(-1);
    s.speaker = o.value(QLatin1String("speaker")).toString();
    s.side = o.value(QLatin1String("side")).toString();
    s.role = o.value(QLatin1String("role")).toString();
    s.round = o.value(QLatin1String("round")).toInt();
    s.model = o.value(QLatin1String("model")).toString();
    s.language = o.value(QLatin1String("language")).toString();
    s.human = o.value(QLatin1String("human")).toBool();
    s.text = o.value(QLatin1String("text")).toString();
    s.thinking = o.value(QLatin1String("thinking")).toString();
    s.status = statusFromName(o.value(QLatin1String("status")).toString());
    s.error = o.value(QLatin1String("error")).toString();
    s.finishReason = o.value(QLatin1String("finish_reason")).toString();
    const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
    s.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
    s.completionTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
    s.costUsd = o.value(QLatin1String("cost_usd")).toDouble();
    for (const QJsonValue &c : o.value(QLatin1String("citations")).toArray())
        s.citations << Citation::fromJson(c.toObject());
    s.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    s.updated = QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace rostrum
