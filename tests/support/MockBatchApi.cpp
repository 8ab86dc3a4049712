#include "MockBatchApi.h"

#include "clock/Clock.h"
#include "HttpConnection.h"
#include "MockChatResponse.h"
#include "MockErrorBodies.h"
#include "MockMultipart.h"
#include "MockValidator.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace rostrum::test {

namespace {
const QList<std::pair<QByteArray, QByteArray>> kJson {{"Content-Type", "application/json"}};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonValue secondsOrNull(qint64 s)
{
    return s < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}
} // namespace

MockBatchApi::MockBatchApi(Clock *clock, ReplyFor replyFor)
    : m_clock(clock)
    , m_replyFor(std::move(replyFor))
{ }

bool MockBatchApi::isBatchPath(const QByteArray &path)
{
    return path == "/v1/files" || path.startsWith("/v1/files/") || path == "/v1/batch/jobs"
        || path.startsWith("/v1/batch/jobs/");
}

qint64 MockBatchApi::now() const
{
    return (m_clock ? m_clock->wallTime() : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
}

void MockBatchApi::enqueueScript(const MockBatchScript &script)
{
    m_scripts.enqueue(script);
}

void MockBatchApi::setDefaultScript(const MockBatchScript &script)
{
    m_defaultScript = script;
}

int MockBatchApi::paidRequests() const
{
    int n = 0;
    for (const Job &job : m_jobs)
        n += int(job.results.size());
    return n;
}

QJsonObject MockBatchApi::job(const QString &id) const
{
    return m_jobs.contains(id) ? jobJson(m_jobs.value(id)) : QJsonObject();
}

int MockBatchApi::pollsOf(const QString &jobId) const
{
    return m_jobs.value(jobId).polls;
}

void MockBatchApi::respondJson(HttpConnection *c, int status, const QJsonObject &body)
{
    c->respond(status, kJson, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, true);
}

void MockBatchApi::respondError(HttpConnection *c, int status, const QString &message)
{
    const QJsonObject body {{QStringLiteral("object"), QStringLiteral("error")},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), QString::number(status)}};
    c->respond(status, kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void MockBatchApi::handle(HttpConnection *c, const RecordedRequest &r)
{
    const QList<QByteArray> parts = r.path.split('?').value(0).split('/'); // "", "v1", ...
    const bool files = parts.value(2) == "files";
    const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.value(files ? 3 : 4)));
    const bool get = r.method == "GET";
    const bool post = r.method == "POST";
    if (files && parts.size() == 3 && post)
        uploadFile(c, r);
    else if (files && parts.size() == 4 && get && m_files.contains(id))
        respondJson(c, 200, m_files.value(id).meta);
    else if (files && parts.size() == 5 && parts.value(4) == "content" && get && m_files.contains(id))
        c->respond(200, {{"Content-Type", "application/octet-stream"}}, m_files.value(id).content, {}, true);
    else if (!files && parts.size() == 4 && post)
        createJob(c, r);
    else if (!files && parts.size() == 4 && get)
        listJobs(c);
    else if (!files && parts.size() == 5 && get && m_jobs.contains(id))
        pollJob(c, id);
    else if (!files && parts.size() == 6 && parts.value(5) == "cancel" && post && m_jobs.contains(id))
        cancelJob(c, id);
    else if (!id.isEmpty() && (get || post))
        respondError(c, 404, QStringLiteral("not found: %1").arg(id));
    else
        c->respond(405, kJson, MockErrorBodies::methodNotAllowed());
}

QString MockBatchApi::storeFile(const QByteArray &content, const QString &filename, const QString &sampleType,
                                const QString &source)
{
    const QString id = newId();
    const int lines = int(std::count_if(content.begin(), content.end(), [](char ch) { return ch == '\n'; }));
    QJsonObject meta {{QStringLiteral("id"), id},
                      {QStringLiteral("object"), QStringLiteral("file")},
                      {QStringLiteral("bytes"), content.size()},
                      {QStringLiteral("created_at"), now()},
                      {QStringLiteral("filename"), filename},
                      {QStringLiteral("purpose"), QStringLiteral("batch")},
                      {QStringLiteral("sample_type"), sampleType},
                      {QStringLiteral("source"), source},
                      {QStringLiteral("num_lines"), lines},
                      {QStringLiteral("mimetype"), QStringLiteral("application/jsonl")},
                      {QStringLiteral("signature"), QJsonValue::Null}};
    m_files.insert(id, File {meta, content});
    return id;
}

