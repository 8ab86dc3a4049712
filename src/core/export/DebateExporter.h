#pragma once

#include "debate/DebateRecord.h"

#include <QString>

namespace rostrum {

// Picks the exporter by file extension and writes the file atomically.
class DebateExporter
{
public:
    enum class Kind { Unknown, Markdown, Html, Json };
    static Kind kindForPath(const QString &path); // .md/.markdown, .html/.htm, .json
    // Writes `debate` to `path`; false with *error set when the extension is unknown or the write fails.
    // A reasoning model's thinking is written only when includeReasoning is true.
    static bool exportTo(const DebateRecord &debate, const QString &path, QString *error,
                         bool includeReasoning = false);
    // debate without its speeches' thinking (what an export carries unless reasoning was asked for).
    static DebateRecord withoutReasoning(DebateRecord debate);
};

} // namespace rostrum
