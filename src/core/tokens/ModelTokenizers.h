#pragma once

#include "tokens/ChatTemplate.h"

#include <QString>

namespace rostrum {

// Which tokenizer and prompt layout a model uses.
struct TokenizerChoice
{
    QString tokenizer; // "tekken-240718", "spm-v3", "spm-v1" or "heuristic"
    ChatTemplate::Version chatTemplate = ChatTemplate::Version::V3;
    // True when the model is known to use exactly this tokenizer. False for API-only models (their tokenizer is
    // not published; Tekken is the best guess) and for vocabularies approximated by a close one.
    bool modelMatches = true;
};

// A small table keyed by model id patterns (mistral-common's MODEL_NAME_TO_TOKENIZER_CLS plus what the docs say
// of newer models). The model catalog can replace it per model with fromName().
class ModelTokenizers
{
public:
    static TokenizerChoice forModel(const QString &modelId);
    // A choice from a tokenizer name as a catalog stores it: "tekken-240718", "spm-v3", "spm-v1", "heuristic",
    // optionally with a layout suffix ("tekken-240718@v7"). Without one: v1 for spm-v1, v3 otherwise.
    static TokenizerChoice fromName(const QString &name);
    static bool isKnownName(const QString &name);
};

} // namespace rostrum
