#pragma once

#include "debate/DebateRecord.h"

#include <QCoreApplication>
#include <QString>

namespace rostrum {

// A debate as Markdown: motion, speakers, every speech under a heading, citations, verdict, cost.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::MarkdownExporter)

public:
    static QString toMarkdown(const DebateRecord &debate);
};

} // namespace rostrum
