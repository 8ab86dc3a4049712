#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace rostrum {

// One debate of a tournament as the ratings and the judges' figures see it: who argued pro and who con, what the
// panel decided, and what each judge said. Plain data, so the tournament store and the tests fill it alike.
struct ArenaGame
{
    enum class Outcome : quint8 { Pro, Con, Tie };
    enum class Side : quint8 { Pro, Con };

    // One asking of one judge: its winner and the side whose speeches it was shown first.
    struct Reading
    {
        Outcome winner = Outcome::Tie;
        bool valid = false; // an invalid verdict (even after repair) names no winner
        Side shownFirst = Side::Pro;
        bool operator==(const Reading &) const = default;
    };

    // One judge of the panel. `reading` is the verdict that counted for the panel; `swapped` is the second
    // asking with the sides presented in the other order (only with an order swap).
    struct JudgeVote
    {
        QString judge; // the judge's model id
        Reading reading;
        std::optional<Reading> swapped;
        bool operator==(const JudgeVote &) const = default;
    };

    QString pro; // model id of the debater on the pro side
    QString con;
    Outcome winner = Outcome::Tie; // the panel's winner
    QList<JudgeVote> judges; // may be empty: the ratings need only the winner

    // "pro" | "con" | "tie", as the debate JSON spells a winner; anything else is nullopt.
    static std::optional<Outcome> outcomeFromString(QStringView text);
    static QString outcomeName(Outcome outcome);
    bool operator==(const ArenaGame &) const = default;
};

} // namespace rostrum