void MockBatchApi::uploadFile(HttpConnection *c, const RecordedRequest &r)
{
    const auto parts = MockMultipart::parse(r.header("content-type"), r.body);
    const MockMultipart::Part *file = parts ? MockMultipart::find(*parts, QStringLiteral("file")) : nullptr;
    if (!file) {
        respondError(c, 422, QStringLiteral("multipart/form-data with a \"file\" part is required"));
        return;
    }
    const MockMultipart::Part *purpose = MockMultipart::find(*parts, QStringLiteral("purpose"));
    const QString purposeText = purpose ? QString::fromUtf8(purpose->body) : QStringLiteral("fine-tune");
    if (!QStringList {QStringLiteral("fine-tune"), QStringLiteral("batch"), QStringLiteral("ocr")}.contains(
            purposeText)) {
        respondError(c, 422, QStringLiteral("purpose must be one of fine-tune, batch, ocr"));
        return;
    }
    ++m_uploads;
    for (const QByteArray &line : file->body.split('\n')) {
        if (!line.trimmed().isEmpty())
            m_uploadedLines.append(QJsonDocument::fromJson(line).object());
    }
    const QString id = storeFile(file->body, file->filename, QStringLiteral("batch_request"), QStringLiteral("upload"));
    File &stored = m_files[id];
    stored.meta.insert(QStringLiteral("purpose"), purposeText);
    respondJson(c, 200, stored.meta);
}

void MockBatchApi::createJob(HttpConnection *c, const RecordedRequest &r)
{
    const QJsonObject &in = r.json;
    if (in.value(QLatin1String("endpoint")).toString() != QLatin1String("/v1/chat/completions")) {
        respondError(c, 422, QStringLiteral("endpoint: this mock serves /v1/chat/completions only"));
        return;
    }
    const QJsonValue hours = in.value(QLatin1String("timeout_hours"));
    if (!hours.isUndefined() && (!hours.isDouble() || hours.toInt() < 1 || hours.toInt() > 168)) {
        respondError(c, 422, QStringLiteral("timeout_hours must be an integer from 1 to 168"));
        return;
    }
    Job job;
    QStringList inputFiles;
    for (const QJsonValue &f : in.value(QLatin1String("input_files")).toArray()) {
        const QString fileId = f.toString();
        if (!m_files.contains(fileId)) {
            respondError(c, 404, QStringLiteral("file not found: %1").arg(fileId));
            return;
        }
        inputFiles << fileId;
        for (const QByteArray &raw : m_files.value(fileId).content.split('\n')) {
            if (raw.trimmed().isEmpty())
                continue;
            const QJsonObject line = QJsonDocument::fromJson(raw).object();
            if (!line.value(QLatin1String("body")).isObject()) {
                respondError(c, 422, QStringLiteral("every line needs a \"body\" object"));
                return;
            }
            job.lines.append(
                Line {line.value(QLatin1String("custom_id")).toString(), line.value(QLatin1String("body")).toObject()});
        }
    }
    for (const QJsonValue &v : in.value(QLatin1String("requests")).toArray()) {
        const QJsonObject line = v.toObject();
        job.lines.append(
            Line {line.value(QLatin1String("custom_id")).toString(), line.value(QLatin1String("body")).toObject()});
    }
    const QString id = newId();
    job.meta = QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("batch")},
        {QStringLiteral("input_files"), QJsonArray::fromStringList(inputFiles)},
        {QStringLiteral("metadata"),
         in.value(QLatin1String("metadata")).isObject() ? in.value(QLatin1String("metadata"))
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("endpoint"), in.value(QLatin1String("endpoint"))},
        {QStringLiteral("model"),
         in.value(QLatin1String("model")).isString() ? in.value(QLatin1String("model")) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("agent_id"), QJsonValue::Null},
        {QStringLiteral("created_at"), now()}};
    job.script = m_scripts.isEmpty() ? m_defaultScript : m_scripts.dequeue();
    m_jobOrder.append(id);
    Job &stored = m_jobs[id] = job;
    if (stored.script.instant) {
        stored.status = QStringLiteral("RUNNING");
        stored.startedAt = now();
        while (stored.status == QLatin1String("RUNNING"))
            advance(stored);
    }
    respondJson(c, 200, jobJson(stored));
}

