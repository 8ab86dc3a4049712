#pragma once

#include "debate/DebateRecord.h"

#include <QString>

namespace rostrum {

// A debate as Markdown: motion, speakers, every speech under a heading, citations, verdict, cost.
class MarkdownExporter
{
public:
    static QString toMarkdown(const DebateRecord &debate);
};

} // namespace rostrum
