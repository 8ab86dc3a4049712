#pragma once

#include "debate/DebateRecord.h"

namespace rostrum {

class ReportWriter;

// What an export of a debate says, in order — motion, facts, debaters, audience vote, code, transcript,
// verdict — told to a ReportWriter, so every text format carries the same content.
class DebateReport
{
public:
    static void write(const DebateRecord &debate, ReportWriter &writer);
};

} // namespace rostrum
