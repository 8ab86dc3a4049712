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

// Cheapest first; then the larger window; then by id, so the choice never depends on the table's order.
bool cheaper(const ModelInfo *a, const ModelInfo *b)
{
    if (blended(a) != blended(b))
        return blended(a) < blended(b);
    if (a->contextTokens != b->contextTokens)
        return a->contextTokens > b->contextTokens;
    return a->id < b->id;
}

bool wider(const ModelInfo *a, const ModelInfo *b)
{
    if (a->contextTokens != b->contextTokens)
        return a->contextTokens > b->contextTokens;
    return cheaper(a, b);
}

// The strengths a rule asks of a model, and whether it wants the largest window rather than the lowest price.
QStringList strengthsFor(const QString &rule, const ModelTask &task, bool *largestWindow)
{
    *largestWindow = rule == QLatin1String("long_code");
    if (rule == QLatin1String("code") || rule == QLatin1String("long_code"))
        return {QStringLiteral("code")};
    if (rule == QLatin1String("reasoning")) {
        QStringList wanted {QStringLiteral("reasoning")};
        if (task.requiresMath)
            wanted << QStringLiteral("math");
        return wanted;
    }
    if (rule == QLatin1String("long_context"))
        return {QStringLiteral("general")};
    if (rule == QLatin1String("default"))
        return {QStringLiteral("balanced")};
    return {};
}

// The user's choice for this rule wins, whatever the table says of it; the reason says what is odd about it.
void useOverride(ModelChoice &choice, const QString &overrideModel, const ModelCatalog *catalog)
{
    const ModelInfo *m = catalog ? catalog->find(overrideModel) : nullptr;
    choice.model = m ? m->id : overrideModel;
    choice.overridden = true;
    choice.reason = QStringLiteral("%1 task: %2 is your choice for this kind of task").arg(choice.rule, choice.model);
    if (!m)
        choice.reason += QStringLiteral(" (not in the model table: its price is unknown)");
    else if (m->isDeprecated())
        choice.reason +=
            QStringLiteral(" (deprecated%1)")
                .arg(m->replacement.isEmpty() ? QString() : QStringLiteral("; replacement: ") + m->replacement);
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

ModelChoice ModelSelector::choose(const ModelTask &task) const
{
    ModelChoice choice;
    choice.rule = ruleFor(task);

    QString overrideModel = m_overrides.value(choice.rule);
    if (overrideModel.isEmpty() && m_catalog)
        overrideModel = m_catalog->selectionOverrides().value(choice.rule);
    if (!overrideModel.isEmpty()) {
        useOverride(choice, overrideModel, m_catalog);
        return choice;
    }

    const QList<const ModelInfo *> pool = candidates(task);
    if (pool.isEmpty()) {
        choice.reason = QStringLiteral("no current, priced chat model has room for %1 tokens%2")
                            .arg(task.contextTokens)
                            .arg(task.requiredCapabilities.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" with ") + task.requiredCapabilities.join(QStringLiteral(", ")));
        return choice;
    }

    bool largestWindow = false;
    const QStringList wanted = strengthsFor(choice.rule, task, &largestWindow);

    QList<const ModelInfo *> matching;
    for (const ModelInfo *m : pool) {
        bool ok = true;
        for (const QString &s : std::as_const(wanted))
            ok = ok && m->hasStrength(s);
        if (ok)
            matching << m;
    }
    const bool relaxed = matching.isEmpty();
    if (relaxed)
        matching = pool;

    const ModelInfo *best = *std::min_element(matching.begin(), matching.end(), [&](auto *a, auto *b) {
        return largestWindow ? wider(a, b) : cheaper(a, b);
    });
    choice.model = best->id;

    const QString what = wanted.isEmpty()
        ? QStringLiteral("model")
        : QStringLiteral("model with strength %1").arg(wanted.join(QStringLiteral(" + ")));
    const QString how = largestWindow
        ? QStringLiteral("the current %1 with the largest window (%2 tokens)").arg(what).arg(best->contextTokens)
        : QStringLiteral("the cheapest current %1 that fits").arg(what);
    choice.reason =
        QStringLiteral("%1 task%2: %3 is %4 (%5)")
            .arg(choice.rule,
                 task.contextTokens > 0 ? QStringLiteral(" of %1 tokens").arg(task.contextTokens) : QString(), best->id,
                 how, priceText(best));
    if (relaxed && !wanted.isEmpty())
        choice.reason += QStringLiteral("; no current model has strength %1, so any model was considered")
                             .arg(wanted.join(QStringLiteral(" + ")));
    return choice;
}

} // namespace rostrum
