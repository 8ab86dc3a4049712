#include "batch/BatchLines.h"

#include "batch/BatchLogging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum {

QByteArray BatchLines::requestLine(const QString &customId, const ChatRequest &request)
{
    ChatRequest plain = request;
    plain.stream = false;
    QJsonObject body = plain.toJson();
    body.insert(QStringLiteral("stream"), false); // said outright: a batch answer comes whole
    const QJsonObject line {{QStringLiteral("custom_id"), customId}, {QStringLiteral("body"), body}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

QString BatchLines::contentId(const ChatRequest &request)
{
    ChatRequest body = request;
    body.stream = false;
    const QByteArray digest = QCryptographicHash::hash(body.canonicalJson(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(24));
}

bool BatchLines::parseResultLine(const QJsonObject &line, BatchOutcome *out)
{
    const QString customId = line.value(QLatin1String("custom_id")).toString();
    if (customId.isEmpty())
        return false;
    BatchOutcome o;
    o.customId = customId;
    const QJsonObject response = line.value(QLatin1String("response")).toObject();
    const int status = response.value(QLatin1String("status_code")).toInt();
    const QJsonValue body = response.value(QLatin1String("body"));
    if (status >= 200 && status < 300 && body.isObject()) {
        QString why;
        o.ok = ChatResult::fromCompletionJson(body.toObject(), &o.result, &why);
        if (!o.ok)
            o.error = ApiError::make(ErrorClass::BadResponse, why, status);
    } else if (status >= 400) {
        // The answer the live endpoint would have sent: classified like one.
        const QByteArray bytes =
            body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : body.toString().toUtf8();
        o.error = ApiError::fromHttp(status, {}, bytes);
    } else {
        const QJsonValue error = line.value(QLatin1String("error"));
        const QString message =
            error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
        // No status to go by: the request may well succeed in another job.
        o.error = ApiError::make(ErrorClass::Server,
                                 message.isEmpty() ? QStringLiteral("the batch gave no answer") : message);
    }
    *out = o;
    return true;
}

QHash<QString, BatchOutcome> BatchLines::parseResults(const QByteArray &jsonl, int *unreadable)
{
    QHash<QString, BatchOutcome> outcomes;
    int bad = 0;
    for (const QByteArray &raw : jsonl.split('\n')) {
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        BatchOutcome o;
        if (!doc.isObject() || !parseResultLine(doc.object(), &o)) {
            ++bad;
            continue;
        }
        merge(outcomes, {{o.customId, o}});
    }
    if (bad > 0)
        qCWarning(lcBatch) << bad << "unreadable result lines";
    if (unreadable)
        *unreadable = bad;
    return outcomes;
}

void BatchLines::merge(QHash<QString, BatchOutcome> &into, const QHash<QString, BatchOutcome> &more)
{
    for (auto it = more.begin(); it != more.end(); ++it) {
        auto existing = into.find(it.key());
        if (existing == into.end() || (!existing->ok && it->ok))
            into.insert(it.key(), it.value());
    }
}

} // namespace rostrum
