#pragma once

#include "api/ChatMessage.h"
#include "api/ChatResult.h"
#include "debate/CodeEvidence.h"

#include <QList>

namespace rostrum {

// The cite_lines tool loop of a code debate: a speech that calls cite_lines gets one tool answer per call
// (whether the lines exist, and their code) and goes on, at most kMaxRounds times; then the citations of the
// finished speech are the tool's followed by the ones written in its text, each checked against the code.
class CiteLinesRound
{
public:
    static constexpr int kMaxRounds = 2; // round trips per speech before we insist on prose

    struct Answer
    {
        QList<ChatMessage> messages; // the follow-up conversation
        QList<Citation> citations; // the checked cite_lines calls, in order
        int calls = 0; // function calls made (every tool call)
        int verified = 0; // of which verified
    };
    struct Count
    {
        int made = 0;
        int verified = 0;
    };

    explicit CiteLinesRound(const QString &code);

    // Whether `result` asks for a tool round this speech may still have (`roundsSoFar` already ran).
    bool applies(const ChatResult &result, int roundsSoFar) const;
    // The follow-up to `sent` (the request's messages; a final prefix message is dropped): the assistant turn
    // carrying `spokenSoFar` with its calls, then one tool answer per call.
    Answer answer(const QList<ChatMessage> &sent, const QString &spokenSoFar, const QList<ToolCall> &calls) const;
    // A speech's citations: those from tools, then those in its text not already cited.
    QList<Citation> citationsFor(const QString &text, const QList<Citation> &fromTools) const;
    // The citations written in the text (after the first `fromTools` of `all`): function calls of the request
    // that produced the text.
    static Count textCitations(const QList<Citation> &all, qsizetype fromTools);

private:
    QString m_code;
};

} // namespace rostrum
