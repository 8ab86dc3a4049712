#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rostrum {

// A file as POST /v1/files answers it (the API's CreateFileResponse / FileSchema).
struct BatchFile
{
    QString id;
    QString filename;
    QString purpose; // "batch" for ours
    QString sampleType; // batch_request, batch_result, batch_error, ...
    QString source; // upload | repository | mistral
    qint64 bytes = -1; // -1 when the server gave null
    int numLines = -1; // -1 when unknown
    QDateTime createdAt; // UTC

    static bool fromJson(const QJsonObject &o, BatchFile *out, QString *error);
};

} // namespace rostrum
