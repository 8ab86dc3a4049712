#include "TournamentSpec.h"

#include "debate/Prompts.h"

#include <QJsonArray>
#include <QSet>

namespace rostrum {

QJsonObject TournamentMotion::toJson() const
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("language"), language}};
}

TournamentMotion TournamentMotion::fromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("text")).toString(), o.value(QLatin1String("language")).toString()};
}

QStringList TournamentSpec::validate() const
{
    QStringList problems;
    if (models.size() < 2)
        problems << tr("A tournament needs at least two models.");
    if (QSet<QString>(models.begin(), models.end()).size() != models.size())
        problems << tr("Each model may take part only once.");
    for (const QString &m : models) {
        if (m.trimmed().isEmpty())
            problems << tr("A model name is empty.");
    }
    if (motions.isEmpty())
        problems << tr("A tournament needs at least one motion.");
    if (judges.isEmpty() || judges.size() > kMaxJudges)
        problems << tr("A tournament needs one to %1 judges.").arg(kMaxJudges);
    if (rounds < 1 || rounds > DebateSpec::kMaxRounds)
        problems << tr("Rounds must be between 1 and %1.").arg(DebateSpec::kMaxRounds);
    if (budgetUsd && *budgetUsd <= 0)
        problems << tr("The budget must be a positive amount.");
    const QStringList languages = Prompts::availableLanguages();
    if (!languages.contains(language))
        problems << tr("The language \"%1\" is not supported (supported: %2).")
                        .arg(language, languages.join(QStringLiteral(", ")));
    // Each debate must be valid as a debate too; debates of one motion differ only in their models.
    if (problems.isEmpty()) {
        for (int m = 0; m < motions.size(); ++m) {
            const QStringList debateProblems = debateSpec({0, m, models.at(0), models.at(1)}).validate();
            if (!debateProblems.isEmpty())
                return problems << debateProblems;
        }
    }
    return problems;
}

QList<ScheduledDebate> TournamentSpec::schedule() const
{
    QList<ScheduledDebate> out;
    for (int m = 0; m < motions.size(); ++m) {
        for (int i = 0; i < models.size(); ++i) {
            for (int j = i + 1; j < models.size(); ++j) {
                out << ScheduledDebate {int(out.size()), m, models.at(i), models.at(j)};
                out << ScheduledDebate {int(out.size()), m, models.at(j), models.at(i)};
            }
        }
    }
    return out;
}

DebateSpec TournamentSpec::debateSpec(const ScheduledDebate &debate) const
{
    DebateSpec s;
    const TournamentMotion &motion = motions.at(debate.motion);
    s.motion = motion.text;
    s.language = motion.language.isEmpty() ? language : motion.language;
    s.format = format;
    s.rounds = rounds;
    s.maxTokens = maxTokens;
    s.debaters = {Debater {{}, QStringLiteral("pro"), {}, debate.pro, {}, false},
                  Debater {{}, QStringLiteral("con"), {}, debate.con, {}, false}};
    s.setJudges(judges);
    s.judgeSwap = judgeSwap;
    return s;
}

QJsonObject TournamentSpec::toJson() const
{
    QJsonArray motionArray;
    for (const TournamentMotion &m : motions)
        motionArray.append(m.toJson());
    QJsonObject o {{QStringLiteral("models"), QJsonArray::fromStringList(models)},
                   {QStringLiteral("motions"), motionArray},
                   {QStringLiteral("judges"), QJsonArray::fromStringList(judges)},
                   {QStringLiteral("judge_swap"), judgeSwap},
                   {QStringLiteral("rounds"), rounds},
                   {QStringLiteral("language"), language},
                   {QStringLiteral("format"), format},
                   {QStringLiteral("max_tokens"), maxTokens},
                   {QStringLiteral("batch"), batch}};
    if (budgetUsd)
        o.insert(QStringLiteral("budget_usd"), *budgetUsd);
    return o;
}

TournamentSpec TournamentSpec::fromJson(const QJsonObject &o)
{
    TournamentSpec s;
    auto strings = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    s.models = strings("models");
    for (const QJsonValue &v : o.value(QLatin1String("motions")).toArray())
        s.motions << TournamentMotion::fromJson(v.toObject());
    s.judges = strings("judges");
    s.judgeSwap = o.value(QLatin1String("judge_swap")).toBool();
    s.rounds = o.value(QLatin1String("rounds")).toInt(s.rounds);
    s.language = o.value(QLatin1String("language")).toString(s.language);
    s.format = o.value(QLatin1String("format")).toString(s.format);
    s.maxTokens = o.value(QLatin1String("max_tokens")).toInt(s.maxTokens);
    if (o.contains(QLatin1String("budget_usd")))
        s.budgetUsd = o.value(QLatin1String("budget_usd")).toDouble();
    s.batch = o.value(QLatin1String("batch")).toBool();
    return s;
}

} // namespace rostrum
