#pragma once

#include "debate/DebateRecord.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace rostrum {

// Reads a .json export (JsonExporter: the CLI's debate document) back as a debate to be saved anew: a new id, the
// spec, speeches, verdict, judge panel, audience votes and costs as exported. Nothing is asked of any model.
// A document that is not a debate export is refused with one sentence saying why, and nothing comes back.
class DebateImport
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::DebateImport)

public:
    // `created` becomes the imported debate's creation time (it is a new debate in this database).
    static std::optional<DebateRecord> fromJson(const QByteArray &json, const QDateTime &created,
                                                QString *error = nullptr);
    static std::optional<DebateRecord> fromFile(const QString &path, const QDateTime &created,
                                                QString *error = nullptr);

private:
    static QString problemIn(const QJsonObject &doc);
};

} // namespace rostrum
