#include "PromptBuilder.h"

#include "security/InputSanitizer.h"

namespace rostrum {

PromptBuilder::PromptBuilder(const DebateSpec &spec, const DebateFormat &format)
    : m_spec(spec)
    , m_format(format)
    , m_turns(format.turns(spec.rounds))
{
    QStringList languages {spec.language};
    for (int i = 0; i < spec.debaters.size(); ++i) {
        const QString l = spec.languageOf(i);
        if (!languages.contains(l))
            languages << l;
    }
    for (const QString &l : languages) {
        if (auto p = Prompts::load(l))
            m_prompts << *p;
    }
    if (m_prompts.isEmpty()) {
        // Validation refuses unknown languages before we get here; English keeps a bad spec readable.
        m_prompts << *Prompts::load(QStringLiteral("en"));
    }
}

const Prompts &PromptBuilder::promptsFor(const QString &language) const
{
    for (const Prompts &p : m_prompts) {
        if (p.language() == language)
            return p;
    }
    return m_prompts.first();
}

QString PromptBuilder::clean(const QString &userText)
{
    return InputSanitizer::sanitizeInstruction(userText).text;
}

QString PromptBuilder::speakerName(int debater) const
{
    if (debater < 0 || debater >= m_spec.debaters.size())
        return {};
    const Debater &d = m_spec.debaters.at(debater);
    if (!d.name.trimmed().isEmpty())
        return clean(d.name.trimmed());
    // "Pro", or "Pro 2" when a side has several debaters.
    const Prompts &p = promptsFor(m_spec.language);
    int nth = 0, count = 0;
    for (int i = 0; i < m_spec.debaters.size(); ++i) {
        if (m_spec.debaters.at(i).side == d.side) {
            ++count;
            if (i <= debater)
                ++nth;
        }
    }
    return count > 1 ? QStringLiteral("%1 %2").arg(p.sideLabel(d.side)).arg(nth) : p.sideLabel(d.side);
}

QString PromptBuilder::systemPrompt(const Turn &turn, int debater) const
{
    const QString lang = m_spec.languageOf(debater);
    const Prompts &p = promptsFor(lang);
    const Debater &d = m_spec.debaters.at(debater);
    const QString persona = d.persona.trimmed().isEmpty()
        ? QString()
        : Prompts::fill(p.text(QStringLiteral("persona")), {{QStringLiteral("persona"), clean(d.persona.trimmed())}});
    QString system = Prompts::fill(p.text(QStringLiteral("system")),
                                   {{QStringLiteral("speaker"), speakerName(debater)},
                                    {QStringLiteral("format"), p.formatName(m_spec.format)},
                                    {QStringLiteral("motion"), clean(m_spec.motion.trimmed())},
                                    {QStringLiteral("side"), p.sideName(turn.side)},
                                    {QStringLiteral("persona"), persona},
                                    {QStringLiteral("language"), p.languageName()}});
    if (m_spec.code.isEmpty())
        return system;
    // The code (the same for every debater, and often most of the prompt) comes first, before what differs
    // between debaters (speaker, side, persona): the debaters' requests then share it as a prefix, which the
    // API's prompt cache (one prompt_cache_key per debate) bills at a tenth of the input price.
    return codeBlock(p) + QStringLiteral("\n\n") + system;
}

QString PromptBuilder::codeBlock(const Prompts &p) const
{
    const QString intro = Prompts::fill(
        p.text(QStringLiteral("code_intro")),
        {{QStringLiteral("file"), m_spec.code.fileName.isEmpty() ? QStringLiteral("-") : m_spec.code.fileName},
         {QStringLiteral("code_language"), m_spec.code.language},
         {QStringLiteral("lines"), QString::number(m_spec.code.lineCount())}});
    // The code goes in verbatim: InputSanitizer::code() is the identity, by contract. A fence
    // longer than any backtick run in the code keeps the code from closing it.
    QString fence = QStringLiteral("```");
    while (m_spec.code.text.contains(fence))
        fence += QLatin1Char('`');
    const QString &code = InputSanitizer::code(m_spec.code.text);
    return intro + QStringLiteral("\n\n") + fence + m_spec.code.language + QLatin1Char('\n') + code
        + (code.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence;
}

QString PromptBuilder::turnInstruction(const Turn &turn, int debater, bool afterInterjection) const
{
    const Prompts &p = promptsFor(m_spec.languageOf(debater));
    QString instruction = p.roleInstruction(turn.role);
    if (afterInterjection)
        instruction += QLatin1Char(' ') + p.text(QStringLiteral("answer_interjection"));
    // About 0.6 words a token leaves room for the longer words of fr/de/es/it/pt.
    const int words = qMax(30, int(m_spec.maxTokens * 0.6));
    return Prompts::fill(p.text(QStringLiteral("turn")),
                         {{QStringLiteral("number"), QString::number(turn.index + 1)},
                          {QStringLiteral("total"), QString::number(m_turns.size())},
                          {QStringLiteral("role"), p.roleName(turn.role)},
                          {QStringLiteral("instruction"), instruction},
                          {QStringLiteral("words"), QString::number(words)}});
}

QString PromptBuilder::historyEntry(const Prompts &p, const Speech &s)
{
    if (s.role == QLatin1String("interjection")) {
        const QString key = s.side == QLatin1String("audience") ? QStringLiteral("interjection_audience")
                                                                : QStringLiteral("interjection_moderator");
        return Prompts::fill(p.text(key), {{QStringLiteral("text"), clean(s.text)}});
    }
    const QString side =
        (s.side == QLatin1String("pro") || s.side == QLatin1String("con")) ? p.sideLabel(s.side) : s.side;
    return Prompts::fill(p.text(QStringLiteral("history_speech")),
                         {{QStringLiteral("speaker"), s.speaker},
                          {QStringLiteral("side"), side},
                          {QStringLiteral("role"), p.roleName(s.role)},
                          {QStringLiteral("text"), s.text}});
}

// The order keeps a debater's requests a growing sequence, so each one's beginning is the previous one's
// (what the API's prompt cache reuses): the system prompt (the same every turn), then the summary and the
// speeches in the order they were given, unchanged, and only then what is new this turn, the instruction.
// Nothing turn-specific may come before the history: it would defeat the cache for the whole history.
QList<ChatMessage> PromptBuilder::speechMessages(const Turn &turn, int debater, const QList<Speech> &transcript,
                                                 const QString &summary, int summarizedCount) const
{
    const Prompts &p = promptsFor(m_spec.languageOf(debater));
    QList<ChatMessage> messages {ChatMessage::system(systemPrompt(turn, debater))};

    // The debater's own earlier speeches are its assistant turns; everything else is what it heard.
    // Consecutive entries of the same role are merged: the chat template expects alternation.
    auto append = [&messages](ChatMessage::Role role, const QString &text) {
        ChatMessage &last = messages.last();
        if (messages.size() > 1 && last.role == role) {
            last.content += QStringLiteral("\n\n") + text;
            return;
        }
        messages << (role == ChatMessage::Role::Assistant ? ChatMessage::assistant(text) : ChatMessage::user(text));
    };
    if (!summary.isEmpty())
        append(ChatMessage::Role::User,
               Prompts::fill(p.text(QStringLiteral("history_summary")), {{QStringLiteral("summary"), summary}}));
    bool lastWasInterjection = false;
    for (int i = qMax(0, summarizedCount); i < transcript.size(); ++i) {
        const Speech &s = transcript.at(i);
        if (s.text.isEmpty())
            continue;
        lastWasInterjection = s.role == QLatin1String("interjection");
        if (s.debater == debater && s.isDebaterSpeech())
            append(ChatMessage::Role::Assistant, s.text);
        else
            append(ChatMessage::Role::User, historyEntry(p, s));
    }
    append(ChatMessage::Role::User, turnInstruction(turn, debater, lastWasInterjection));
    return messages;
}

QString PromptBuilder::transcriptText(const QList<Speech> &transcript, const QString &summary,
                                      int summarizedCount) const
{
    const Prompts &p = promptsFor(m_spec.language);
    QStringList parts;
    if (!summary.isEmpty())
        parts << Prompts::fill(p.text(QStringLiteral("history_summary")), {{QStringLiteral("summary"), summary}});
    for (int i = qMax(0, summarizedCount); i < transcript.size(); ++i) {
        if (!transcript.at(i).text.isEmpty())
            parts << historyEntry(p, transcript.at(i));
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString PromptBuilder::transcriptBySide(const QList<Speech> &transcript, const QString &firstSide,
                                        const QString &summary, int summarizedCount) const
{
    const Prompts &p = promptsFor(m_spec.language);
    const QString second = firstSide == QLatin1String("con") ? QStringLiteral("pro") : QStringLiteral("con");
    QStringList lead {Prompts::fill(
        p.sectionText(QStringLiteral("judge"), QStringLiteral("order")),
        {{QStringLiteral("first"), p.sideLabel(firstSide)}, {QStringLiteral("second"), p.sideLabel(second)}})};
    if (!summary.isEmpty())
        lead << Prompts::fill(p.text(QStringLiteral("history_summary")), {{QStringLiteral("summary"), summary}});
    QStringList firstGroup, secondGroup, pending;
    for (int i = qMax(0, summarizedCount); i < transcript.size(); ++i) {
        const Speech &s = transcript.at(i);
        if (s.text.isEmpty())
            continue;
        const QString entry = QStringLiteral("%1. %2").arg(s.index + 1).arg(historyEntry(p, s));
        if (!s.isDebaterSpeech()) {
            // Before the first speech (the moderator's opening) it belongs to both sides.
            (firstGroup.isEmpty() && secondGroup.isEmpty() ? lead : pending) << entry;
            continue;
        }
        QStringList &group = s.side == firstSide ? firstGroup : secondGroup;
        group << pending << entry;
        pending.clear();
    }
    return (lead + firstGroup + secondGroup + pending).join(QStringLiteral("\n\n"));
}

QStringList PromptBuilder::historyEntries(const QList<Speech> &speeches) const
{
    const Prompts &p = promptsFor(m_spec.language);
    QStringList out;
    for (const Speech &s : speeches) {
        if (!s.text.isEmpty())
            out << historyEntry(p, s);
    }
    return out;
}

QList<ChatMessage> PromptBuilder::judgeMessages(const QList<Speech> &transcript, const QString &summary,
                                                int summarizedCount, const QString &firstSide) const
{
    const Prompts &p = promptsFor(m_spec.language);
    const QHash<QString, QString> vars {{QStringLiteral("language"), p.languageName()},
                                        {QStringLiteral("motion"), clean(m_spec.motion.trimmed())},
                                        {QStringLiteral("transcript"),
                                         firstSide.isEmpty()
                                             ? transcriptText(transcript, summary, summarizedCount)
                                             : transcriptBySide(transcript, firstSide, summary, summarizedCount)},
                                        {QStringLiteral("criteria"), p.judgeCriteria().join(QStringLiteral(", "))}};
    return {ChatMessage::system(Prompts::fill(p.sectionText(QStringLiteral("judge"), QStringLiteral("system")), vars)),
            ChatMessage::user(Prompts::fill(p.sectionText(QStringLiteral("judge"), QStringLiteral("user")), vars))};
}

QString PromptBuilder::judgeRepairMessage(const QStringList &problems) const
{
    const Prompts &p = promptsFor(m_spec.language);
    return Prompts::fill(p.sectionText(QStringLiteral("judge"), QStringLiteral("repair")),
                         {{QStringLiteral("errors"), problems.join(QStringLiteral("; "))}});
}

QList<ChatMessage> PromptBuilder::moderatorMessages() const
{
    const Prompts &p = promptsFor(m_spec.language);
    QStringList speakers;
    for (int i = 0; i < m_spec.debaters.size(); ++i)
        speakers << QStringLiteral("%1 (%2)").arg(speakerName(i), p.sideLabel(m_spec.debaters.at(i).side));
    const QHash<QString, QString> vars {{QStringLiteral("format"), p.formatName(m_spec.format)},
                                        {QStringLiteral("motion"), clean(m_spec.motion.trimmed())},
                                        {QStringLiteral("language"), p.languageName()},
                                        {QStringLiteral("speakers"), speakers.join(QStringLiteral(", "))}};
    return {
        ChatMessage::system(Prompts::fill(p.sectionText(QStringLiteral("moderator"), QStringLiteral("system")), vars)),
        ChatMessage::user(Prompts::fill(p.sectionText(QStringLiteral("moderator"), QStringLiteral("user")), vars))};
}

QList<ChatMessage> PromptBuilder::summaryMessages(const QList<Speech> &speeches, int maxWords) const
{
    const Prompts &p = promptsFor(m_spec.language);
    QStringList entries;
    for (const Speech &s : speeches)
        entries << historyEntry(p, s);
    return summaryMessages(QString(), entries, maxWords);
}

QList<ChatMessage> PromptBuilder::summaryMessages(const QString &previousSummary, const QStringList &entries,
                                                  int maxWords) const
{
    const Prompts &p = promptsFor(m_spec.language);
    QStringList parts;
    if (!previousSummary.isEmpty())
        parts << Prompts::fill(p.text(QStringLiteral("history_summary")),
                               {{QStringLiteral("summary"), previousSummary}});
    parts << entries;
    const QHash<QString, QString> vars {{QStringLiteral("language"), p.languageName()},
                                        {QStringLiteral("words"), QString::number(maxWords)},
                                        {QStringLiteral("text"), parts.join(QStringLiteral("\n\n"))}};
    return {
        ChatMessage::system(Prompts::fill(p.sectionText(QStringLiteral("summarizer"), QStringLiteral("system")), vars)),
        ChatMessage::user(Prompts::fill(p.sectionText(QStringLiteral("summarizer"), QStringLiteral("user")), vars))};
}

} // namespace rostrum
