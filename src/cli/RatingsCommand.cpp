// rostrum-cli ratings: Bradley–Terry ratings of the latest (or the given) tournament, with 95% intervals, and the
// judges' figures.

#include "CliContext.h"
#include "TournamentOutput.h"

#include "arena/TournamentStore.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QJsonDocument>

namespace rostrum::cli {

int runRatings(CliContext &ctx)
{
    QString id;
    for (const QString &arg : std::as_const(ctx.commandArgs)) {
        if (arg == QLatin1String("--json"))
            ctx.options.json = true;
        else if (!arg.startsWith(QLatin1Char('-')) && id.isEmpty())
            id = arg;
        else
            return ctx.fail(
                ExitUsage,
                QStringLiteral("ratings: unexpected \"%1\" (usage: ratings [TOURNAMENT_ID] [--json])").arg(arg));
    }
    Database db;
    if (!db.open(Database::pathInDataDir(ctx.options.dataDir)))
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(db.lastError()));
    TournamentStore store(&db);
    const QString full = id.isEmpty() ? store.latestId() : store.resolveId(id);
    const std::optional<TournamentRecord> record = full.isEmpty() ? std::nullopt : store.load(full);
    if (!record)
        return ctx.fail(ExitUsage,
                        id.isEmpty() ? QStringLiteral("ratings: no tournament yet (run rostrum-cli "
                                                      "tournament first)")
                                     : QStringLiteral("ratings: no tournament \"%1\"").arg(id));
    DebateStore debates(&db);
    const QJsonObject ratings = ratingsJson(*record, debates);
    if (ctx.options.json) {
        ctx.out() << QString::fromUtf8(QJsonDocument(ratings).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return ExitOk;
    }
    printRatings(ctx, ratings);
    ctx.note(QStringLiteral("Tournament %1: %2 debates rated (%3)")
                 .arg(record->id)
                 .arg(ratings.value(QLatin1String("debates")).toInt())
                 .arg(TournamentRecord::statusName(record->status)));
    return ExitOk;
}

} // namespace rostrum::cli
