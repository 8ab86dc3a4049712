#include "batch/BatchJob.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace rostrum {

namespace {
constexpr std::array<std::pair<BatchJob::Status, const char *>, 7> kNames {{
    {BatchJob::Status::Queued, "QUEUED"},
    {BatchJob::Status::Running, "RUNNING"},
    {BatchJob::Status::Success, "SUCCESS"},
    {BatchJob::Status::Failed, "FAILED"},
    {BatchJob::Status::TimeoutExceeded, "TIMEOUT_EXCEEDED"},
    {BatchJob::Status::CancellationRequested, "CANCELLATION_REQUESTED"},
    {BatchJob::Status::Cancelled, "CANCELLED"},
}};

// The API's timestamps are UNIX seconds, null while the moment has not come.
QDateTime secondsOrInvalid(const QJsonValue &v)
{
    return v.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC) : QDateTime();
}

QString nullableString(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}
} // namespace

bool BatchJob::isTerminal(Status s)
{
    return s == Status::Success || s == Status::Failed || s == Status::TimeoutExceeded || s == Status::Cancelled;
}

QString BatchJob::statusName(Status s)
{
    for (const auto &[status, name] : kNames) {
        if (status == s)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("UNKNOWN");
}

BatchJob::Status BatchJob::statusFromName(const QString &name)
{
    for (const auto &[status, text] : kNames) {
        if (name == QLatin1String(text))
            return status;
    }
    return Status::Unknown;
}

bool BatchJob::fromJson(const QJsonObject &o, BatchJob *out, QString *error)
{
    static const char *const required[] = {
        "id", "status", "total_requests", "completed_requests", "succeeded_requests", "failed_requests"};
    for (const char *field : required) {
        if (!o.contains(QLatin1String(field))) {
            if (error)
                *error = QStringLiteral("batch job without \"%1\"").arg(QLatin1String(field));
            return false;
        }
    }
    if (!o.value(QLatin1String("id")).isString() || !o.value(QLatin1String("status")).isString()) {
        if (error)
            *error = QStringLiteral("batch job with a non-string id or status");
        return false;
    }
    BatchJob j;
    j.id = o.value(QLatin1String("id")).toString();
    j.statusText = o.value(QLatin1String("status")).toString();
    j.status = statusFromName(j.statusText);
    for (const QJsonValue &f : o.value(QLatin1String("input_files")).toArray())
        j.inputFiles << f.toString();
    j.endpoint = o.value(QLatin1String("endpoint")).toString();
    j.model = nullableString(o.value(QLatin1String("model")));
    j.metadata = o.value(QLatin1String("metadata")).toObject();
    j.outputFile = nullableString(o.value(QLatin1String("output_file")));
    j.errorFile = nullableString(o.value(QLatin1String("error_file")));
    for (const QJsonValue &e : o.value(QLatin1String("errors")).toArray()) {
        const QJsonObject eo = e.toObject();
        j.errors.append(
            Error {eo.value(QLatin1String("message")).toString(), eo.value(QLatin1String("count")).toInt(1)});
    }
    j.totalRequests = o.value(QLatin1String("total_requests")).toInt();
    j.completedRequests = o.value(QLatin1String("completed_requests")).toInt();
    j.succeededRequests = o.value(QLatin1String("succeeded_requests")).toInt();
    j.failedRequests = o.value(QLatin1String("failed_requests")).toInt();
    j.createdAt = secondsOrInvalid(o.value(QLatin1String("created_at")));
    j.startedAt = secondsOrInvalid(o.value(QLatin1String("started_at")));
    j.completedAt = secondsOrInvalid(o.value(QLatin1String("completed_at")));
    *out = j;
    return true;
}

} // namespace rostrum
