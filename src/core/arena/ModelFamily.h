#pragma once

#include <QString>

namespace rostrum {

// A model's family, for flagging a judge that may prefer its own kind: the model id in lower case without its
// fine-tune wrapper and without the size, date, version and "latest" segments at its end.
//   - "ft:<base>:<...>" (a fine-tune) is its base model's family.
//   - Trailing "-" segments are dropped while they are: "latest"; a date ("2411", "20240806", "2024-08-06"); a
//     version ("v0.3", "v2"); a size ("7b", "0.5b", "8x22b", "350m").
//   - At least the first segment always stays.
// So mistral-large-2411, mistral-large-latest and Mistral-Large-2407 are "mistral-large"; open-mixtral-8x22b is
// "open-mixtral"; ministral-8b-2410 is "ministral"; mistral-small-2503 is "mistral-small" (another family than
// mistral-large: a size class is a different model); gpt-4 stays "gpt-4" (a single digit is a name, not a date).
class ModelFamily
{
public:
    static QString of(const QString &modelId);
    static bool same(const QString &a, const QString &b) { return of(a) == of(b); }
};

} // namespace rostrum
