#include "debate/SpeechFactory.h"

#include "debate/CiteLinesRound.h"

#include <QCoreApplication>

namespace rostrum {

SpeechFactory::SpeechFactory(const DebateSpec &spec, const PromptBuilder &builder)
    : m_spec(spec)
    , m_builder(builder)
{ }

Speech SpeechFactory::debaterSpeech(int index, int turnIndex, const Turn &turn, int debater, const QDateTime &now) const
{
    Speech s;
    s.index = index;
    s.turn = turnIndex;
    s.debater = debater;
    s.speaker = m_builder.speakerName(debater);
    s.side = turn.side;
    s.role = turn.role;
    s.round = turn.round;
    s.language = m_spec.languageOf(debater);
    s.started = now;
    return s;
}

Speech SpeechFactory::humanSpeech(int index, int turnIndex, const Turn &turn, int debater, const QString &text,
                                  const QDateTime &now) const
{
    Speech s = debaterSpeech(index, turnIndex, turn, debater, now);
    s.human = true;
    s.text = text.trimmed();
    s.status = Speech::Status::Finished;
    s.updated = now;
    s.citations = CiteLinesRound(m_spec.code.text).citationsFor(s.text, {});
    return s;
}

Speech SpeechFactory::moderatorSpeech(int index, const QDateTime &now) const
{
    Speech s;
    s.index = index;
    s.side = QStringLiteral("moderator");
    s.role = QStringLiteral("moderator");
    s.speaker = QCoreApplication::translate("rostrum::DebateEngine", "Moderator");
    s.language = m_spec.language;
    s.started = now;
    return s;
}

Speech SpeechFactory::interjection(int index, const QString &text, bool asAudience, const QDateTime &now) const
{
    Speech s;
    s.index = index;
    s.side = asAudience ? QStringLiteral("audience") : QStringLiteral("moderator");
    s.role = QStringLiteral("interjection");
    s.speaker = asAudience ? QCoreApplication::translate("rostrum::DebateEngine", "Audience")
                           : QCoreApplication::translate("rostrum::DebateEngine", "Moderator");
    s.language = m_spec.language;
    s.human = true;
    s.text = PromptBuilder::clean(text.trimmed());
    s.status = Speech::Status::Finished;
    s.started = s.updated = now;
    return s;
}

} // namespace rostrum
