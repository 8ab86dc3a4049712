// rostrum-cli list / export: the saved debates.

#include "CliContext.h"

#include "export/DebateExporter.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rostrum::cli {

int runList(CliContext &ctx)
{
    for (const QString &arg : std::as_const(ctx.commandArgs)) {
        if (arg != QLatin1String("--json"))
            return ctx.fail(ExitUsage, QStringLiteral("list: unknown option \"%1\"").arg(arg));
        ctx.options.json = true;
    }
    Database db;
    if (!db.open(Database::pathInDataDir(ctx.options.dataDir)))
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(db.lastError()));
    const QList<DebateSummary> debates = DebateStore(&db).list();
    if (ctx.options.json) {
        QJsonArray a;
        for (const DebateSummary &d : debates)
            a.append(QJsonObject {{QStringLiteral("id"), d.id},
                                  {QStringLiteral("motion"), d.motion},
                                  {QStringLiteral("language"), d.language},
                                  {QStringLiteral("format"), d.format},
                                  {QStringLiteral("status"), DebateRecord::statusName(d.status)},
                                  {QStringLiteral("speeches"), d.speeches},
                                  {QStringLiteral("cost_usd"), d.costUsd},
                                  {QStringLiteral("created"), d.created.toUTC().toString(Qt::ISODate)}});
        ctx.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (debates.isEmpty()) {
        ctx.note(QStringLiteral("no saved debates yet"));
        return ExitOk;
    }
    for (const DebateSummary &d : debates) {
        ctx.out() << QStringLiteral("%1  %2  %3 %4  %5 speeches  $%6  %7\n")
                         .arg(d.id.left(8), d.created.toUTC().toString(Qt::ISODate), d.format, d.language)
                         .arg(d.speeches)
                         .arg(d.costUsd, 0, 'f', 4)
                         .arg(DebateRecord::statusName(d.status))
                  << QStringLiteral("          %1\n").arg(d.motion.simplified().left(100));
    }
    return ExitOk;
}

int runExport(CliContext &ctx)
{
    QString id, out;
    const QStringList &args = ctx.commandArgs;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--out") && i + 1 < args.size())
            out = args.at(++i);
        else if (!args.at(i).startsWith(QLatin1String("--")) && id.isEmpty())
            id = args.at(i);
        else
            return ctx.fail(ExitUsage,
                            QStringLiteral("export: unexpected \"%1\" (usage: export ID --out FILE)").arg(args.at(i)));
    }
    if (id.isEmpty() || out.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("export: usage: export ID --out FILE"));
    if (DebateExporter::kindForPath(out) == DebateExporter::Kind::Unknown)
        return ctx.fail(ExitUsage,
                        QStringLiteral("export: %1 has no known extension: use .md, .html or .json").arg(out));
    Database db;
    if (!db.open(Database::pathInDataDir(ctx.options.dataDir)))
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(db.lastError()));
    DebateStore store(&db);
    const QString full = store.resolveId(id);
    const auto record = full.isEmpty() ? std::nullopt : store.load(full);
    if (!record)
        return ctx.fail(ExitUsage, QStringLiteral("export: no saved debate \"%1\" (see rostrum-cli list)").arg(id));
    QString error;
    if (!DebateExporter::exportTo(*record, out, &error))
        return ctx.fail(ExitUsage, QStringLiteral("export: %1").arg(error));
    ctx.note(QStringLiteral("exported %1 to %2").arg(record->id, out));
    return ExitOk;
}

} // namespace rostrum::cli
