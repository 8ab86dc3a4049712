#include "arena/RatingsJson.h"

#include <QJsonArray>

namespace rostrum {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject modelJson(const Leaderboard::Entry &e)
{
    return QJsonObject {
        {QStringLiteral("model"), e.model},
        {QStringLiteral("rating"), e.rating},
        {QStringLiteral("ci_low"), e.ciLow},
        {QStringLiteral("ci_high"), e.ciHigh},
        {QStringLiteral("wins"), e.overall.wins},
        {QStringLiteral("losses"), e.overall.losses},
        {QStringLiteral("ties"), e.overall.ties},
        {QStringLiteral("win_rate_as_pro"), number(e.asPro.winRate())},
        {QStringLiteral("win_rate_as_con"), number(e.asCon.winRate())},
    };
}

QJsonObject judgeJson(const JudgeStats::Judge &j)
{
    return QJsonObject {
        {QStringLiteral("model"), j.model},
        {QStringLiteral("first_position_win_rate"), number(j.firstPositionWinRate())},
        {QStringLiteral("flip_rate"), number(j.flipRate())},
        {QStringLiteral("agreement_with_majority"), number(j.agreementWithMajority())},
    };
}

} // namespace

QJsonObject RatingsJson::build(const QString &tournamentId, int debates, const Leaderboard &board,
                               const JudgeStats &judges)
{
    QJsonArray models;
    for (const Leaderboard::Entry &e : board.entries)
        models.append(modelJson(e));
    QJsonArray judgeArray;
    for (const JudgeStats::Judge &j : judges.judges)
        judgeArray.append(judgeJson(j));
    return QJsonObject {
        {QStringLiteral("tournament"), tournamentId},
        {QStringLiteral("debates"), debates},
        {QStringLiteral("models"), models},
        {QStringLiteral("judges"), judgeArray},
        {QStringLiteral("fleiss_kappa"), number(judges.fleissKappa)},
    };
}

} // namespace rostrum
