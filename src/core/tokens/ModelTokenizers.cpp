#include "tokens/ModelTokenizers.h"

#include <QList>
#include <QRegularExpression>

namespace rostrum {

namespace {

struct Row
{
    const char *pattern;
    const char *tokenizer;
    ChatTemplate::Version layout;
    bool modelMatches;
};

using V = ChatTemplate::Version;

// First match wins. Patterns are anchored at the start of the model id.
const Row kRows[] = {
    // Tekken 240718 with the v3 layout (mistral-common: MistralTokenizer.v3(is_tekken=True)).
    {"open-mistral-nemo", "tekken-240718", V::V3, true},
    {"mistral-nemo", "tekken-240718", V::V3, true},
    {"ministral-(3b|8b)-2410", "tekken-240718", V::V3, true},
    {"mistral-small-2409", "tekken-240718", V::V3, true},
    {"pixtral-12b", "tekken-240718", V::V3, true},
    // Open-weight Tekken models with the newer layouts (same ranks, system prompt in place).
    {"mistral-small-25(01|03)", "tekken-240718", V::V7, true},
    {"mistral-small-2506", "tekken-240718", V::V11, true},
    {"magistral-small-25(06|07)", "tekken-240718", V::V11, true},
    {"devstral-small-25(05|07)", "tekken-240718", V::V11, true},
    // SentencePiece-BPE v3.
    {"open-mistral-7b", "spm-v3", V::V3, true},
    {"open-mixtral-8x22b", "spm-v3", V::V3, true},
    {"mistral-large-2407", "spm-v3", V::V3, true},
    {"mistral-tiny-2407", "spm-v3", V::V3, true},
    {"(open-)?codestral-mamba", "spm-v3", V::V3, true},
    {"codestral-2405", "spm-v3", V::V3, true},
    // v2 and v7 SentencePiece vocabularies differ from v3 only in control tokens: close, not certain.
    {"mistral-(tiny|small)-2312", "spm-v3", V::V3, false},
    {"mistral-(small|large)-2402", "spm-v3", V::V3, false},
    {"mistral-large-2411", "spm-v3", V::V7, false},
    {"pixtral-large", "spm-v3", V::V7, false},
    // SentencePiece-BPE v1.
    {"open-mixtral-8x7b", "spm-v1", V::V1, true},
    {"mistral-medium-2312", "spm-v1", V::V1, true},
    {"mistral-embed", "spm-v1", V::V1, true},
};

const QList<std::pair<QRegularExpression, const Row *>> &compiledRows()
{
    static const auto rows = [] {
        QList<std::pair<QRegularExpression, const Row *>> list;
        for (const Row &row : kRows)
            list.append({QRegularExpression(QStringLiteral("^(") + QLatin1String(row.pattern) + QStringLiteral(")"),
                                            QRegularExpression::CaseInsensitiveOption),
                         &row});
        return list;
    }();
    return rows;
}

} // namespace

TokenizerChoice ModelTokenizers::forModel(const QString &modelId)
{
    const QString id = modelId.trimmed();
    for (const auto &[re, row] : compiledRows()) {
        if (re.match(id).hasMatch())
            return {QString::fromLatin1(row->tokenizer), row->layout, row->modelMatches};
    }
    // API-only and unknown models (Medium 3.x, Codestral 25.x, Large 3, the -latest aliases of new releases):
    // Mistral publishes no tokenizer for them; Tekken with the current layout is the closest estimate.
    return {QStringLiteral("tekken-240718"), V::V7, false};
}

bool ModelTokenizers::isKnownName(const QString &name)
{
    const QString base = name.section(QLatin1Char('@'), 0, 0);
    return base == QLatin1String("tekken-240718") || base == QLatin1String("spm-v3") || base == QLatin1String("spm-v1")
        || base == QLatin1String("heuristic");
}

TokenizerChoice ModelTokenizers::fromName(const QString &name)
{
    const QString base = name.section(QLatin1Char('@'), 0, 0).trimmed();
    const QString layout = name.section(QLatin1Char('@'), 1, 1).trimmed();
    TokenizerChoice choice;
    choice.tokenizer = isKnownName(base) ? base : QStringLiteral("heuristic");
    choice.modelMatches = isKnownName(base);
    choice.chatTemplate = base == QLatin1String("spm-v1") ? V::V1 : V::V3;
    if (!layout.isEmpty()) {
        if (const auto v = ChatTemplate::versionFromName(layout))
            choice.chatTemplate = *v;
    }
    return choice;
}

} // namespace rostrum
