#pragma once

#include "tokens/Tokenizer.h"

#include <QStringList>

#include <memory>

namespace rostrum {

// The tokenizers built into this binary, loaded on first use from the embedded resource and shared by
// every thread. Without the data (a build made offline) get() returns nullptr and counts are estimates.
class TokenizerRegistry
{
public:
    // "tekken-240718", "spm-v3", "spm-v1".
    static QStringList knownNames();
    // True when this build embeds the tokenizer data.
    static bool hasData();
    // The shared tokenizer, or nullptr when the name is unknown or the data is missing. Thread-safe.
    static std::shared_ptr<const Tokenizer> get(const QString &name);
    // Why get(name) returned nullptr (empty when it did not).
    static QString unavailableReason(const QString &name);
};

} // namespace rostrum
