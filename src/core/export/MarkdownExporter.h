#pragma once

#include "debate/DebateRecord.h"

#include <QString>
#include <QStringList>

namespace rostrum {

class Prompts;
struct CodeInput;
struct Verdict;

// A debate as Markdown: motion, speakers, every speech under a heading, citations, verdict, cost.
class MarkdownExporter
{
public:
    static QString toMarkdown(const DebateRecord &debate);

private:
    // One section each; prompts (null when the language has none) names roles and sides in the debate's language.
    static void appendSummary(QStringList &out, const DebateRecord &d, const Prompts *prompts);
    static void appendVotes(QStringList &out, const DebateRecord &d);
    static void appendCode(QStringList &out, const CodeInput &code);
    static void appendTranscript(QStringList &out, const DebateRecord &d, const Prompts *prompts);
    static void appendVerdict(QStringList &out, const Verdict &v, const Prompts *prompts);
};

} // namespace rostrum
