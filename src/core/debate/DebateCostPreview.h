#pragma once

#include "debate/DebateSpec.h"

#include <QStringList>

namespace rostrum {

class ModelCatalog;
class TokenCounter;

// A cost range shown before a debate starts: from a plausible low (speeches a third of their
// length) to the worst case (every answer at max_tokens, every prompt carrying full speeches).
struct CostPreview
{
    double lowUsd = 0;
    double highUsd = 0;
    bool known = true; // false: some model has no known price (the range leaves it out)
    int requests = 0; // AI requests planned (speeches, moderator, judge)
    QStringList unknownModels;
    // Every prompt was counted with its model's own tokenizer (false: some or all were estimated).
    bool exact = false;
};

// The cost preview of a spec, the same for every front: each planned request is built as the engine builds it
// (messages and tools) and counted with the TokenCounter when one is given (exactly, when the model's tokenizer
// data is in this build), else with the heuristic.
class DebateCostPreview
{
public:
    DebateCostPreview(const ModelCatalog *catalog, const TokenCounter *tokens = nullptr);

    // Priced at the Batch API's prices (a tournament run with --batch).
    void setBatch(bool batch) { m_batch = batch; }

    CostPreview of(const DebateSpec &spec) const;

private:
    bool m_batch = false;
    const ModelCatalog *m_catalog;
    const TokenCounter *m_tokens;
};

} // namespace rostrum
