#include "batch/BatchClient.h"

#include "api/MistralClient.h"
#include "batch/BatchLogging.h"
#include "batch/MultipartForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace rostrum {

namespace {
QString idPath(const QString &prefix, const QString &id, const QString &suffix = {})
{
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
}
} // namespace

QJsonObject BatchJobRequest::toJson() const
{
    QJsonObject o {{QStringLiteral("input_files"), QJsonArray::fromStringList(inputFiles)},
                   {QStringLiteral("endpoint"), endpoint},
                   {QStringLiteral("timeout_hours"), timeoutHours}};
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    return o;
}

BatchClient::BatchClient(MistralClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

BatchCall *BatchClient::call(const QString &path, const QByteArray &method, const QByteArray &body,
                             const QByteArray &contentType, BatchCall::Answer answer, QObject *parent) const
{
    qCDebug(lcBatch) << method << path;
    return new BatchCall(m_client->setupFor(path), method, body, contentType, answer, parent);
}

BatchCall *BatchClient::uploadFile(const QString &filename, const QByteArray &jsonl, QObject *parent)
{
    MultipartForm form;
    form.addField(QStringLiteral("purpose"), QStringLiteral("batch"));
    form.addFile(QStringLiteral("file"), filename, QByteArrayLiteral("application/jsonl"), jsonl);
    return call(QStringLiteral("files"), "POST", form.body(), form.contentType(), BatchCall::Answer::JsonObject,
                parent);
}

BatchCall *BatchClient::createJob(const BatchJobRequest &request, QObject *parent)
{
    return call(QStringLiteral("batch/jobs"), "POST", QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                {}, BatchCall::Answer::JsonObject, parent);
}

BatchCall *BatchClient::getJob(const QString &jobId, QObject *parent)
{
    return call(idPath(QStringLiteral("batch/jobs/"), jobId), "GET", {}, {}, BatchCall::Answer::JsonObject, parent);
}

BatchCall *BatchClient::listJobs(int page, int pageSize, QObject *parent)
{
    // setupFor() takes a path; the query goes on the finished URL.
    ApiCallSetup setup = m_client->setupFor(QStringLiteral("batch/jobs"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    setup.url.setQuery(query);
    return new BatchCall(setup, "GET", {}, {}, BatchCall::Answer::JsonObject, parent);
}

BatchCall *BatchClient::cancelJob(const QString &jobId, QObject *parent)
{
    return call(idPath(QStringLiteral("batch/jobs/"), jobId, QStringLiteral("/cancel")), "POST", {}, {},
                BatchCall::Answer::JsonObject, parent);
}

BatchCall *BatchClient::downloadFile(const QString &fileId, QObject *parent)
{
    return call(idPath(QStringLiteral("files/"), fileId, QStringLiteral("/content")), "GET", {}, {},
                BatchCall::Answer::Bytes, parent);
}

} // namespace rostrum
