// rostrum-cli import: a .json export read back and saved as a new debate. No request is sent.

#include "CliContext.h"

#include "export/DebateImport.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QJsonDocument>

namespace rostrum::cli {

int runImport(CliContext &ctx)
{
    QString path;
    for (const QString &arg : std::as_const(ctx.commandArgs)) {
        if (arg == QLatin1String("--json"))
            ctx.options.json = true;
        else if (!arg.startsWith(QLatin1String("--")) && path.isEmpty())
            path = arg;
        else
            return ctx.fail(ExitUsage,
                            QStringLiteral("import: unexpected \"%1\" (usage: import FILE [--json])").arg(arg));
    }
    if (path.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("import: usage: import FILE [--json]"));
    // Read and check the whole file before the database is touched: a refused file writes nothing.
    QString error;
    const std::optional<DebateRecord> record = DebateImport::fromFile(path, QDateTime::currentDateTimeUtc(), &error);
    if (!record)
        return ctx.fail(ExitUsage, QStringLiteral("import: %1").arg(error));

    Database db;
    if (!db.open(Database::pathInDataDir(ctx.options.dataDir)))
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(db.lastError()));
    DebateStore store(&db);
    store.saveDebate(*record);
    for (const Speech &s : record->speeches)
        store.saveSpeech(record->id, s);
    db.flush();
    const std::optional<DebateRecord> saved = store.load(record->id);
    if (!saved)
        return ctx.fail(ExitInternal, QStringLiteral("import: the debate could not be saved: %1").arg(db.lastError()));
    if (ctx.options.json)
        ctx.out() << QString::fromUtf8(QJsonDocument(saved->toJson()).toJson(QJsonDocument::Indented));
    else
        ctx.out() << QStringLiteral("imported %1\n").arg(saved->id);
    ctx.out().flush();
    return ExitOk;
}

} // namespace rostrum::cli
