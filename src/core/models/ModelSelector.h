#pragma once

#include <QHash>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace rostrum {

class ModelCatalog;
struct ModelInfo;

// What a request needs, as far as choosing its model goes.
struct ModelTask
{
    enum class Kind { General, Code };
    Kind kind = Kind::General;
    qint64 contextTokens = 0; // tokens the request needs in the window (prompt + answer)
    bool complex = false; // hard reasoning
    bool requiresMath = false;
    bool costCritical = false;
    bool simple = false;
    QStringList requiredCapabilities; // e.g. "function_calling", "vision"
};

struct ModelChoice
{
    QString model; // catalog id; empty when nothing fits
    QString rule; // code | long_code | reasoning | cheapest | long_context | default
    QString reason; // one sentence for people: why this model
    bool overridden = false; // the user's choice for this rule, not the catalog's data
};

// Chooses a model for a task from the catalog's data (strengths, context, prices, deprecation),
// never from hard-coded names: these rules, applied to whatever models the table lists.
//   code          -> the cheapest current model with strength "code" that fits
//   long code     -> the code model with the largest window
//   hard / math   -> the cheapest model with strength "reasoning" (and "math" when math is needed)
//   cost-critical simple -> the cheapest model that fits
//   long general context -> the cheapest model with strength "general" that fits
//   otherwise     -> the cheapest model with strength "balanced"
// "Current" means chat-capable, not deprecated, priced, with room for the task. Each rule can be
// overridden by the user (the catalog's "selection" object, or setOverride()).
class ModelSelector
{
public:
    explicit ModelSelector(const ModelCatalog *catalog);

    // Tasks above this many tokens count as "long" (32k by default).
    void setLongContextThreshold(qint64 tokens) { m_longThreshold = tokens; }
    qint64 longContextThreshold() const { return m_longThreshold; }
    // An empty model removes the override.
    void setOverride(const QString &rule, const QString &model);

    static QStringList ruleNames();
    QString ruleFor(const ModelTask &task) const;
    ModelChoice choose(const ModelTask &task) const;

private:
    QList<const ModelInfo *> candidates(const ModelTask &task) const;
    // The user's (or the catalog's) model for this rule, if one is set.
    std::optional<ModelChoice> overridden(const QString &rule) const;

    const ModelCatalog *m_catalog;
    qint64 m_longThreshold = 32000;
    QHash<QString, QString> m_overrides;
};

} // namespace rostrum

Q_DECLARE_METATYPE(rostrum::ModelTask)
