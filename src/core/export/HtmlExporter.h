#pragma once

#include "debate/DebateRecord.h"

#include <QString>
#include <QStringList>

namespace rostrum {

class Prompts;
struct CodeInput;
struct Verdict;

// A debate as one self-contained HTML page (inline CSS, no scripts, no external resources); every
// piece of text from the debate or the models is escaped.
class HtmlExporter
{
public:
    static QString toHtml(const DebateRecord &debate);

private:
    // One section each; prompts (null when the language has none) names roles and sides in the debate's language.
    static void appendSummary(QStringList &h, const DebateRecord &d, const Prompts *prompts);
    static void appendVotes(QStringList &h, const DebateRecord &d);
    static void appendCode(QStringList &h, const CodeInput &code);
    static void appendTranscript(QStringList &h, const DebateRecord &d, const Prompts *prompts);
    static void appendVerdict(QStringList &h, const Verdict &v, const Prompts *prompts);
};

} // namespace rostrum