void MockBatchApi::pollJob(HttpConnection *c, const QString &id)
{
    Job &job = m_jobs[id];
    ++job.polls;
    advance(job);
    respondJson(c, 200, jobJson(job));
}

void MockBatchApi::cancelJob(HttpConnection *c, const QString &id)
{
    Job &job = m_jobs[id];
    if (job.status == QLatin1String("QUEUED") || job.status == QLatin1String("RUNNING"))
        job.status = QStringLiteral("CANCELLATION_REQUESTED");
    respondJson(c, 200, jobJson(job));
}

void MockBatchApi::listJobs(HttpConnection *c)
{
    QJsonArray data;
    for (auto it = m_jobOrder.crbegin(); it != m_jobOrder.crend(); ++it)
        data.append(jobJson(m_jobs.value(*it)));
    respondJson(c, 200,
                {{QStringLiteral("data"), data},
                 {QStringLiteral("object"), QStringLiteral("list")},
                 {QStringLiteral("total"), data.size()}});
}

// One step of the state machine per poll: QUEUED -> RUNNING, then requests complete, then the end.
void MockBatchApi::advance(Job &job)
{
    if (job.status == QLatin1String("QUEUED")) {
        job.status = QStringLiteral("RUNNING");
        job.startedAt = now();
        return;
    }
    if (job.status == QLatin1String("CANCELLATION_REQUESTED")) {
        end(job, QStringLiteral("CANCELLED"));
        return;
    }
    if (job.status != QLatin1String("RUNNING"))
        return;
    const int total = int(job.lines.size());
    const bool success = job.script.end == MockBatchScript::End::Success;
    const int limit = success ? total : std::min(total, job.script.stopAfter >= 0 ? job.script.stopAfter : total / 2);
    const int perPoll = job.script.requestsPerPoll > 0 ? job.script.requestsPerPoll : std::max(1, (total + 1) / 2);
    complete(job, std::min(perPoll, limit - int(job.results.size())));
    if (job.results.size() < limit)
        return;
    if (success)
        end(job, QStringLiteral("SUCCESS"));
    else if (job.script.end == MockBatchScript::End::Fail)
        end(job, QStringLiteral("FAILED"), QStringLiteral("The batch job failed."));
    else
        end(job, QStringLiteral("TIMEOUT_EXCEEDED"), QStringLiteral("The batch job exceeded its timeout."));
}

void MockBatchApi::complete(Job &job, int count)
{
    for (int i = 0; i < count && job.results.size() < job.lines.size(); ++i) {
        const QJsonObject result = answerLine(job, job.lines.at(job.results.size()));
        if (result.value(QLatin1String("error")).isNull())
            ++job.succeeded;
        else
            ++job.failed;
        job.results.append(result);
    }
}

