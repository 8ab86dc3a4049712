#include "debate/JudgePanelRound.h"

#include <QCryptographicHash>

namespace rostrum {

namespace {
QString otherSide(const QString &side)
{
    return side == QLatin1String("pro") ? QStringLiteral("con") : QStringLiteral("pro");
}
} // namespace

JudgePanelRound::JudgePanelRound(const QStringList &judges, bool swap, const QString &debateId)
    : m_judges(judges)
    , m_swap(swap)
    , m_debateId(debateId)
    , m_panel(judges.size() > 1 || swap)
{ }

QString JudgePanelRound::firstSideFor(const QString &debateId, int judge)
{
    // A digest, not qHash: qHash is seeded per process and the order must be the same in every run.
    const QByteArray digest = QCryptographicHash::hash(debateId.toUtf8(), QCryptographicHash::Sha1);
    const int parity = (quint8(digest.at(0)) + judge) % 2;
    return parity == 0 ? QStringLiteral("pro") : QStringLiteral("con");
}

JudgePanelRound::Next JudgePanelRound::begin(const JudgeAnswers &answered)
{
    m_done = fits(answered) ? answered : JudgeAnswers {};
    // A judge whose own order is answered and the other order not is asked that other order alone.
    const int own = int(m_done.ownOrder.size());
    m_pass = m_swap && m_done.otherOrder.size() < own ? 1 : 0;
    m_judge = own - m_pass;
    return startStep();
}

// Saved answers continue this panel only when they are its judges' passes, in the orders this debate gives them,
// each judge's other order right after its own.
bool JudgePanelRound::fits(const JudgeAnswers &answered) const
{
    const qsizetype own = answered.ownOrder.size();
    const qsizetype other = answered.otherOrder.size();
    if (own > m_judges.size() || other > own || (m_swap ? other < own - 1 : other > 0))
        return false;
    auto isPass = [this](const Verdict &v, int judge, int pass) {
        return v.model == m_judges.at(judge) && v.firstSide == sideOf(judge, pass);
    };
    for (int i = 0; i < own; ++i) {
        if (!isPass(answered.ownOrder.at(i), i, 0) || (i < other && !isPass(answered.otherOrder.at(i), i, 1)))
            return false;
    }
    return true;
}

JudgePanelRound::Next JudgePanelRound::startStep()
{
    if (m_judge >= m_judges.size()) {
        m_round.reset();
        return Next::Done;
    }
    m_stepCost = 0;
    m_round.emplace(model(), firstSide());
    m_round->begin();
    return Next::Ask;
}

QString JudgePanelRound::model() const
{
    return m_judges.value(m_judge);
}

QString JudgePanelRound::firstSide() const
{
    return sideOf(m_judge, m_pass);
}

QString JudgePanelRound::sideOf(int judge, int pass) const
{
    if (!m_panel)
        return {};
    const QString own = firstSideFor(m_debateId, judge);
    return pass == 0 ? own : otherSide(own);
}

JudgeRound::MessageBuilder JudgePanelRound::messages(const PromptBuilder &builder, const QList<Speech> &heard) const
{
    return m_round->messages(builder, heard);
}

JudgePanelRound::Next JudgePanelRound::answered(const QString &text, double costUsd)
{
    m_stepCost += costUsd;
    const JudgeRound::Outcome o = m_round->answered(text);
    if (o.repair)
        return Next::Ask;
    return stepDone(o.verdict);
}

JudgePanelRound::Next JudgePanelRound::failed(const ApiError &error, double costUsd)
{
    m_stepCost += costUsd;
    return stepDone(m_round->failed(error));
}

JudgePanelRound::Next JudgePanelRound::stepDone(Verdict v)
{
    v.costUsd = m_stepCost;
    (m_pass == 0 ? m_done.ownOrder : m_done.otherOrder) << v;
    if (m_swap && m_pass == 0) {
        m_pass = 1;
    } else {
        m_pass = 0;
        ++m_judge;
    }
    return startStep();
}

// A judge's verdict in the panel: its answer in its own order, marked consistent or not when the other order's
// answer is valid too; when only the other order gave a valid verdict, that one.
Verdict JudgePanelRound::judgeVerdict(int judge) const
{
    Verdict v = m_done.ownOrder.at(judge);
    if (!m_swap || judge >= m_done.otherOrder.size())
        return v;
    const Verdict &other = m_done.otherOrder.at(judge);
    if (v.valid && other.valid)
        v.consistent = v.winner == other.winner;
    else if (!v.valid && other.valid)
        v = other;
    v.costUsd = m_done.ownOrder.at(judge).costUsd + other.costUsd;
    return v;
}

std::optional<JudgePanel> JudgePanelRound::panel() const
{
    if (!m_panel)
        return std::nullopt;
    QList<Verdict> judges;
    for (int i = 0; i < m_done.ownOrder.size(); ++i)
        judges << judgeVerdict(i);
    JudgePanel p = JudgePanel::decide(judges, m_swap);
    if (m_swap)
        p.otherOrder = m_done.otherOrder;
    return p;
}

Verdict JudgePanelRound::verdict() const
{
    if (const std::optional<JudgePanel> p = panel())
        return p->decision();
    return m_done.ownOrder.value(0);
}

} // namespace rostrum
