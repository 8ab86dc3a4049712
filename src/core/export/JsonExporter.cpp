#include "JsonExporter.h"

#include <QJsonDocument>

namespace rostrum {

QByteArray JsonExporter::toJson(const DebateRecord &debate)
{
    return QJsonDocument(debate.toJson()).toJson(QJsonDocument::Indented);
}

} // namespace rostrum
