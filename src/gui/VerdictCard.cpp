#include "VerdictCard.h"

#include <QLocale>

namespace rostrum::gui {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'g', 3);
}

QString money(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 0.01 ? 4 : 2);
}

// A table cell's text: markdown tables end a cell at "|".
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1Char('/')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

struct Card
{
    QStringList markdown;
    QStringList plain;
};

void addScores(Card &card, const Verdict &v)
{
    if (v.scores.isEmpty())
        return;
    card.markdown << QStringLiteral("| %1 | %2 | %3 |")
                         .arg(VerdictCard::tr("Criterion"), VerdictCard::tr("For"), VerdictCard::tr("Against"))
                  << QStringLiteral("|---|---:|---:|");
    for (const Verdict::Score &s : v.scores) {
        card.markdown << QStringLiteral("| %1 | %2 | %3 |").arg(cell(s.criterion), number(s.pro), number(s.con));
        card.plain << VerdictCard::tr("%1: for %2, against %3.").arg(s.criterion, number(s.pro), number(s.con));
    }
    card.markdown << QString();
}

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100)) + QStringLiteral("%");
}

// What one judge of a panel decided, for its row in the card's table.
QString judgeVote(const Verdict &j)
{
    if (!j.valid)
        return VerdictCard::tr("not valid: %1").arg(j.error);
    QString vote = j.winner == QLatin1String("tie")
        ? VerdictCard::tr("a tie")
        : VerdictCard::tr("%1, margin %2").arg(VerdictCard::sideName(j.winner), number(j.margin));
    if (j.consistent == false)
        vote += QStringLiteral(" — ") + VerdictCard::tr("inconsistent: its winner flipped when the sides were swapped");
    return vote;
}

void addPanel(Card &card, const JudgePanel &panel)
{
    const QString votes = VerdictCard::tr("%1 for, %2 against, %3 tie, %4 not valid")
                              .arg(panel.proVotes)
                              .arg(panel.conVotes)
                              .arg(panel.tieVotes)
                              .arg(panel.invalidVotes);
    const QString agreement = VerdictCard::tr("Votes: %1 · agreement %2").arg(votes, percent(panel.agreement));
    card.markdown << agreement << QString();
    card.plain << agreement + QLatin1Char('.');
    card.markdown << QStringLiteral("| %1 | %2 |").arg(VerdictCard::tr("Judge"), VerdictCard::tr("Verdict"))
                  << QStringLiteral("|---|---|");
    for (int i = 0; i < panel.judges.size(); ++i) {
        const Verdict &j = panel.judges.at(i);
        const QString name = VerdictCard::tr("%1. %2").arg(i + 1).arg(j.model);
        card.markdown << QStringLiteral("| %1 | %2 |").arg(cell(name), cell(judgeVote(j)));
        card.plain << VerdictCard::tr("Judge %1: %2.").arg(name, judgeVote(j));
    }
    card.markdown << QString();
    if (panel.swapped) {
        card.markdown << QStringLiteral("*") + VerdictCard::tr("Each judge was asked twice, the sides in both orders.")
                + QStringLiteral("*")
                      << QString();
    }
}

// A card row: its id, kind and title, drawn in the judge's colour.
SpeechRow cardRow(const char *id, SpeechRow::Kind kind, const QString &title)
{
    SpeechRow row;
    row.id = QString::fromLatin1(id);
    row.kind = kind;
    row.speaker = title;
    row.sideKey = QStringLiteral("judge");
    return row;
}

} // namespace

QString VerdictCard::sideName(const QString &side)
{
    if (side == QLatin1String("pro"))
        return tr("for");
    if (side == QLatin1String("con"))
        return tr("against");
    return tr("a tie");
}

double VerdictCard::judgeCost(const DebateRecord &record)
{
    if (record.verdict && record.verdict->costUsd > 0)
        return record.verdict->costUsd;
    // Saved before verdicts kept their cost: the judge's requests are the only ones charged to no speech.
    double speeches = 0;
    for (const Speech &s : record.speeches)
        speeches += s.costUsd;
    return qMax(0.0, record.costUsd - speeches);
}

QString VerdictCard::headline(const DebateRecord &record)
{
    if (!record.verdict)
        return {};
    const Verdict &v = *record.verdict;
    if (record.panel && record.panel->judges.size() > 1) {
        const JudgePanel &p = *record.panel;
        if (p.proVotes + p.conVotes + p.tieVotes == 0)
            return tr("No judge of the panel gave a valid verdict.");
        if (p.winner == QLatin1String("tie"))
            return tr("Panel verdict: a tie — no side has a majority of the %n judges.", nullptr, int(p.judges.size()));
        return tr("Panel verdict: the side %1 the motion wins, %2 of %3 judges.")
            .arg(sideName(p.winner))
            .arg(p.winner == QLatin1String("pro") ? p.proVotes : p.conVotes)
            .arg(p.judges.size());
    }
    if (!v.valid)
        return tr("The judge's verdict is not valid: %1").arg(v.error.isEmpty() ? tr("no reason given") : v.error);
    if (v.winner == QLatin1String("tie"))
        return tr("Verdict: a tie.");
    return tr("Verdict: the side %1 the motion wins, margin %2 of 10.").arg(sideName(v.winner), number(v.margin));
}

