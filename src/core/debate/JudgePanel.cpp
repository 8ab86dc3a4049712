#include "JudgePanel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rostrum {

QString JudgePanel::voteOf(const Verdict &judge)
{
    if (!judge.valid)
        return QStringLiteral("invalid");
    // A winner that follows the order the sides were presented in is no preference for either side.
    if (judge.consistent == false)
        return QStringLiteral("tie");
    return judge.winner;
}

JudgePanel JudgePanel::decide(const QList<Verdict> &judges, bool swapped)
{
    JudgePanel p;
    p.judges = judges;
    p.swapped = swapped;
    for (const Verdict &v : judges) {
        const QString vote = voteOf(v);
        if (vote == QLatin1String("pro"))
            ++p.proVotes;
        else if (vote == QLatin1String("con"))
            ++p.conVotes;
        else if (vote == QLatin1String("tie"))
            ++p.tieVotes;
        else
            ++p.invalidVotes;
    }
    // The side with more votes than the other side and than the ties wins; anything level is a tie.
    int with = p.tieVotes;
    if (p.proVotes > p.conVotes && p.proVotes > p.tieVotes) {
        p.winner = QStringLiteral("pro");
        with = p.proVotes;
    } else if (p.conVotes > p.proVotes && p.conVotes > p.tieVotes) {
        p.winner = QStringLiteral("con");
        with = p.conVotes;
    } else {
        p.winner = QStringLiteral("tie");
    }
    const int valid = p.proVotes + p.conVotes + p.tieVotes;
    p.agreement = valid > 0 ? double(with) / valid : 0.0;
    return p;
}

Verdict JudgePanel::decision() const
{
    Verdict d;
    d.winner = winner;
    QStringList models, reasons, errors;
    QList<Verdict::Score> sums;
    QList<int> counts;
    int valid = 0;
    for (int i = 0; i < judges.size(); ++i) {
        const Verdict &j = judges.at(i);
        models << j.model;
        d.costUsd += j.costUsd; // the order swap's requests included
        if (!j.valid) {
            errors << QStringLiteral("%1: %2").arg(j.model, j.error);
            continue;
        }
        ++valid;
        d.margin += j.margin;
        reasons << QStringLiteral("%1: %2").arg(j.model, j.reasons.trimmed());
        // The scores of both orders count: averaging them is what the swap is for.
        QList<Verdict::Score> scores = j.scores;
        if (otherOrder.value(i).valid)
            scores << otherOrder.at(i).scores;
        for (const Verdict::Score &sc : scores) {
            qsizetype at = 0;
            while (at < sums.size() && sums.at(at).criterion != sc.criterion)
                ++at;
            if (at == sums.size()) {
                sums << Verdict::Score {sc.criterion, 0, 0};
                counts << 0;
            }
            sums[at].pro += sc.pro;
            sums[at].con += sc.con;
            counts[at] += 1;
        }
    }
    for (qsizetype i = 0; i < sums.size(); ++i)
        d.scores << Verdict::Score {sums.at(i).criterion, sums.at(i).pro / counts.at(i), sums.at(i).con / counts.at(i)};
    d.valid = valid > 0;
    d.margin = valid > 0 ? d.margin / valid : 0.0;
    d.reasons = reasons.join(QStringLiteral("\n\n"));
    d.model = models.join(QStringLiteral(", "));
    if (!d.valid)
        d.error = QCoreApplication::translate("rostrum::JudgePanel", "No judge gave a valid verdict: %1")
                      .arg(errors.join(QStringLiteral("; ")));
    return d;
}

QJsonObject JudgePanel::toJson() const
{
    QJsonArray list;
    for (const Verdict &j : judges)
        list.append(j.toJson()); // a verdict object carries "model", and "consistent" once swapped
    QJsonObject o {{QStringLiteral("judges"), list},
                   {QStringLiteral("winner"), winner},
                   {QStringLiteral("votes"),
                    QJsonObject {{QStringLiteral("pro"), proVotes},
                                 {QStringLiteral("con"), conVotes},
                                 {QStringLiteral("tie"), tieVotes},
                                 {QStringLiteral("invalid"), invalidVotes}}},
                   {QStringLiteral("agreement"), agreement}};
    if (swapped) {
        QJsonArray other;
        for (const Verdict &v : otherOrder)
            other.append(v.toJson());
        o.insert(QStringLiteral("swapped"), true);
        o.insert(QStringLiteral("other_order"), other);
    }
    return o;
}

JudgePanel JudgePanel::fromJson(const QJsonObject &o)
{
    QList<Verdict> list;
    for (const QJsonValue &j : o.value(QLatin1String("judges")).toArray())
        list << Verdict::fromJson(j.toObject());
    // The votes follow from the verdicts: counting them again cannot disagree with what was saved.
    JudgePanel p = decide(list, o.value(QLatin1String("swapped")).toBool());
    for (const QJsonValue &v : o.value(QLatin1String("other_order")).toArray())
        p.otherOrder << Verdict::fromJson(v.toObject());
    return p;
}

} // namespace rostrum
