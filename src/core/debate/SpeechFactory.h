#pragma once

#include "debate/DebateFormat.h"
#include "debate/DebateSpec.h"
#include "debate/PromptBuilder.h"
#include "debate/Speech.h"

#include <QDateTime>

namespace rostrum {

// Makes the entries of a transcript: a debater's speech (AI or human), the moderator's introduction and a user's
// interjection, with the speaker, side, role and language each one carries.
class SpeechFactory
{
public:
    SpeechFactory(const DebateSpec &spec, const PromptBuilder &builder);

    // An empty AI speech for turn `turnIndex` by `debater`, about to stream.
    Speech debaterSpeech(int index, int turnIndex, const Turn &turn, int debater, const QDateTime &now) const;
    // A human debater's finished speech: their words as typed (the debate itself, not instructions to a model),
    // their citations of the code checked.
    Speech humanSpeech(int index, int turnIndex, const Turn &turn, int debater, const QString &text,
                       const QDateTime &now) const;
    Speech moderatorSpeech(int index, const QDateTime &now) const;
    // A finished line by the moderator or the audience, cleaned like any user text.
    Speech interjection(int index, const QString &text, bool asAudience, const QDateTime &now) const;

private:
    DebateSpec m_spec;
    PromptBuilder m_builder;
};

} // namespace rostrum
