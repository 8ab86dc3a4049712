#include "batch/BatchFile.h"

namespace rostrum {

bool BatchFile::fromJson(const QJsonObject &o, BatchFile *out, QString *error)
{
    if (!o.value(QLatin1String("id")).isString() || o.value(QLatin1String("id")).toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("file object without an id");
        return false;
    }
    BatchFile f;
    f.id = o.value(QLatin1String("id")).toString();
    f.filename = o.value(QLatin1String("filename")).toString();
    f.purpose = o.value(QLatin1String("purpose")).toString();
    f.sampleType = o.value(QLatin1String("sample_type")).toString();
    f.source = o.value(QLatin1String("source")).toString();
    const QJsonValue bytes = o.value(QLatin1String("bytes"));
    f.bytes = bytes.isDouble() ? qint64(bytes.toDouble()) : -1;
    const QJsonValue lines = o.value(QLatin1String("num_lines"));
    f.numLines = lines.isDouble() ? lines.toInt() : -1;
    const QJsonValue created = o.value(QLatin1String("created_at"));
    if (created.isDouble())
        f.createdAt = QDateTime::fromSecsSinceEpoch(qint64(created.toDouble()), Qt::UTC);
    *out = f;
    return true;
}

} // namespace rostrum
