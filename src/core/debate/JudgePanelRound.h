#pragma once

#include "api/ApiError.h"
#include "debate/DebateRecord.h"
#include "debate/JudgePanel.h"
#include "debate/JudgeRound.h"

#include <QStringList>

#include <optional>

namespace rostrum {

// The judging of a debate by its judges, one request at a time: each judge in turn (a JudgeRound, with its one
// repair), each seeing the sides in the order this debate assigns it, and with the order swap each judge a second
// time with the sides the other way round. One judge without the swap reads the transcript in speaking order, as
// a debate always did. At the end: the panel's verdicts and the decision that stands for them. The passes answered so
// far (answers()) are what a debate stopped mid-panel saves, and begin() continues from them.
class JudgePanelRound
{
public:
    enum class Next {
        Ask, // send the current request (a repair, the other order, or the next judge)
        Done, // every judge has answered: read panel() and verdict()
    };

    JudgePanelRound(const QStringList &judges, bool swap, const QString &debateId);

    // Which side judge `judge` of debate `debateId` reads first: from the id (the same every time the debate is
    // judged), alternating from one judge to the next so that a panel's position biases cancel out.
    static QString firstSideFor(const QString &debateId, int judge);

    // From the first judge pass that `answered` (the passes a saved debate kept) lacks: no request for a pass it
    // holds. Answers that do not fit this panel (other judges or orders) are dropped and every pass is asked.
    // Done when every pass is answered already.
    Next begin(const JudgeAnswers &answered = {});
    // Not underway any more (the transcript it judged changed): the next begin() decides where to start.
    void abandon() { m_round.reset(); }
    // The passes answered so far, each with what it cost.
    const JudgeAnswers &answers() const { return m_done; }
    // Begun and not done: a request of the panel is due (perhaps waiting for its context's summary).
    bool isUnderway() const { return m_round.has_value(); }
    QString model() const;
    QString firstSide() const; // of the current request; empty: speaking order
    bool isRepair() const { return m_round && m_round->isRepair(); }
    JudgeRound::MessageBuilder messages(const PromptBuilder &builder, const QList<Speech> &heard) const;

    // The current request was answered with `text` / failed; `costUsd` is what it cost.
    Next answered(const QString &text, double costUsd);
    Next failed(const ApiError &error, double costUsd);
    // What the current judge's verdict will say when its request failed with `error`.
    QString failedVerdictMessage(const ApiError &error) const { return m_round->failed(error).error; }

    // With two or more judges or the swap: the panel. Null for one judge alone.
    std::optional<JudgePanel> panel() const;
    // The verdict of the debate: the panel's decision, or the one judge's verdict.
    Verdict verdict() const;

private:
    Next startStep(); // the request of pass m_pass of judge m_judge; Done past the last judge
    Next stepDone(Verdict v);
    bool fits(const JudgeAnswers &answered) const;
    QString sideOf(int judge, int pass) const;
    Verdict judgeVerdict(int judge) const;

    QStringList m_judges;
    bool m_swap = false;
    QString m_debateId;
    bool m_panel = false;
    int m_judge = 0;
    int m_pass = 0; // 0: the judge's own order, 1: the other order (swap)
    double m_stepCost = 0; // the current request and its repair
    std::optional<JudgeRound> m_round;
    JudgeAnswers m_done; // per judge, in its own order and (swap) in the other order
};

} // namespace rostrum