SpeechRow VerdictCard::verdictRow(const DebateRecord &record)
{
    SpeechRow row = cardRow(kVerdictId, SpeechRow::Kind::Verdict, tr("Verdict"));
    row.side = tr("judge");
    row.language = record.spec.language;
    if (!record.verdict)
        return row;
    const Verdict &v = *record.verdict;
    row.model = v.model.isEmpty() ? record.spec.judgeModel : v.model;
    Card card;
    card.markdown << QStringLiteral("**") + headline(record) + QStringLiteral("**") << QString();
    card.plain << headline(record);
    const bool panel = record.panel && (record.panel->judges.size() > 1 || record.panel->swapped);
    if (panel) {
        addPanel(card, *record.panel);
        QStringList models;
        for (const Verdict &j : record.panel->judges)
            models << j.model;
        row.model = models.join(QStringLiteral(", "));
        for (const Verdict &j : record.panel->judges) {
            if (!j.valid)
                row.action = tr("Ask the judges again");
        }
    }
    if (v.valid) {
        addScores(card, v);
        if (!v.reasons.trimmed().isEmpty()) {
            card.markdown << v.reasons.trimmed() << QString();
            card.plain << tr("Reasons: %1").arg(v.reasons.trimmed());
        }
        if (v.repaired)
            card.markdown << QStringLiteral("*") + tr("Valid after one repair request.") + QStringLiteral("*")
                          << QString();
    } else if (!panel) {
        row.flags |= SpeechRow::Error;
        row.action = tr("Ask the judge again");
        if (!v.raw.trimmed().isEmpty()) {
            card.markdown << tr("The judge answered:") << QString() << QStringLiteral("```")
                          << v.raw.trimmed().left(600) << QStringLiteral("```") << QString();
        }
    }
    const QString judged = panel ? tr("Judged by %1 · the judges' cost %2").arg(row.model, money(judgeCost(record)))
                                 : tr("Judged by %1 · judge's cost %2").arg(row.model, money(judgeCost(record)));
    card.markdown << QStringLiteral("*") + judged + QStringLiteral("*");
    card.plain << judged;
    row.text = card.markdown.join(QLatin1Char('\n'));
    row.accessibleText = tr("Verdict.") + QLatin1Char(' ') + card.plain.join(QLatin1Char(' '));
    return row;
}

QString VerdictCard::rematchSummary(const RematchComparison &c)
{
    const QString before = c.originalWinnerModels.join(QStringLiteral(", "));
    const QString after = c.rematchWinnerModels.join(QStringLiteral(", "));
    switch (c.outcome) {
    case RematchComparison::Outcome::FollowedSide:
        return tr("The side %1 the motion won both times although the debaters swapped sides (%2, then %3): "
                  "the verdict followed the side.")
            .arg(sideName(c.originalWinner), before, after);
    case RematchComparison::Outcome::FollowedArgument:
        return tr("%1 won both times, first %2 the motion, then %3 it: the verdict followed the argument.")
            .arg(after, sideName(c.originalWinner), sideName(c.rematchWinner));
    case RematchComparison::Outcome::Inconclusive:
        break;
    }
    if (c.originalWinner.isEmpty() || c.rematchWinner.isEmpty())
        return tr("Inconclusive: one of the two debates has no valid verdict.");
    if (c.originalWinner == QLatin1String("tie") || c.rematchWinner == QLatin1String("tie"))
        return tr("Inconclusive: one of the two verdicts is a tie.");
    return tr("Inconclusive: the rematch's debaters are not the original's on swapped sides.");
}

SpeechRow VerdictCard::rematchRow(const RematchComparison &c)
{
    SpeechRow row = cardRow(kRematchId, SpeechRow::Kind::Rematch, tr("Rematch with sides swapped"));
    const QString summary = rematchSummary(c);
    auto winner = [](const QString &side, const QStringList &models) {
        if (side.isEmpty())
            return tr("no valid verdict");
        return models.isEmpty() ? sideName(side) : tr("%1 (%2)").arg(sideName(side), models.join(QStringLiteral(", ")));
    };
    const QString originalLabel = tr("Original debate");
    const QString rematchLabel = tr("Rematch");
    const QString original = winner(c.originalWinner, c.originalWinnerModels);
    const QString rematch = winner(c.rematchWinner, c.rematchWinnerModels);
    row.text = QStringLiteral("**%1**\n\n| %2 | %3 |\n|---|---|\n| %4 | %5 |")
                   .arg(summary, cell(originalLabel), cell(rematchLabel), cell(original), cell(rematch));
    if (!c.originalId.isEmpty())
        row.action = tr("Open the original debate");
    row.accessibleText = row.speaker + QStringLiteral(". ") + summary + QLatin1Char(' ') + originalLabel
        + QStringLiteral(": ") + original + QStringLiteral(". ") + rematchLabel + QStringLiteral(": ") + rematch
        + QLatin1Char('.');
    return row;
}

} // namespace rostrum::gui
