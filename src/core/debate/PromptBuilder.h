#pragma once

#include "api/ChatMessage.h"
#include "debate/DebateFormat.h"
#include "debate/DebateSpec.h"
#include "debate/Prompts.h"
#include "debate/Speech.h"

#include <QList>
#include <QString>

namespace rostrum {

// Turns a debate's state into the messages of its next request: a debater's speech, the judge's
// verdict, the moderator's introduction, a summary of old speeches. User-typed instructions
// (motion, persona, interjections) go through InputSanitizer; pasted code never does.
class PromptBuilder
{
public:
    PromptBuilder(const DebateSpec &spec, const DebateFormat &format);

    // The messages for turn `turn` spoken by debater `debater`, given the transcript so far.
    // `summary` (may be empty) replaces speeches [0, summarizedCount) of the transcript.
    QList<ChatMessage> speechMessages(const Turn &turn, int debater, const QList<Speech> &transcript,
                                      const QString &summary = {}, int summarizedCount = 0) const;
    // The system prompt of a debater (what the recorded request's first message must say).
    QString systemPrompt(const Turn &turn, int debater) const;
    QString turnInstruction(const Turn &turn, int debater, bool afterInterjection) const;

    // `summary` (may be empty) replaces speeches [0, summarizedCount) of the transcript, as for a speech.
    // `firstSide` ("pro" | "con") presents the speeches grouped by side, that side's first (against a judge's
    // position bias); empty: the transcript in speaking order.
    QList<ChatMessage> judgeMessages(const QList<Speech> &transcript, const QString &summary = {},
                                     int summarizedCount = 0, const QString &firstSide = {}) const;
    QString judgeRepairMessage(const QStringList &problems) const;
    QList<ChatMessage> moderatorMessages() const;
    QList<ChatMessage> summaryMessages(const QList<Speech> &speeches, int maxWords) const;
    // The summary request for the Summarizer: the previous summary (may be empty) and the history entries
    // after it, in the debate's language.
    QList<ChatMessage> summaryMessages(const QString &previousSummary, const QStringList &entries, int maxWords) const;
    // One history entry per text-bearing speech, in the debate's language (what a summary covers).
    QStringList historyEntries(const QList<Speech> &speeches) const;

    // One line of the shared transcript, in the language of `prompts`.
    static QString historyEntry(const Prompts &prompts, const Speech &s);
    // The transcript as the judge reads it, in the debate's language.
    QString transcriptText(const QList<Speech> &transcript, const QString &summary = {}, int summarizedCount = 0) const;
    // The same transcript grouped by side, `firstSide`'s speeches first, each numbered by its place in the debate;
    // the moderator's opening stays in front and an interjection stays with the speech that answered it.
    QString transcriptBySide(const QList<Speech> &transcript, const QString &firstSide, const QString &summary = {},
                             int summarizedCount = 0) const;

    QString speakerName(int debater) const;
    const Prompts &promptsFor(const QString &language) const;
    int totalTurns() const { return int(m_turns.size()); }
    static QString clean(const QString &userText);

private:
    QString codeBlock(const Prompts &p) const; // the code under debate with its introduction, fenced

    DebateSpec m_spec;
    DebateFormat m_format;
    QList<Turn> m_turns;
    QList<Prompts> m_prompts; // one per language in use; [0] is the debate's
};

} // namespace rostrum