QJsonObject MockBatchApi::answerLine(const Job &job, const Line &line)
{
    QJsonObject body = line.body;
    if (!body.contains(QLatin1String("model")) && job.meta.value(QLatin1String("model")).isString())
        body.insert(QStringLiteral("model"), job.meta.value(QLatin1String("model")));
    RecordedRequest recorded;
    recorded.method = "POST";
    recorded.path = "/v1/chat/completions";
    recorded.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    recorded.json = body;
    const QString id = QStringLiteral("batch-") + QString::number(++m_counter);
    int status = 200;
    QByteArray errorBody;
    const MockValidator::Result validation = MockValidator::validateChat(recorded.body);
    MockReply reply;
    if (job.script.failingCustomIds.contains(line.customId)) {
        status = 500;
        errorBody = MockErrorBodies::body(ErrorShape::Internal500);
    } else if (!validation.ok()) {
        status = validation.status;
        errorBody = validation.body;
    } else if (!body.value(QLatin1String("model")).isString()) {
        status = 422;
        errorBody = MockValidator::envelope422(
            {MockValidator::detail(QStringLiteral("missing"), {QStringLiteral("body"), QStringLiteral("model")},
                                   QStringLiteral("Field required"), QJsonValue::Null)});
    } else {
        reply = m_replyFor(recorded);
        if (reply.status >= 400) {
            status = reply.status;
            errorBody = reply.errorBody;
        }
    }
    QJsonObject out {{QStringLiteral("id"), id}, {QStringLiteral("custom_id"), line.customId}};
    if (status >= 400) {
        const QJsonDocument doc = QJsonDocument::fromJson(errorBody);
        const QJsonValue errorJson =
            doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QString::fromUtf8(errorBody));
        out.insert(QStringLiteral("response"),
                   QJsonObject {{QStringLiteral("status_code"), status}, {QStringLiteral("body"), errorJson}});
        out.insert(QStringLiteral("error"),
                   QJsonObject {{QStringLiteral("message"), QStringLiteral("request failed with HTTP %1").arg(status)},
                                {QStringLiteral("code"), QString::number(status)}});
        return out;
    }
    const MockChatResponse response(body, reply, id.toUtf8(), now());
    out.insert(QStringLiteral("response"),
               QJsonObject {{QStringLiteral("status_code"), 200},
                            {QStringLiteral("body"), QJsonDocument::fromJson(response.jsonBody()).object()}});
    out.insert(QStringLiteral("error"), QJsonValue::Null);
    return out;
}

void MockBatchApi::end(Job &job, const QString &status, const QString &error)
{
    job.status = status;
    job.completedAt = now();
    if (!error.isEmpty())
        job.errors.append(QJsonObject {{QStringLiteral("message"), error}, {QStringLiteral("count"), 1}});
    QList<QJsonObject> lines = job.results;
    if (job.script.shuffle && lines.size() > 1) {
        QRandomGenerator random {quint32(m_counter)};
        const QList<QJsonObject> before = lines;
        std::shuffle(lines.begin(), lines.end(), random);
        if (lines == before) // "arbitrary order" must be visible to a test
            std::rotate(lines.begin(), lines.begin() + 1, lines.end());
    }
    QByteArray output, errors;
    for (const QJsonObject &line : std::as_const(lines)) {
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        output += text;
        if (!line.value(QLatin1String("error")).isNull())
            errors += text;
    }
    const QString name = job.meta.value(QLatin1String("id")).toString();
    if (!output.isEmpty())
        job.outputFile = storeFile(output, name + QStringLiteral(".jsonl"), QStringLiteral("batch_result"),
                                   QStringLiteral("mistral"));
    if (!errors.isEmpty())
        job.errorFile = storeFile(errors, name + QStringLiteral("_error.jsonl"), QStringLiteral("batch_error"),
                                  QStringLiteral("mistral"));
}

QJsonObject MockBatchApi::jobJson(const Job &job) const
{
    QJsonObject o = job.meta;
    o.insert(QStringLiteral("status"), job.status);
    o.insert(QStringLiteral("total_requests"), job.lines.size());
    o.insert(QStringLiteral("completed_requests"), job.results.size());
    o.insert(QStringLiteral("succeeded_requests"), job.succeeded);
    o.insert(QStringLiteral("failed_requests"), job.failed);
    o.insert(QStringLiteral("output_file"), idOrNull(job.outputFile));
    o.insert(QStringLiteral("error_file"), idOrNull(job.errorFile));
    o.insert(QStringLiteral("errors"), job.errors);
    o.insert(QStringLiteral("outputs"), QJsonValue::Null);
    o.insert(QStringLiteral("started_at"), secondsOrNull(job.startedAt));
    o.insert(QStringLiteral("completed_at"), secondsOrNull(job.completedAt));
    return o;
}

} // namespace rostrum::test
