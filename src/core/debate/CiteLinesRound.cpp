#include "debate/CiteLinesRound.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum {

CiteLinesRound::CiteLinesRound(const QString &code)
    : m_code(code)
{ }

bool CiteLinesRound::applies(const ChatResult &result, int roundsSoFar) const
{
    return !result.toolCalls.isEmpty() && !m_code.isEmpty() && roundsSoFar < kMaxRounds;
}

CiteLinesRound::Answer CiteLinesRound::answer(const QList<ChatMessage> &sent, const QString &spokenSoFar,
                                              const QList<ToolCall> &calls) const
{
    const CodeEvidence evidence(m_code);
    Answer a;
    // The assistant turn that made the call carries everything said so far in this speech (a resume prefix
    // included), then one tool answer per call.
    a.messages = sent;
    if (!a.messages.isEmpty() && a.messages.last().prefix)
        a.messages.removeLast();
    ChatMessage call = ChatMessage::assistant(spokenSoFar);
    call.toolCalls = calls;
    call.contentNull = spokenSoFar.isEmpty();
    a.messages << call;
    const QLatin1String citeLines("cite_lines");
    for (const ToolCall &tc : calls) {
        Citation c = tc.name == citeLines ? CodeEvidence::parseToolCall(tc.arguments) : Citation {};
        if (tc.name != citeLines)
            c.reason = QStringLiteral("unknown tool %1").arg(tc.name);
        c = evidence.verify(c);
        if (tc.name == citeLines)
            a.citations << c;
        ++a.calls;
        a.verified += c.verified ? 1 : 0;
        QJsonObject reply {{QStringLiteral("lines"), c.lines()}, {QStringLiteral("verified"), c.verified}};
        if (c.verified)
            reply.insert(QStringLiteral("code"), QStringList(evidence.line(c.startLine)).join(QString()));
        else
            reply.insert(QStringLiteral("reason"), c.reason);
        a.messages << ChatMessage::tool(tc.id, tc.name,
                                        QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
    }
    return a;
}

QList<Citation> CiteLinesRound::citationsFor(const QString &text, const QList<Citation> &fromTools) const
{
    if (m_code.isEmpty())
        return {};
    const CodeEvidence evidence(m_code);
    QList<Citation> all = evidence.verifyAll(fromTools);
    for (const Citation &c : evidence.verifyAll(CodeEvidence::parseReferences(text))) {
        bool seen = false;
        for (const Citation &o : std::as_const(all))
            seen = seen || (o.startLine == c.startLine && o.endLine == c.endLine);
        if (!seen)
            all << c;
    }
    return all;
}

CiteLinesRound::Count CiteLinesRound::textCitations(const QList<Citation> &all, qsizetype fromTools)
{
    Count n;
    for (qsizetype i = fromTools; i < all.size(); ++i) {
        ++n.made;
        n.verified += all.at(i).verified ? 1 : 0;
    }
    return n;
}

} // namespace rostrum
