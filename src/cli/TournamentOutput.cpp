#include "TournamentOutput.h"

#include "arena/TournamentRatings.h"
#include "arena/TournamentRunner.h"
#include "store/DebateStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rostrum::cli {

TournamentProgress::TournamentProgress(CliContext &ctx, TournamentRunner &runner)
    : m_ctx(ctx)
    , m_runner(runner)
{
    connect(&runner, &TournamentRunner::debateStarted, this, [this](int index, const QString &debateId) {
        m_ctx.note(QStringLiteral("[%1/%2] debate %3: %4")
                       .arg(index + 1)
                       .arg(m_runner.record().debates.size())
                       .arg(debateId.left(8), label(index)));
    });
    connect(&runner, &TournamentRunner::debateFinished, this, &TournamentProgress::onFinished);
    connect(&runner, &TournamentRunner::failed, this,
            [this](const ApiError &, const QString &message) { m_ctx.note(message); });
    connect(&runner, &TournamentRunner::batchRoundSent, this, [this](int round, const QString &jobId, int requests) {
        m_ctx.note(QStringLiteral("round %1: %2 requests sent as batch job %3").arg(round).arg(requests).arg(jobId));
    });
    // The jobs' own counters, a line each time they move (a poll every 15 s at most).
    connect(&runner, &TournamentRunner::batchProgress, this, [this](int completed, int total, int, int failed) {
        const QString line =
            QStringLiteral("batch: %1/%2 requests done, %3 failed").arg(completed).arg(total).arg(failed);
        if (line != m_lastBatchLine && total > 0)
            m_ctx.note(line);
        m_lastBatchLine = line;
    });
    connect(&runner, &TournamentRunner::requestProgress, this, [this](const RequestScheduler::Progress &p) {
        if (p.stage == RequestScheduler::Stage::Retrying || p.stage == RequestScheduler::Stage::WaitingForLimit)
            m_ctx.verbose(
                QStringLiteral("%1 %2 (%3 ms)").arg(RequestScheduler::stageName(p.stage), p.reason).arg(p.etaMs));
    });
}

QString TournamentProgress::label(int index) const
{
    const TournamentRecord &r = m_runner.record();
    const ScheduledDebate &d = r.debates.at(index).debate;
    return QStringLiteral("%1 (pro) vs %2 (con) on \"%3\"")
        .arg(d.pro, d.con, r.spec.motions.at(d.motion).text.simplified().left(60));
}

void TournamentProgress::begin()
{
    const TournamentRecord &r = m_runner.record();
    const int total = int(r.debates.size());
    const int done = r.finishedDebates();
    if (done > 0)
        m_ctx.note(QStringLiteral("Resuming tournament %1: %2 of %3 debates finished, $%4 spent")
                       .arg(r.id)
                       .arg(done)
                       .arg(total)
                       .arg(r.costUsd, 0, 'f', 4));
    else
        m_ctx.note(QStringLiteral("Tournament %1: %2 models × %3 motions = %4 debates, judged by %5%6%7")
                       .arg(r.id)
                       .arg(r.spec.models.size())
                       .arg(r.spec.motions.size())
                       .arg(total)
                       .arg(r.spec.judges.join(QStringLiteral(", ")),
                            r.spec.judgeSwap ? QStringLiteral(" (sides swapped for a second verdict)") : QString(),
                            r.spec.batch ? QStringLiteral(", on the Batch API (each round one job, at the batch "
                                                          "price)")
                                         : QString()));
    const CostPreview p = m_runner.preview();
    const QString cap = r.spec.budgetUsd ? QStringLiteral(" (cap $%1)").arg(*r.spec.budgetUsd, 0, 'f', 4) : QString();
    if (p.known)
        m_ctx.note(QStringLiteral("Cost preview: $%1 – $%2 for %3 requests%4, prompts %5")
                       .arg(p.lowUsd, 0, 'f', 4)
                       .arg(p.highUsd, 0, 'f', 4)
                       .arg(p.requests)
                       .arg(cap, p.exact ? QStringLiteral("counted exactly") : QStringLiteral("estimated")));
    else
        m_ctx.note(
            QStringLiteral("Cost preview: unknown (no price for %1)").arg(p.unknownModels.join(QStringLiteral(", "))));
}

void TournamentProgress::onFinished(int index, const DebateRecord &record)
{
    const TournamentRecord &r = m_runner.record();
    QString winner = QStringLiteral("no valid verdict");
    if (record.verdict && record.verdict->valid)
        winner = record.verdict->winner == QLatin1String("tie") ? QStringLiteral("a tie")
                                                                : QStringLiteral("%1 wins").arg(record.verdict->winner);
    m_ctx.note(QStringLiteral("[%1/%2 done] %3: %4, $%5 (total $%6)")
                   .arg(r.finishedDebates())
                   .arg(r.debates.size())
                   .arg(label(index), winner)
                   .arg(record.costUsd, 0, 'f', 4)
                   .arg(m_runner.spentUsd(), 0, 'f', 4));
}

