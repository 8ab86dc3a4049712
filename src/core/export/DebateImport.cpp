#include "DebateImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace rostrum {

namespace {
const QStringList kStatuses {QStringLiteral("running"), QStringLiteral("finished"), QStringLiteral("interrupted"),
                             QStringLiteral("stopped")};
const QStringList kSpeechStatuses {QStringLiteral("streaming"), QStringLiteral("finished"),
                                   QStringLiteral("interrupted"), QStringLiteral("failed"), QStringLiteral("stopped")};
} // namespace

// What makes the document something other than a debate export; empty when it is one.
QString DebateImport::problemIn(const QJsonObject &doc)
{
    for (const char *key : {"id", "motion", "status", "speeches", "spec"}) {
        if (!doc.contains(QLatin1String(key)))
            return tr("it has no \"%1\" field").arg(QLatin1String(key));
    }
    if (!doc.value(QLatin1String("spec")).isObject())
        return tr("its \"spec\" is not an object");
    if (!kStatuses.contains(doc.value(QLatin1String("status")).toString()))
        return tr("its status \"%1\" is not a debate's").arg(doc.value(QLatin1String("status")).toString());
    if (!doc.value(QLatin1String("speeches")).isArray())
        return tr("its \"speeches\" is not a list");
    const QJsonArray speeches = doc.value(QLatin1String("speeches")).toArray();
    for (qsizetype i = 0; i < speeches.size(); ++i) {
        const QJsonObject s = speeches.at(i).toObject();
        if (!speeches.at(i).isObject() || !s.value(QLatin1String("text")).isString()
            || !kSpeechStatuses.contains(s.value(QLatin1String("status")).toString()))
            return tr("speech %1 is not a speech of a debate").arg(i + 1);
    }
    const QJsonValue verdict = doc.value(QLatin1String("verdict"));
    if (!verdict.isNull() && !verdict.isUndefined() && !verdict.isObject())
        return tr("its \"verdict\" is neither an object nor null");
    const QJsonValue panel = doc.value(QLatin1String("panel"));
    if (!panel.isUndefined() && !panel.toObject().value(QLatin1String("judges")).isArray())
        return tr("its \"panel\" has no list of judges");
    return {};
}

std::optional<DebateRecord> DebateImport::fromJson(const QByteArray &json, const QDateTime &created, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<DebateRecord> {
        if (error)
            *error = tr("This is not a Rostrum debate export: %1.").arg(why);
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return refuse(tr("it is not valid JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return refuse(tr("it is not a JSON object"));
    if (const QString problem = problemIn(doc.object()); !problem.isEmpty())
        return refuse(problem);

    DebateRecord r = DebateRecord::fromJson(doc.object());
    const QStringList problems = r.spec.validate();
    if (!problems.isEmpty())
        return refuse(tr("its debate cannot be read here (%1)").arg(problems.join(QLatin1Char(' '))));
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.rematchOf.clear(); // an id of the database it came from
    r.created = created;
    r.updated = created;
    // Nothing is running here: what was mid-way when exported stays where it was, to be resumed.
    if (r.status == DebateRecord::Status::Running)
        r.status = DebateRecord::Status::Interrupted;
    for (int i = 0; i < r.speeches.size(); ++i) {
        Speech &s = r.speeches[i];
        s.index = i;
        if (s.status == Speech::Status::Streaming)
            s.status = Speech::Status::Interrupted;
    }
    return r;
}

std::optional<DebateRecord> DebateImport::fromFile(const QString &path, const QDateTime &created, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), created, error);
}

} // namespace rostrum
