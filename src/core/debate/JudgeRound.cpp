#include "debate/JudgeRound.h"

#include "debate/DebateLogging.h"

#include <QCoreApplication>

namespace rostrum {

JudgeRound::JudgeRound(const QString &judgeModel, const QString &firstSide)
    : m_model(judgeModel)
    , m_firstSide(firstSide)
{ }

void JudgeRound::begin()
{
    m_repair = false;
    m_problems.clear();
    m_badAnswer.clear();
}

JudgeRound::MessageBuilder JudgeRound::messages(const PromptBuilder &builder, const QList<Speech> &heard) const
{
    return [builder, heard, first = m_firstSide, repair = m_repair, problems = m_problems,
            bad = m_badAnswer](const QString &summary, int summarized) {
        QList<ChatMessage> m = builder.judgeMessages(heard, summary, summarized, first);
        if (repair)
            m << ChatMessage::assistant(bad) << ChatMessage::user(builder.judgeRepairMessage(problems));
        return m;
    };
}

JudgeRound::Outcome JudgeRound::answered(const QString &text)
{
    Outcome o;
    QStringList problems;
    o.verdict = Verdict::parse(text, &problems);
    o.verdict.model = m_model;
    o.verdict.firstSide = m_firstSide;
    if (!o.verdict.valid && !m_repair) {
        qCInfo(lcDebate) << "verdict invalid, asking once for a repair:" << o.verdict.error;
        m_repair = true;
        m_problems = problems;
        m_badAnswer = text;
        o.repair = true;
        return o;
    }
    o.verdict.repaired = o.verdict.valid && m_repair;
    if (!o.verdict.valid)
        o.verdict.error = QCoreApplication::translate("rostrum::DebateEngine",
                                                      "The judge's verdict was invalid even after one repair: %1")
                              .arg(o.verdict.error);
    return o;
}

Verdict JudgeRound::failed(const ApiError &error) const
{
    Verdict v;
    v.model = m_model;
    v.firstSide = m_firstSide;
    v.error =
        QCoreApplication::translate("rostrum::DebateEngine", "The judge could not answer: %1").arg(error.userMessage());
    return v;
}

} // namespace rostrum
