#include "ModelSelector.h"

#include "models/ModelCatalog.h"

#include <algorithm>

namespace rostrum {

namespace {

// Ranking by the sum of input and output price: a debate speech reads about as much as it
// writes, so neither side of the price may be ignored.
double blended(const ModelInfo *m)
{
    return *m->inputUsdPerMTok + *m->outputUsdPerMTok;
}

QString priceText(const ModelInfo *m)
{
    return QStringLiteral("%1/%2 USD per million tokens in/out")
        .arg(*m->inputUsdPerMTok, 0, 'g', 6)
        .arg(*m->outputUsdPerMTok, 0, 'g', 6);
}

} // namespace

ModelSelector::ModelSelector(const ModelCatalog *catalog)
    : m_catalog(catalog)
{ }

void ModelSelector::setOverride(const QString &rule, const QString &model)
{
    if (model.isEmpty())
        m_overrides.remove(rule);
    else
        m_overrides.insert(rule, model);
}

QStringList ModelSelector::ruleNames()
{
    return {QStringLiteral("code"),     QStringLiteral("long_code"),    QStringLiteral("reasoning"),
            QStringLiteral("cheapest"), QStringLiteral("long_context"), QStringLiteral("default")};
}

QString ModelSelector::ruleFor(const ModelTask &task) const
{
    const bool isLong = task.contextTokens > m_longThreshold;
    if (task.kind == ModelTask::Kind::Code)
        return isLong ? QStringLiteral("long_code") : QStringLiteral("code");
    if (task.complex || task.requiresMath)
        return QStringLiteral("reasoning");
    if (task.costCritical && task.simple)
        return QStringLiteral("cheapest");
    if (isLong)
        return QStringLiteral("long_context");
    return QStringLiteral("default");
}

QList<const ModelInfo *> ModelSelector::candidates(const ModelTask &task) const
{
    QList<const ModelInfo *> out;
    if (!m_catalog)
        return out;
    const QList<ModelInfo> &all = m_catalog->models();
    for (const ModelInfo &m : all) {
        const ModelInfo *p = m_catalog->find(m.id); // stable pointer into the catalog
        if (!p || !p->hasCapability(QStringLiteral("chat")) || p->isDeprecated() || !p->priceKnown())
            continue;
        if (p->listedByApi.has_value() && !*p->listedByApi)
            continue;
        if (task.contextTokens > 0 && p->contextTokens < task.contextTokens)
            continue;
        bool capable = true;
        for (const QString &c : task.requiredCapabilities)
            capable = capable && p->hasCapability(c);
        if (capable)
            out << p;
    }
    return out;
}

std::optional<ModelChoice> ModelSelector::overridden(const QString &rule) const
{
    QString overrideModel = m_overrides.value(rule);
    if (overrideModel.isEmpty() && m_catalog)
        overrideModel = m_catalog->selectionOverrides().value(rule);
    if (overrideModel.isEmpty())
        return std::nullopt;
    ModelChoice choice;
    choice.rule = rule;
    const ModelInfo *m = m_catalog ? m_catalog->find(overrideModel) : nullptr;
    choice.model = m ? m->id : overrideModel;
    choice.overridden = true;
    choice.reason = QStringLiteral("%1 task: %2 is your choice for this kind of task").arg(rule, choice.model);
    if (!m)
        choice.reason += QStringLiteral(" (not in the model table: its price is unknown)");
    else if (m->isDeprecated())
        choice.reason +=
            QStringLiteral(" (deprecated%1)")
                .arg(m->replacement.isEmpty() ? QString() : QStringLiteral("; replacement: ") + m->replacement);
    return choice;
}

namespace {

// The strengths a rule asks of a model, and whether the widest window wins over the price.
struct Wanted
{
    QStringList strengths;
    bool largestWindow = false;
};

Wanted wantedFor(const QString &rule, const ModelTask &task)
{
    if (rule == QLatin1String("code"))
        return {{QStringLiteral("code")}, false};
    if (rule == QLatin1String("long_code"))
        return {{QStringLiteral("code")}, true};
    if (rule == QLatin1String("reasoning"))
        return {task.requiresMath ? QStringList {QStringLiteral("reasoning"), QStringLiteral("math")}
                                  : QStringList {QStringLiteral("reasoning")},
                false};
    if (rule == QLatin1String("long_context"))
        return {{QStringLiteral("general")}, false};
    if (rule == QLatin1String("default"))
        return {{QStringLiteral("balanced")}, false};
    return {};
}

const ModelInfo *best(const QList<const ModelInfo *> &models, bool largestWindow)
{
    auto cheaper = [](const ModelInfo *a, const ModelInfo *b) {
        if (blended(a) != blended(b))
            return blended(a) < blended(b);
        if (a->contextTokens != b->contextTokens)
            return a->contextTokens > b->contextTokens;
        return a->id < b->id;
    };
    auto wider = [&cheaper](const ModelInfo *a, const ModelInfo *b) {
        if (a->contextTokens != b->contextTokens)
            return a->contextTokens > b->contextTokens;
        return cheaper(a, b);
    };
    return *std::min_element(models.begin(), models.end(),
                             [&](auto *a, auto *b) { return largestWindow ? wider(a, b) : cheaper(a, b); });
}

} // namespace

ModelChoice ModelSelector::choose(const ModelTask &task) const
{
    const QString rule = ruleFor(task);
    if (auto choice = overridden(rule))
        return *choice;
    ModelChoice choice;
    choice.rule = rule;

    const QList<const ModelInfo *> pool = candidates(task);
    if (pool.isEmpty()) {
        choice.reason = QStringLiteral("no current, priced chat model has room for %1 tokens%2")
                            .arg(task.contextTokens)
                            .arg(task.requiredCapabilities.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" with ") + task.requiredCapabilities.join(QStringLiteral(", ")));
        return choice;
    }

    const Wanted wanted = wantedFor(rule, task);
    QList<const ModelInfo *> matching;
    for (const ModelInfo *m : pool) {
        bool ok = true;
        for (const QString &s : wanted.strengths)
            ok = ok && m->hasStrength(s);
        if (ok)
            matching << m;
    }
    const bool relaxed = matching.isEmpty();
    if (relaxed)
        matching = pool;
    const ModelInfo *chosen = best(matching, wanted.largestWindow);
    choice.model = chosen->id;

    const QString strengths = wanted.strengths.join(QStringLiteral(" + "));
    const QString what =
        strengths.isEmpty() ? QStringLiteral("model") : QStringLiteral("model with strength %1").arg(strengths);
    const QString how = wanted.largestWindow
        ? QStringLiteral("the current %1 with the largest window (%2 tokens)").arg(what).arg(chosen->contextTokens)
        : QStringLiteral("the cheapest current %1 that fits").arg(what);
    choice.reason =
        QStringLiteral("%1 task%2: %3 is %4 (%5)")
            .arg(rule, task.contextTokens > 0 ? QStringLiteral(" of %1 tokens").arg(task.contextTokens) : QString(),
                 chosen->id, how, priceText(chosen));
    if (relaxed && !strengths.isEmpty())
        choice.reason +=
            QStringLiteral("; no current model has strength %1, so any model was considered").arg(strengths);
    return choice;
}

} // namespace rostrum
