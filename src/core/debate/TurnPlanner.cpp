#include "debate/TurnPlanner.h"

#include "debate/LanguageModels.h"

namespace rostrum {

TurnPlanner::TurnPlanner(const DebateSpec &spec, const QList<Turn> &turns)
    : m_spec(spec)
    , m_turns(turns)
{ }

int TurnPlanner::debaterFor(int turnIndex) const
{
    const Turn &turn = m_turns.at(turnIndex);
    int nthOfSide = 0;
    for (int i = 0; i < turnIndex; ++i)
        nthOfSide += m_turns.at(i).side == turn.side ? 1 : 0;
    return m_spec.debaterFor(turn.side, nthOfSide);
}

QString TurnPlanner::modelFor(int debater) const
{
    const Debater &d = m_spec.debaters.at(debater);
    if (!d.model.isEmpty())
        return d.model;
    return LanguageModels().modelFor(m_spec.languageOf(debater), !m_spec.code.isEmpty());
}

int TurnPlanner::nextTurn(const QList<Speech> &speeches) const
{
    for (int t = 0; t < m_turns.size(); ++t) {
        bool done = false;
        for (const Speech &s : speeches)
            done = done || (s.turn == t && s.status == Speech::Status::Finished);
        if (!done)
            return t;
    }
    return int(m_turns.size());
}

bool TurnPlanner::moderatorDue(const QList<Speech> &speeches) const
{
    if (m_spec.moderatorModel.isEmpty())
        return false;
    for (const Speech &s : speeches) {
        if (s.role == QLatin1String("moderator") && s.status == Speech::Status::Finished)
            return false;
    }
    return true;
}

int TurnPlanner::moderatorSpeech(const QList<Speech> &speeches)
{
    int index = -1;
    for (const Speech &s : speeches) {
        if (s.role == QLatin1String("moderator"))
            index = s.index;
    }
    return index;
}

int TurnPlanner::speechOfTurn(const QList<Speech> &speeches, int turn)
{
    int index = -1;
    for (const Speech &s : speeches) {
        if (s.turn == turn)
            index = s.index;
    }
    return index;
}

int TurnPlanner::lastDebaterSpeech(const QList<Speech> &speeches)
{
    int index = -1;
    for (const Speech &s : speeches) {
        if (s.isDebaterSpeech())
            index = s.index;
    }
    return index;
}

QList<Speech> TurnPlanner::heard(const QList<Speech> &speeches, int before)
{
    QList<Speech> out;
    for (const Speech &s : speeches) {
        if (before >= 0 && s.index >= before)
            continue;
        if (!s.text.isEmpty() && (s.status == Speech::Status::Finished || !s.isDebaterSpeech()))
            out << s;
    }
    return out;
}

} // namespace rostrum
