#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// Shared helpers of the tokenizer tests: the reference vectors under tests/data.
namespace tokentest {

inline QJsonObject loadJson(const QString &file)
{
    QFile f(QStringLiteral(ROSTRUM_TEST_DATA_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QList<int> toIds(const QJsonValue &v)
{
    QList<int> ids;
    for (const auto &x : v.toArray())
        ids.append(x.toInt());
    return ids;
}

inline const char *kNoDataReason = "this build has no tokenizer data (scripts/fetch-tokenizer-data, then reconfigure)";

} // namespace tokentest
