#pragma once

#include "debate/DebateFormat.h"
#include "debate/DebateSpec.h"
#include "debate/Speech.h"

#include <QList>

namespace rostrum {

// Who speaks when, and what they have heard: the format's turns read against the transcript so far.
// Pure: every answer comes from the spec, the turns and the speeches it is given.
class TurnPlanner
{
public:
    TurnPlanner(const DebateSpec &spec, const QList<Turn> &turns);

    const QList<Turn> &turns() const { return m_turns; }
    int turnCount() const { return int(m_turns.size()); }
    // The debater who speaks turn `turnIndex`: the n-th debater of the turn's side for its n-th turn.
    int debaterFor(int turnIndex) const;
    // The debater's model, or the default model for their language (Codestral for code).
    QString modelFor(int debater) const;
    // The first turn without a finished speech (turnCount() when every turn has one).
    int nextTurn(const QList<Speech> &speeches) const;
    // A moderator is set and has not finished the introduction.
    bool moderatorDue(const QList<Speech> &speeches) const;

    // The last entry of the moderator, of turn `turn`, or the last debater speech: its index, or -1.
    static int moderatorSpeech(const QList<Speech> &speeches);
    static int speechOfTurn(const QList<Speech> &speeches, int turn);
    static int lastDebaterSpeech(const QList<Speech> &speeches);
    // What a speaker hears: the text-bearing entries (finished speeches, moderator lines, interjections) before
    // transcript index `before` (-1: all of them).
    static QList<Speech> heard(const QList<Speech> &speeches, int before = -1);

private:
    DebateSpec m_spec;
    QList<Turn> m_turns;
};

} // namespace rostrum
