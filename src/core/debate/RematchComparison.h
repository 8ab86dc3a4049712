#pragma once

#include "debate/DebateRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rostrum {

// What a rematch (the same debate with the debaters on swapped sides) says about its judge:
//   the same side won again       -> the verdict followed the side (the position, whoever argued it);
//   the same debaters won again   -> the verdict followed the argument (who argued, whichever side);
//   a tie or a missing verdict    -> inconclusive.
struct RematchComparison
{
    enum class Outcome { Inconclusive, FollowedSide, FollowedArgument };

    Outcome outcome = Outcome::Inconclusive;
    QString originalId;
    QString originalWinner; // "pro" | "con" | "tie" | "" (no valid verdict)
    QString rematchWinner;
    QStringList originalWinnerModels; // the models of the debaters on the winning side
    QStringList rematchWinnerModels;
    QString summary; // one sentence for people

    static RematchComparison compare(const DebateRecord &original, const DebateRecord &rematch);
    static QString outcomeName(Outcome o); // inconclusive | followed_side | followed_argument
    // The "rematch" extension object of `rostrum-cli debate --rematch ID --json`:
    // {"of","outcome","original_winner":{"side","models"},"winner":{"side","models"},"summary"}.
    QJsonObject toJson() const;
};

} // namespace rostrum
