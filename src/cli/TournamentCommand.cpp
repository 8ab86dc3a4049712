// rostrum-cli tournament: every pair of models debates every motion of a file twice, sides swapped, each debate
// judged by the panel; saved as it goes and resumable; progress on stderr, the result (with ratings) on stdout.

#include "CliContext.h"
#include "CliServices.h"
#include "TournamentOutput.h"

#include "arena/MotionFile.h"
#include "arena/TournamentRunner.h"
#include "arena/TournamentStore.h"
#include "batch/BatchChatBackend.h"
#include "batch/BatchClient.h"
#include "debate/LanguageModels.h"
#include "flow/ChatService.h"
#include "models/ModelCatalog.h"
#include "store/Database.h"
#include "store/DebateStore.h"
#include "usage/UsageTracker.h"

#include <QCoreApplication>

namespace rostrum::cli {

namespace {

struct TournamentArgs
{
    TournamentSpec spec;
    QString motionsFile;
    QString resume;
    std::optional<double> budget;
    bool specGiven = false; // an option that only a new tournament takes
};

// Reads one option at args[i]. Returns an exit code on a usage error.
std::optional<int> readOption(CliContext &ctx, const QStringList &args, int &i, TournamentArgs &a)
{
    const QString &arg = args.at(i);
    QString v;
    auto value = [&]() {
        if (i + 1 >= args.size())
            return false;
        v = args.at(++i);
        return true;
    };
    bool ok = true;
    if (arg == QLatin1String("--models")) {
        ok = value();
        a.spec.models = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &m : a.spec.models)
            m = m.trimmed();
    } else if (arg == QLatin1String("--motions")) {
        ok = value();
        a.motionsFile = v;
    } else if (arg == QLatin1String("--judge")) {
        ok = value() && !v.trimmed().isEmpty();
        a.spec.judges << v.trimmed();
    } else if (arg == QLatin1String("--judge-swap")) {
        a.spec.judgeSwap = true;
    } else if (arg == QLatin1String("--rounds")) {
        ok = value();
        a.spec.rounds = v.toInt(&ok);
    } else if (arg == QLatin1String("--language")) {
        ok = value();
        a.spec.language = v;
    } else if (arg == QLatin1String("--budget")) {
        ok = value();
        const double b = v.toDouble(&ok);
        ok = ok && b > 0;
        a.budget = b;
        return ok ? std::nullopt
                  : std::optional<int>(ctx.fail(ExitUsage,
                                                QStringLiteral("tournament: --budget takes a positive "
                                                               "amount in USD")));
    } else if (arg == QLatin1String("--batch")) {
        a.spec.batch = true;
    } else if (arg == QLatin1String("--resume")) {
        ok = value();
        a.resume = v;
        return ok ? std::nullopt
                  : std::optional<int>(ctx.fail(ExitUsage, QStringLiteral("tournament: --resume needs an id")));
    } else {
        return ctx.fail(ExitUsage,
                        QStringLiteral("tournament: unknown option \"%1\" (see rostrum-cli --help)").arg(arg));
    }
    a.specGiven = true;
    if (!ok)
        return ctx.fail(ExitUsage, QStringLiteral("tournament: %1 needs a valid value").arg(arg));
    return std::nullopt;
}

// Returns an exit code on a usage error.
std::optional<int> parseArgs(CliContext &ctx, TournamentArgs &a)
{
    const QStringList &args = ctx.commandArgs;
    for (int i = 0; i < args.size(); ++i) {
        if (auto rc = readOption(ctx, args, i, a))
            return rc;
    }
    if (!a.resume.isEmpty()) {
        // A resumed tournament keeps its spec; only the cap may be raised.
        if (a.specGiven)
            return ctx.fail(ExitUsage,
                            QStringLiteral("tournament: --resume continues the saved tournament as it "
                                           "was planned; only --budget may be given with it"));
        return std::nullopt;
    }
    if (a.motionsFile.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("tournament: --motions FILE is required"));
    const MotionFile::Result motions = MotionFile::read(a.motionsFile);
    if (!motions.ok())
        return ctx.fail(ExitUsage, QStringLiteral("tournament: %1: %2").arg(a.motionsFile, motions.error));
    a.spec.motions = motions.motions;
    if (a.spec.judges.isEmpty())
        a.spec.judges << LanguageModels().judgeModel();
    a.spec.budgetUsd = a.budget;
    const QStringList problems = a.spec.validate();
    if (!problems.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("tournament: %1").arg(problems.join(QLatin1Char(' '))));
    return std::nullopt;
}

// Loads the tournament --resume names. Returns an exit code when the command ends here.
std::optional<int> loadSaved(CliContext &ctx, const TournamentStore &store, DebateStore &debates,
                             const TournamentArgs &args, std::optional<TournamentRecord> &saved)
{
    const QString id = store.resolveId(args.resume);
    saved = id.isEmpty() ? std::nullopt : store.load(id);
    if (!saved)
        return ctx.fail(ExitUsage, QStringLiteral("no saved tournament \"%1\"").arg(args.resume));
    if (saved->status == TournamentRecord::Status::Running)
        return ctx.fail(ExitUsage, QStringLiteral("tournament %1 is still running in another process").arg(saved->id));
    if (saved->status == TournamentRecord::Status::Finished) {
        ctx.note(QStringLiteral("tournament %1 is already finished; nothing to resume").arg(saved->id));
        printTournament(ctx, *saved, debates);
        return ExitOk;
    }
    return std::nullopt;
}

// The exit code of a tournament that ran: interrupted, stopped by the budget, failed, or done.
int endOfTournament(CliContext &ctx, const TournamentRunner &runner, bool interrupted)
{
    const TournamentRecord &record = runner.record();
    const QString resume = QStringLiteral("rostrum-cli tournament --resume %1").arg(record.id);
    if (interrupted)
        return ctx.fail(ExitInterrupted,
                        QStringLiteral("interrupted: the tournament so far is saved; continue it with %1").arg(resume));
    switch (runner.stopReason()) {
    case TournamentRunner::StopReason::Budget:
        return ctx.fail(ExitBudget,
                        QStringLiteral("%1 The finished debates are saved; continue with a larger cap: "
                                       "%2 --budget USD")
                            .arg(record.stopReason, resume));
    case TournamentRunner::StopReason::Error: {
        const int code = runner.lastError().isError() ? exitCodeFor(runner.lastError()) : ExitInternal;
        return ctx.fail(
            code == ExitOk ? ExitInternal : code,
            QStringLiteral("%1 (the tournament is saved; continue it with %2)").arg(record.stopReason, resume));
    }
    case TournamentRunner::StopReason::User:
        return ctx.fail(ExitInterrupted, QStringLiteral("stopped: continue it with %1").arg(resume));
    case TournamentRunner::StopReason::None:
        break;
    }
    return ExitOk;
}

} // namespace

