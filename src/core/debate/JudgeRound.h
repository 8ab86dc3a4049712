#pragma once

#include "api/ApiError.h"
#include "api/ChatMessage.h"
#include "debate/PromptBuilder.h"
#include "debate/Speech.h"
#include "debate/Verdict.h"

#include <functional>

namespace rostrum {

// The judge's turn: one request for a verdict and, when its answer is not a valid verdict, one repair request
// that shows the judge its answer and what was wrong with it. Then the verdict stands, valid or not.
class JudgeRound
{
public:
    using MessageBuilder = std::function<QList<ChatMessage>(const QString &summary, int summarizedCount)>;

    struct Outcome
    {
        bool repair = false; // ask again (messages() now builds the repair request)
        Verdict verdict; // when !repair: the verdict to record
    };

    // `firstSide` ("pro" | "con") presents the sides grouped, that one first; empty: in speaking order.
    explicit JudgeRound(const QString &judgeModel, const QString &firstSide = {});

    // A new round: the next request is the first try.
    void begin();
    bool isRepair() const { return m_repair; }
    // The messages of the current request, hearing `heard`.
    MessageBuilder messages(const PromptBuilder &builder, const QList<Speech> &heard) const;
    // The judge answered `text`.
    Outcome answered(const QString &text);
    // The judge's request failed: the verdict that says so.
    Verdict failed(const ApiError &error) const;

private:
    QString m_model;
    QString m_firstSide;
    bool m_repair = false;
    QStringList m_problems;
    QString m_badAnswer;
};

} // namespace rostrum
