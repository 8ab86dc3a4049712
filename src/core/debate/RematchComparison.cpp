#include "debate/RematchComparison.h"

#include <QJsonArray>

#include <algorithm>

namespace rostrum {

namespace {

QString winnerOf(const DebateRecord &r)
{
    if (!r.verdict || !r.verdict->valid)
        return {};
    return r.verdict->winner;
}

// The debaters (by index in the spec: the same person or model in both debates) on a side.
QList<int> debatersOn(const DebateRecord &r, const QString &side)
{
    QList<int> out;
    for (int i = 0; i < r.spec.debaters.size(); ++i) {
        if (r.spec.debaters.at(i).side == side)
            out << i;
    }
    return out;
}

QStringList modelsOf(const DebateRecord &r, const QList<int> &debaters)
{
    QStringList out;
    for (int i : debaters)
        out << (r.spec.debaters.at(i).human ? QStringLiteral("human") : r.spec.debaters.at(i).model);
    return out;
}

} // namespace

QString RematchComparison::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::FollowedSide:
        return QStringLiteral("followed_side");
    case Outcome::FollowedArgument:
        return QStringLiteral("followed_argument");
    case Outcome::Inconclusive:
        break;
    }
    return QStringLiteral("inconclusive");
}

RematchComparison RematchComparison::compare(const DebateRecord &original, const DebateRecord &rematch)
{
    RematchComparison c;
    c.originalId = original.id;
    c.originalWinner = winnerOf(original);
    c.rematchWinner = winnerOf(rematch);
    const QList<int> before = debatersOn(original, c.originalWinner);
    const QList<int> after = debatersOn(rematch, c.rematchWinner);
    c.originalWinnerModels = modelsOf(original, before);
    c.rematchWinnerModels = modelsOf(rematch, after);

    auto isSide = [](const QString &w) {
        return w == QLatin1String("pro") || w == QLatin1String("con");
    };
    const bool decided = isSide(c.originalWinner) && isSide(c.rematchWinner);
    if (!decided) {
        c.summary = c.originalWinner.isEmpty() || c.rematchWinner.isEmpty()
            ? QStringLiteral("Inconclusive: one of the two debates has no valid verdict.")
            : QStringLiteral("Inconclusive: one of the two verdicts is a tie.");
        return c;
    }
    QList<int> b = before, a = after;
    std::sort(b.begin(), b.end());
    std::sort(a.begin(), a.end());
    if (c.originalWinner == c.rematchWinner) {
        c.outcome = Outcome::FollowedSide;
        c.summary = QStringLiteral("The %1 side won both times although the debaters swapped sides (%2, then %3): "
                                   "the verdict followed the side.")
                        .arg(c.originalWinner, c.originalWinnerModels.join(QStringLiteral(", ")),
                             c.rematchWinnerModels.join(QStringLiteral(", ")));
    } else if (a == b) {
        c.outcome = Outcome::FollowedArgument;
        c.summary = QStringLiteral("%1 won both times, first as %2, then as %3: the verdict followed the argument.")
                        .arg(c.rematchWinnerModels.join(QStringLiteral(", ")), c.originalWinner, c.rematchWinner);
    } else {
        // Sides differ and so do the debaters: the rematch's spec is not a pure swap of the original's.
        c.summary = QStringLiteral("Inconclusive: the rematch's debaters are not the original's on swapped sides.");
    }
    return c;
}

QJsonObject RematchComparison::toJson() const
{
    auto winner = [](const QString &side, const QStringList &models) {
        return QJsonObject {{QStringLiteral("side"), side.isEmpty() ? QJsonValue() : QJsonValue(side)},
                            {QStringLiteral("models"), QJsonArray::fromStringList(models)}};
    };
    return QJsonObject {{QStringLiteral("of"), originalId},
                        {QStringLiteral("outcome"), outcomeName(outcome)},
                        {QStringLiteral("original_winner"), winner(originalWinner, originalWinnerModels)},
                        {QStringLiteral("winner"), winner(rematchWinner, rematchWinnerModels)},
                        {QStringLiteral("summary"), summary}};
}

} // namespace rostrum