namespace {
int runWith(CliContext &ctx, const TournamentArgs &args, CliServices &services);
} // namespace

int runTournament(CliContext &ctx)
{
    TournamentArgs args;
    if (auto rc = parseArgs(ctx, args))
        return *rc;
    // The same pipeline, database, usage tracking and cache as a debate.
    const QString apiKey = ctx.apiKey();
    if (apiKey.isEmpty())
        return ctx.failNoKey();
    CliServices services(ctx, apiKey);
    if (!services.database())
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(services.databaseError()));
    return runWith(ctx, args, services);
}

namespace {
int runWith(CliContext &ctx, const TournamentArgs &args, CliServices &services)
{
    Database *db = services.database();
    DebateStore &debates = *services.debates();
    TournamentStore store(db);
    std::optional<TournamentRecord> saved;
    if (!args.resume.isEmpty()) {
        if (auto rc = loadSaved(ctx, store, debates, args, saved))
            return *rc;
    }
    for (const QString &w : services.catalog()->warnings())
        ctx.verbose(w);

    // The Batch API, for a tournament run (or begun) with --batch: the same client, key and base URL; each answer's
    // usage priced (at the batch price) and stored like any request's.
    BatchClient batchClient(services.client());
    BatchChatBackend batch(&batchClient, services.clock());
    BatchRunConfig batchConfig;
    // A job takes minutes on the API; ROSTRUM_BATCH_POLL_MS polls more often (a local server's jobs take less).
    if (const int ms = qEnvironmentVariableIntValue("ROSTRUM_BATCH_POLL_MS"); ms > 0)
        batchConfig.pollIntervalMs = ms;
    batch.setConfig(batchConfig);
    QObject::connect(&batch, &BatchChatBackend::requestFinished, services.tracker(), &UsageTracker::record);

    TournamentRunner runner(
        {services.chat(), services.clock(), services.catalog(), services.tokens(), &debates, &store, &batch});
    TournamentProgress progress(ctx, runner);
    QObject::connect(&runner, &TournamentRunner::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    bool interrupted = false;
    services.onInterrupt([&] {
        interrupted = true;
        runner.stop();
    });

    QString error;
    const bool started = saved ? runner.resume(*saved, &error, args.budget) : runner.start(args.spec, &error);
    if (!started)
        return ctx.fail(ExitUsage, QStringLiteral("tournament: %1").arg(error));
    progress.begin();
    QCoreApplication::exec();
    db->flush();

    const std::optional<TournamentRecord> final = store.load(runner.record().id);
    printTournament(ctx, final ? *final : runner.record(), debates);
    return endOfTournament(ctx, runner, interrupted);
}
} // namespace

} // namespace rostrum::cli
