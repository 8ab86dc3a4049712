#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rostrum {

// Cleans text the user types as *instructions* (a motion, a persona, an interjection) before it
// is put into a prompt:
//  - chat-template control sequences ([INST], [/INST], [SYSTEM_PROMPT], [/SYSTEM_PROMPT],
//    [TOOL_CALLS], [AVAILABLE_TOOLS], [TOOL_RESULTS], <s>, </s>, <<SYS>>), case-insensitively,
//    are removed, so typed text cannot pose as a turn boundary or a system prompt;
//  - invisible and bidirectional control characters are removed (they can hide instructions
//    from the reader, or reorder what the reader sees: "Trojan Source");
//  - what was removed is reported, so the user is told, never silently edited;
//  - text longer than the model's window gets a visible warning with the token count and the
//    limit. It is never cut.
// It never removes "<<" or ">>" on their own: C++ streams, shell heredocs and Python shifts
// survive. Pasted *code* is not instructions and must not go through sanitizeInstruction() at
// all: code() is the code path, and it returns the text byte for byte (the rule is that code is
// evidence quoted to the model, fenced by the prompt builder, never interpreted as a turn).
class InputSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::InputSanitizer)
public:
    struct Removal
    {
        QString what; // e.g. "[INST]" or "U+202E RIGHT-TO-LEFT OVERRIDE"
        int count = 0;
        bool operator==(const Removal &o) const = default;
    };

    struct Result
    {
        QString text;
        QList<Removal> removed;
        QStringList warnings; // translated, for people
        int tokens = -1; // the measured (or estimated) token count when a limit was given
        bool tokensExact = false;
        bool overLimit = false;

        bool changed() const { return !removed.isEmpty(); }
        int removedCount() const;
        // One translated sentence telling the user what was removed; empty when nothing was.
        QString summary() const;
    };

    struct Options
    {
        // The model's context limit in tokens; 0 = do not check length.
        int tokenLimit = 0;
        QString modelName; // named in the over-limit warning
        // Exact counter (the model's tokenizer); when absent, an estimate is used and labelled so.
        std::function<int(const QString &)> countTokens;
    };

    static Result sanitizeInstruction(const QString &text, const Options &options);
    static Result sanitizeInstruction(const QString &text);

    // The code path: pasted code passes through unchanged, byte for byte.
    static const QString &code(const QString &text) { return text; }

    // The control sequences that are removed, as written in chat templates.
    static QStringList controlSequences();
    // Whether c is an invisible or bidirectional control character that instructions lose.
    static bool isInvisibleOrBidi(char32_t c);
    // "U+202E RIGHT-TO-LEFT OVERRIDE"
    static QString describeCharacter(char32_t c);
};

} // namespace rostrum
