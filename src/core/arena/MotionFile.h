#pragma once

#include "arena/TournamentSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rostrum {

// The motions file of a tournament: UTF-8 text, one motion a line.
//   - A line may start with a language code and a colon: "fr: Le télétravail devrait être un droit". The code must
//     be one Rostrum has prompts for (Prompts::availableLanguages()); without it the tournament's language applies.
//     Only a known code followed by ':' counts as a prefix, so "Resolved: ..." stays a motion in the default
//     language; "xx: text" with a two- or three-letter lowercase code Rostrum does not know is an error.
//   - Blank lines and lines whose first non-blank character is '#' are skipped.
//   - Surrounding whitespace is trimmed; the same motion (text and language) twice is an error.
// Errors name the line (1-based), so a long file is easy to fix.
class MotionFile
{
    Q_DECLARE_TR_FUNCTIONS(MotionFile)

public:
    struct Result
    {
        QList<TournamentMotion> motions;
        QString error; // empty when the file is good
        int errorLine = 0; // 1-based; 0 for an error about the whole file
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int kMaxMotionLength = 1000; // characters; a debate's motion is one sentence or two

    static Result parse(const QString &text);
    // Reads and parses a file; an unreadable file is an error too.
    static Result read(const QString &path);
};

} // namespace rostrum
