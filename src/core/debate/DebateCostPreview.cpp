#include "debate/DebateCostPreview.h"

#include "debate/DebateFormat.h"
#include "debate/PromptBuilder.h"
#include "debate/RequestTokens.h"
#include "debate/SpeechRequestFactory.h"
#include "debate/TurnPlanner.h"
#include "models/CostEstimator.h"

namespace rostrum {

DebateCostPreview::DebateCostPreview(const ModelCatalog *catalog, const TokenCounter *tokens)
    : m_catalog(catalog)
    , m_tokens(tokens)
{ }

CostPreview DebateCostPreview::of(const DebateSpec &spec) const
{
    CostPreview p;
    const auto format = DebateFormat::load(spec.format);
    if (!format || spec.debaters.size() < 2)
        return p;
    const PromptBuilder builder(spec, *format);
    const SpeechRequestFactory requests(spec, builder);
    const TurnPlanner planner(spec, format->turns(spec.rounds));
    const RequestTokens tokens(m_tokens);
    const CostEstimator estimator(m_catalog);
    bool allExact = true;
    // Earlier speeches are part of every later prompt: a third of max_tokens for the low end,
    // all of it for the worst case.
    const qint64 low = spec.maxTokens / 3;
    const qint64 high = spec.maxTokens;
    int spoken = 0;
    auto add = [&](const ChatRequest &request, qint64 lowOut, qint64 highOut) {
        ++p.requests;
        const TokenCount base = tokens.measure(request);
        allExact = allExact && base.exact;
        const qint64 lowPrompt = base.count + spoken * low;
        const qint64 highPrompt = base.count + spoken * high;
        const CostEstimate lo = m_batch ? estimator.batch(request.model, lowPrompt, lowOut)
                                        : estimator.exact(request.model, lowPrompt, lowOut);
        const CostEstimate hi = m_batch ? estimator.batch(request.model, highPrompt, highOut)
                                        : estimator.exact(request.model, highPrompt, highOut);
        if (!m_catalog || !lo.known || !hi.known) {
            p.known = false;
            if (!p.unknownModels.contains(request.model))
                p.unknownModels << request.model;
            return;
        }
        p.lowUsd += lo.totalUsd;
        p.highUsd += hi.totalUsd;
    };
    if (!spec.moderatorModel.isEmpty()) {
        // The introduction comes first and hears nothing: its prompt is the same at both ends.
        add(requests.moderator(), SpeechRequestFactory::kModeratorMaxTokens / 3,
            SpeechRequestFactory::kModeratorMaxTokens);
        ++spoken;
    }
    for (int t = 0; t < planner.turnCount(); ++t) {
        const int debater = planner.debaterFor(t);
        if (!spec.debaters.at(debater).human) {
            const QString model = planner.modelFor(debater);
            ChatRequest request = requests.speech(debater, model).value_or(requests.followUp(model, {}));
            request.messages = builder.speechMessages(planner.turns().at(t), debater, {});
            add(request, low, high);
        }
        ++spoken;
    }
    // Every judge of the panel, twice with the order swap.
    for (const QString &judge : spec.judgeModels()) {
        ChatRequest request = requests.judge(judge);
        request.messages = builder.judgeMessages({});
        for (int ask = 0; ask < (spec.judgeSwap ? 2 : 1); ++ask)
            add(request, SpeechRequestFactory::kJudgeMaxTokens / 3, SpeechRequestFactory::kJudgeMaxTokens);
    }
    p.exact = p.requests > 0 && allExact;
    return p;
}

} // namespace rostrum
