#pragma once

#include "debate/DebateRecord.h"

#include <QCoreApplication>

namespace rostrum {

class ReportWriter;

// What an export of a debate says, in order — motion, facts, debaters, audience vote, code, transcript,
// verdict — told to a ReportWriter, so every text format carries the same content.
class DebateReport
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::DebateReport)

public:
    static void write(const DebateRecord &debate, ReportWriter &writer);
    // The whole document in Writer's format.
    template<typename Writer> static QString render(const DebateRecord &debate)
    {
        Writer writer;
        write(debate, writer);
        return writer.finish();
    }
};

} // namespace rostrum
