#pragma once

#include "debate/DebateRecord.h"

#include <QByteArray>

namespace rostrum {

// The complete debate as JSON: the CLI's --json document (spec, speeches, verdict, usage).
class JsonExporter
{
public:
    static QByteArray toJson(const DebateRecord &debate);
};

} // namespace rostrum
