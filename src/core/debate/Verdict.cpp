#include "Verdict.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rostrum {

QJsonObject Verdict::schema()
{
    const QJsonObject number010 {{QStringLiteral("type"), QStringLiteral("number")},
                                 {QStringLiteral("minimum"), 0},
                                 {QStringLiteral("maximum"), 10}};
    const QJsonObject score {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("criterion"), QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}}},
                      {QStringLiteral("pro"), number010},
                      {QStringLiteral("con"), number010}}},
        {QStringLiteral("required"),
         QJsonArray {QStringLiteral("criterion"), QStringLiteral("pro"), QStringLiteral("con")}},
        {QStringLiteral("additionalProperties"), false}};
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject {
                 {QStringLiteral("winner"),
                  QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("enum"),
                                QJsonArray {QStringLiteral("pro"), QStringLiteral("con"), QStringLiteral("tie")}}}},
                 {QStringLiteral("scores"),
                  QJsonObject {{QStringLiteral("type"), QStringLiteral("array")},
                               {QStringLiteral("minItems"), 1},
                               {QStringLiteral("items"), score}}},
                 {QStringLiteral("reasons"), QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}}},
                 {QStringLiteral("margin"), number010}}},
            {QStringLiteral("required"),
             QJsonArray {QStringLiteral("winner"), QStringLiteral("scores"), QStringLiteral("reasons"),
                         QStringLiteral("margin")}},
            {QStringLiteral("additionalProperties"), false}};
}

Verdict Verdict::parse(const QString &answer, QStringList *problems)
{
    Verdict v;
    v.raw = answer;
    QStringList found;
    QString text = answer.trimmed();
    // Some models wrap JSON in a Markdown fence even under json_schema; accept that much.
    if (text.startsWith(QLatin1String("```"))) {
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        const qsizetype lastFence = text.lastIndexOf(QLatin1String("```"));
        if (firstBreak > 0 && lastFence > firstBreak)
            text = text.mid(firstBreak + 1, lastFence - firstBreak - 1).trimmed();
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (!doc.isObject()) {
        found << QStringLiteral("the answer is not a JSON object (%1)").arg(pe.errorString());
    } else {
        const QJsonObject o = doc.object();
        const QString winner = o.value(QLatin1String("winner")).toString();
        if (winner != QLatin1String("pro") && winner != QLatin1String("con") && winner != QLatin1String("tie"))
            found << QStringLiteral("\"winner\" must be \"pro\", \"con\" or \"tie\"");
        v.winner = winner;

        const QJsonValue scores = o.value(QLatin1String("scores"));
        if (!scores.isArray() || scores.toArray().isEmpty())
            found << QStringLiteral("\"scores\" must be a non-empty array");
        const QJsonArray scoreArray = scores.toArray();
        for (qsizetype i = 0; i < scoreArray.size(); ++i) {
            const QJsonObject s = scoreArray.at(i).toObject();
            Score sc;
            sc.criterion = s.value(QLatin1String("criterion")).toString();
            if (sc.criterion.trimmed().isEmpty())
                found << QStringLiteral("scores[%1] has no criterion").arg(i);
            for (const char *side : {"pro", "con"}) {
                const QJsonValue n = s.value(QLatin1String(side));
                if (!n.isDouble() || n.toDouble() < 0 || n.toDouble() > 10)
                    found << QStringLiteral("scores[%1].%2 must be a number from 0 to 10")
                                 .arg(i)
                                 .arg(QLatin1String(side));
            }
            sc.pro = s.value(QLatin1String("pro")).toDouble();
            sc.con = s.value(QLatin1String("con")).toDouble();
            v.scores << sc;
        }
        if (!o.value(QLatin1String("reasons")).isString()
            || o.value(QLatin1String("reasons")).toString().trimmed().isEmpty())
            found << QStringLiteral("\"reasons\" must be a non-empty string");
        v.reasons = o.value(QLatin1String("reasons")).toString();
        const QJsonValue margin = o.value(QLatin1String("margin"));
        if (!margin.isDouble() || margin.toDouble() < 0 || margin.toDouble() > 10)
            found << QStringLiteral("\"margin\" must be a number from 0 to 10");
        v.margin = margin.toDouble();
    }
    v.valid = found.isEmpty();
    if (!v.valid)
        v.error = found.join(QStringLiteral("; "));
    if (problems)
        *problems = found;
    return v;
}

QJsonObject Verdict::toJson() const
{
    QJsonArray s;
    for (const Score &sc : scores)
        s.append(QJsonObject {{QStringLiteral("criterion"), sc.criterion},
                              {QStringLiteral("pro"), sc.pro},
                              {QStringLiteral("con"), sc.con}});
    QJsonObject o {{QStringLiteral("winner"), winner.isEmpty() ? QJsonValue() : QJsonValue(winner)},
                   {QStringLiteral("scores"), s},
                   {QStringLiteral("reasons"), reasons},
                   {QStringLiteral("margin"), margin},
                   {QStringLiteral("valid"), valid},
                   {QStringLiteral("repaired"), repaired},
                   {QStringLiteral("model"), model}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!valid)
        o.insert(QStringLiteral("raw"), raw);
    if (costUsd > 0)
        o.insert(QStringLiteral("cost_usd"), costUsd);
    if (!firstSide.isEmpty())
        o.insert(QStringLiteral("first_side"), firstSide);
    if (consistent)
        o.insert(QStringLiteral("consistent"), *consistent);
    return o;
}

Verdict Verdict::fromJson(const QJsonObject &o)
{
    Verdict v;
    v.winner = o.value(QLatin1String("winner")).toString();
    for (const QJsonValue &x : o.value(QLatin1String("scores")).toArray()) {
        const QJsonObject s = x.toObject();
        v.scores << Score {s.value(QLatin1String("criterion")).toString(), s.value(QLatin1String("pro")).toDouble(),
                           s.value(QLatin1String("con")).toDouble()};
    }
    v.reasons = o.value(QLatin1String("reasons")).toString();
    v.margin = o.value(QLatin1String("margin")).toDouble();
    v.valid = o.value(QLatin1String("valid")).toBool();
    v.repaired = o.value(QLatin1String("repaired")).toBool();
    v.error = o.value(QLatin1String("error")).toString();
    v.model = o.value(QLatin1String("model")).toString();
    v.raw = o.value(QLatin1String("raw")).toString();
    v.costUsd = o.value(QLatin1String("cost_usd")).toDouble();
    v.firstSide = o.value(QLatin1String("first_side")).toString();
    if (o.value(QLatin1String("consistent")).isBool())
        v.consistent = o.value(QLatin1String("consistent")).toBool();
    return v;
}

} // namespace rostrum