QList<DebateRecord> finishedDebates(const TournamentRecord &record, DebateStore &debates)
{
    QList<DebateRecord> out;
    for (const TournamentEntry &e : record.debates) {
        if (e.status != TournamentEntry::Status::Finished || e.debateId.isEmpty())
            continue;
        if (std::optional<DebateRecord> d = debates.load(e.debateId))
            out << *d;
    }
    return out;
}

QJsonObject ratingsJson(const TournamentRecord &record, DebateStore &debates)
{
    return TournamentRatings::json(record, TournamentRatings::rate(record, finishedDebates(record, debates)));
}

void printRatings(CliContext &ctx, const QJsonObject &ratings)
{
    QTextStream &out = ctx.out();
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QStringLiteral("model"), -28)
               .arg(QStringLiteral("rating"), 7)
               .arg(QStringLiteral("95% interval"), -15)
               .arg(QStringLiteral("W-L-T"));
    for (const QJsonValue &v : ratings.value(QLatin1String("models")).toArray()) {
        const QJsonObject m = v.toObject();
        out << QStringLiteral("%1  %2  %3  %4-%5-%6\n")
                   .arg(m.value(QLatin1String("model")).toString(), -28)
                   .arg(m.value(QLatin1String("rating")).toDouble(), 7, 'f', 0)
                   .arg(QStringLiteral("%1 – %2")
                            .arg(m.value(QLatin1String("ci_low")).toDouble(), 0, 'f', 0)
                            .arg(m.value(QLatin1String("ci_high")).toDouble(), 0, 'f', 0),
                        -15)
                   .arg(m.value(QLatin1String("wins")).toInt())
                   .arg(m.value(QLatin1String("losses")).toInt())
                   .arg(m.value(QLatin1String("ties")).toInt());
    }
    auto rate = [](const QJsonValue &v) {
        return v.isDouble() ? QStringLiteral("%1%").arg(v.toDouble() * 100, 0, 'f', 0) : QStringLiteral("–");
    };
    for (const QJsonValue &v : ratings.value(QLatin1String("judges")).toArray()) {
        const QJsonObject j = v.toObject();
        out << QStringLiteral("judge %1: first position wins %2, flips %3, agrees with the majority %4\n")
                   .arg(j.value(QLatin1String("model")).toString(),
                        rate(j.value(QLatin1String("first_position_win_rate"))),
                        rate(j.value(QLatin1String("flip_rate"))),
                        rate(j.value(QLatin1String("agreement_with_majority"))));
    }
    const QJsonValue kappa = ratings.value(QLatin1String("fleiss_kappa"));
    if (kappa.isDouble())
        out << QStringLiteral("Fleiss' kappa of the panel: %1\n").arg(kappa.toDouble(), 0, 'f', 2);
    out.flush();
}

void printTournament(CliContext &ctx, const TournamentRecord &record, DebateStore &debates)
{
    const QJsonObject ratings = ratingsJson(record, debates);
    if (ctx.options.json) {
        QJsonArray schedule; // an extension: the contract's keys stay
        for (const TournamentEntry &e : record.debates)
            schedule.append(QJsonObject {
                {QStringLiteral("index"), e.debate.index},
                {QStringLiteral("motion"), record.spec.motions.at(e.debate.motion).text},
                {QStringLiteral("pro"), e.debate.pro},
                {QStringLiteral("con"), e.debate.con},
                {QStringLiteral("debate_id"), e.debateId.isEmpty() ? QJsonValue() : QJsonValue(e.debateId)},
                {QStringLiteral("status"), TournamentEntry::statusName(e.status)}});
        const QJsonObject doc {{QStringLiteral("id"), record.id},
                               {QStringLiteral("status"), TournamentRecord::statusName(record.status)},
                               {QStringLiteral("debates"), record.finishedDebates()},
                               {QStringLiteral("cost_usd"), record.costUsd},
                               {QStringLiteral("ratings"), ratings},
                               {QStringLiteral("schedule"), schedule}};
        ctx.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return;
    }
    printRatings(ctx, ratings);
    ctx.note(QStringLiteral("Tournament %1: %2, %3 of %4 debates finished, $%5 spent")
                 .arg(record.id, TournamentRecord::statusName(record.status))
                 .arg(record.finishedDebates())
                 .arg(record.debates.size())
                 .arg(record.costUsd, 0, 'f', 4));
}

} // namespace rostrum::cli
