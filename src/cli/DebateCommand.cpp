// rostrum-cli debate: runs (or resumes) a debate through the same core the desktop app uses,
// streaming each speech to stdout under a header and saving it in the database as it goes.

#include "CliContext.h"
#include "CliServices.h"
#include "DebateTextOutput.h"

#include "clock/Clock.h"
#include "debate/DebateCostPreview.h"
#include "debate/DebateEngine.h"
#include "debate/LanguageModels.h"
#include "debate/RematchComparison.h"
#include "export/DebateExporter.h"
#include "flow/ChatService.h"
#include "models/ModelCatalog.h"
#include "store/Database.h"
#include "store/DebateStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <memory>

namespace rostrum::cli {

namespace {

struct DebateArgs
{
    DebateSpec spec;
    bool noJudge = false;
    QStringList judges; // --judge, once per judge of the panel
    bool judgeSwap = false;
    QString pro;
    QString con;
    QString codeFile;
    QString out;
    QString resume;
    QString rematch; // a saved debate to run again with the debaters on swapped sides
    std::optional<AudienceVote> votesBefore;
    std::optional<AudienceVote> votesAfter;
};

std::optional<AudienceVote> parseVotes(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return std::nullopt;
    AudienceVote v;
    bool a = false, b = false, c = false;
    v.forVotes = parts.at(0).toInt(&a);
    v.againstVotes = parts.at(1).toInt(&b);
    v.undecided = parts.at(2).toInt(&c);
    if (!a || !b || !c || v.forVotes < 0 || v.againstVotes < 0 || v.undecided < 0)
        return std::nullopt;
    return v;
}

// What each side's debater is given beyond its model: a persona and its own language.
struct SideOptions
{
    QString personaPro, personaCon, langPro, langCon;
    bool any() const
    {
        return !personaPro.isEmpty() || !personaCon.isEmpty() || !langPro.isEmpty() || !langCon.isEmpty();
    }
};

// Reads the command's options as given. Returns an exit code on a usage error.
std::optional<int> readOptions(CliContext &ctx, DebateArgs &a, SideOptions &sides)
{
    const QStringList &args = ctx.commandArgs;
    // The options that take one text value, as given.
    const QHash<QString, QString *> texts {{QStringLiteral("--motion"), &a.spec.motion},
                                           {QStringLiteral("--language"), &a.spec.language},
                                           {QStringLiteral("--format"), &a.spec.format},
                                           {QStringLiteral("--pro"), &a.pro},
                                           {QStringLiteral("--con"), &a.con},
                                           {QStringLiteral("--moderator"), &a.spec.moderatorModel},
                                           {QStringLiteral("--code"), &a.codeFile},
                                           {QStringLiteral("--out"), &a.out},
                                           {QStringLiteral("--resume"), &a.resume},
                                           {QStringLiteral("--rematch"), &a.rematch},
                                           {QStringLiteral("--pro-persona"), &sides.personaPro},
                                           {QStringLiteral("--con-persona"), &sides.personaCon},
                                           {QStringLiteral("--pro-language"), &sides.langPro},
                                           {QStringLiteral("--con-language"), &sides.langCon}};
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString &target) -> bool {
            if (i + 1 >= args.size())
                return false;
            target = args.at(++i);
            return true;
        };
        auto number = [&](int &target) -> bool {
            QString v;
            bool ok = false;
            if (!value(v))
                return false;
            target = v.toInt(&ok);
            return ok;
        };
        QString v;
        bool ok = true;
        if (texts.contains(arg))
            ok = value(*texts.value(arg));
        else if (arg == QLatin1String("--rounds"))
            ok = number(a.spec.rounds);
        else if (arg == QLatin1String("--judge")) {
            ok = value(v);
            a.judges << v;
        } else if (arg == QLatin1String("--judge-swap"))
            a.judgeSwap = true;
        else if (arg == QLatin1String("--no-judge"))
            a.noJudge = true;
        else if (arg == QLatin1String("--budget")) {
            ok = value(v);
            const double b = v.toDouble(&ok);
            if (ok)
                a.spec.budgetUsd = b;
        } else if (arg == QLatin1String("--max-tokens"))
            ok = number(a.spec.maxTokens);
        else if (arg == QLatin1String("--votes-before") || arg == QLatin1String("--votes-after")) {
            ok = value(v);
            const auto votes = parseVotes(v);
            if (!votes)
                return ctx.fail(ExitUsage,
                                QStringLiteral("%1 takes FOR,AGAINST,UNDECIDED counts, e.g. 40,35,25").arg(arg));
            (arg == QLatin1String("--votes-before") ? a.votesBefore : a.votesAfter) = votes;
        } else
            return ctx.fail(ExitUsage,
                            QStringLiteral("debate: unknown option \"%1\" (see rostrum-cli --help)").arg(arg));
        if (!ok)
            return ctx.fail(ExitUsage, QStringLiteral("debate: %1 needs a valid value").arg(arg));
    }
    return std::nullopt;
}

// The debaters, each with its model (given, or the default for its language and for code) and judge.
QList<Debater> debatersFor(const DebateArgs &a, const SideOptions &sides, const LanguageModels &defaults)
{
    const bool code = !a.spec.code.isEmpty();
    auto modelFor = [&](const QString &given, const QString &language) {
        return given.isEmpty() ? defaults.modelFor(language.isEmpty() ? a.spec.language : language, code) : given;
    };
    return {
        Debater {{}, QStringLiteral("pro"), sides.personaPro, modelFor(a.pro, sides.langPro), sides.langPro, false},
        Debater {{}, QStringLiteral("con"), sides.personaCon, modelFor(a.con, sides.langCon), sides.langCon, false}};
}

// Returns an exit code on a usage error.
std::optional<int> parseArgs(CliContext &ctx, DebateArgs &a)
{
    SideOptions sides;
    if (auto rc = readOptions(ctx, a, sides))
        return rc;
    if (a.noJudge && (!a.judges.isEmpty() || a.judgeSwap))
        return ctx.fail(ExitUsage, QStringLiteral("debate: --judge and --judge-swap exclude --no-judge"));
    if (a.judges.size() > DebateSpec::kMaxJudges)
        return ctx.fail(ExitUsage,
                        QStringLiteral("debate: --judge is given %1 times; a panel has 1 to %2 judges")
                            .arg(a.judges.size())
                            .arg(DebateSpec::kMaxJudges));
    if (!a.rematch.isEmpty()) {
        if (!a.resume.isEmpty())
            return ctx.fail(ExitUsage, QStringLiteral("debate: --rematch and --resume exclude each other"));
        // A rematch is the saved debate's spec, sides swapped: nothing of the spec can be given again.
        if (!a.spec.motion.isEmpty() || !a.pro.isEmpty() || !a.con.isEmpty() || !a.judges.isEmpty() || a.judgeSwap
            || a.noJudge || !a.codeFile.isEmpty() || sides.any())
            return ctx.fail(ExitUsage,
                            QStringLiteral("debate: --rematch reuses the saved debate's motion, debaters and judge"));
        return std::nullopt;
    }
    if (!a.resume.isEmpty())
        return std::nullopt;

    if (!a.codeFile.isEmpty()) {
        QFile f(a.codeFile);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(ExitUsage, QStringLiteral("cannot read %1: %2").arg(a.codeFile, f.errorString()));
        // Byte for byte: the code is evidence, never cleaned. Only the UTF-8 decoding applies.
        a.spec.code.text = QString::fromUtf8(f.readAll());
        a.spec.code.fileName = QFileInfo(a.codeFile).fileName();
        a.spec.code.language = CodeInput::languageForFileName(a.codeFile);
    }
    const LanguageModels defaults;
    a.spec.debaters = debatersFor(a, sides, defaults);
    if (!a.noJudge)
        a.spec.setJudges(a.judges.isEmpty() ? QStringList {defaults.judgeModel()} : a.judges);
    a.spec.judgeSwap = a.judgeSwap;
    const QStringList problems = a.spec.validate();
    if (!problems.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("debate: %1").arg(problems.join(QLatin1Char(' '))));
    return std::nullopt;
}

// Loads the saved debate --resume or --rematch names. Returns an exit code when the command ends here.
std::optional<int> loadSaved(CliContext &ctx, DebateStore &store, const DebateArgs &args,
                             std::optional<DebateRecord> &saved, std::optional<DebateRecord> &original)
{
    if (!args.resume.isEmpty()) {
        const QString id = store.resolveId(args.resume);
        saved = id.isEmpty() ? std::nullopt : store.load(id);
        if (!saved)
            return ctx.fail(ExitUsage,
                            QStringLiteral("no saved debate \"%1\" (see rostrum-cli list)").arg(args.resume));
        if (saved->status == DebateRecord::Status::Running)
            return ctx.fail(ExitUsage, QStringLiteral("debate %1 is still running in another process").arg(saved->id));
        if (saved->status == DebateRecord::Status::Finished) {
            ctx.note(QStringLiteral("debate %1 is already finished; nothing to resume").arg(saved->id));
            if (ctx.options.json)
                ctx.out() << QString::fromUtf8(QJsonDocument(saved->toJson()).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
    }
    if (!args.rematch.isEmpty()) {
        const QString id = store.resolveId(args.rematch);
        original = id.isEmpty() ? std::nullopt : store.load(id);
        if (!original)
            return ctx.fail(ExitUsage,
                            QStringLiteral("no saved debate \"%1\" (see rostrum-cli list)").arg(args.rematch));
    }
    return std::nullopt;
}

void notePreview(CliContext &ctx, const DebateSpec &spec, const ModelCatalog &catalog, const TokenCounter *tokens)
{
    const CostPreview preview = DebateCostPreview(&catalog, tokens).of(spec);
    if (preview.known)
        ctx.note(QStringLiteral("Cost preview: $%1 – $%2 for %3 requests%4, prompts %5")
                     .arg(preview.lowUsd, 0, 'f', 4)
                     .arg(preview.highUsd, 0, 'f', 4)
                     .arg(preview.requests)
                     .arg(spec.budgetUsd ? QStringLiteral(" (cap $%1)").arg(*spec.budgetUsd, 0, 'f', 4) : QString())
                     .arg(preview.exact ? QStringLiteral("counted exactly") : QStringLiteral("estimated")));
    else
        ctx.note(QStringLiteral("Cost preview: unknown (no price for %1)")
                     .arg(preview.unknownModels.join(QStringLiteral(", "))));
}

// -v: waits, retries and context fitting, on stderr.
void logProgress(CliContext &ctx, DebateEngine &engine)
{
    QObject::connect(&engine, &DebateEngine::requestProgress, &engine, [&ctx](const RequestScheduler::Progress &p) {
        if (p.stage == RequestScheduler::Stage::Retrying || p.stage == RequestScheduler::Stage::WaitingForLimit)
            ctx.verbose(
                QStringLiteral("%1 %2 (%3 ms)").arg(RequestScheduler::stageName(p.stage), p.reason).arg(p.etaMs));
    });
    QObject::connect(
        &engine, &DebateEngine::contextFitted, &engine,
        [&ctx](const QString &model, int summarized, qint64 promptTokens, qint64 budget, bool fallback) {
            ctx.verbose(QStringLiteral("context: %1 earlier speeches %2 for %3 (%4 of %5 prompt tokens)")
                            .arg(summarized)
                            .arg(fallback ? QStringLiteral("shortened to an extract") : QStringLiteral("summarised"))
                            .arg(model)
                            .arg(promptTokens)
                            .arg(budget));
        });
}

// Resumes the saved debate, or starts the rematch or the new debate (with the audience's first vote).
bool startEngine(DebateEngine &engine, const DebateArgs &args, const DebateSpec &spec,
                 const std::optional<DebateRecord> &saved, const std::optional<DebateRecord> &original, QString *error)
{
    if (saved)
        return engine.resume(*saved, error);
    const bool started = original ? engine.startRematch(*original, error) : engine.start(spec, error);
    if (started && args.votesBefore)
        engine.setVoteBefore(*args.votesBefore);
    return started;
}

// Prints the result (the JSON document, or the rematch's outcome and a summary line).
void printResult(CliContext &ctx, const DebateRecord &record, const std::optional<RematchComparison> &rematch)
{
    QTextStream &out = ctx.out();
    if (ctx.options.json) {
        QJsonObject doc = record.toJson();
        if (rematch)
            doc.insert(QStringLiteral("rematch"), rematch->toJson()); // an extension: the contract's keys stay
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    if (rematch) {
        out << "\n== Rematch of " << rematch->originalId << " ==\n" << rematch->summary << "\n";
        out.flush();
    }
    ctx.note(QStringLiteral("Debate %1: %2, $%3 spent")
                 .arg(record.id, DebateRecord::statusName(record.status))
                 .arg(record.costUsd, 0, 'f', 4));
}

// The exit code of a debate that ran: interrupted, stopped by the budget, failed, or done.
int endOfDebate(CliContext &ctx, const DebateEngine &engine, bool interrupted)
{
    const DebateRecord &record = engine.record();
    if (interrupted)
        return ctx.fail(ExitInterrupted,
                        QStringLiteral("interrupted: the debate so far is saved; continue it with "
                                       "rostrum-cli debate --resume %1")
                            .arg(record.id));
    if (engine.stopReason() == DebateEngine::StopReason::Budget)
        return ctx.fail(ExitBudget, record.stopReason + QStringLiteral(" The finished speeches are saved."));
    if (engine.lastError().isError()) {
        const int code = exitCodeFor(engine.lastError());
        if (code != ExitOk)
            return ctx.fail(code,
                            QStringLiteral("%1 (debate %2 is saved; resume it with --resume)")
                                .arg(engine.lastError().userMessage(), record.id));
    }
    return ExitOk;
}

} // namespace

int runDebate(CliContext &ctx)
{
    DebateArgs args;
    if (auto rc = parseArgs(ctx, args))
        return *rc;

    const QString key = ctx.apiKey();
    if (key.isEmpty())
        return ctx.failNoKey();

    // The same pipeline, database, usage tracking and cache as every other command.
    CliServices services(ctx, key);
    Database *db = services.database();
    if (!db)
        return ctx.fail(ExitInternal, QStringLiteral("cannot open the database: %1").arg(services.databaseError()));
    DebateStore &store = *services.debates();

    std::optional<DebateRecord> saved;
    std::optional<DebateRecord> original;
    if (auto rc = loadSaved(ctx, store, args, saved, original))
        return *rc;

    Clock *clock = services.clock();
    ModelCatalog &catalog = *services.catalog();
    for (const QString &w : catalog.warnings())
        ctx.verbose(w);

    // Exact prompt counts for the budget, for fitting each request into its model's window and for the preview.
    const TokenCounter *tokens = services.tokens();
    DebateEngine engine({services.chat(), clock, &catalog, tokens, &store});
    const DebateSpec spec = saved ? saved->spec : original ? original->spec.withSidesSwapped() : args.spec;
    notePreview(ctx, spec, catalog, tokens);

    if (!ctx.options.json)
        printTranscript(ctx, engine);
    logProgress(ctx, engine);
    QObject::connect(&engine, &DebateEngine::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);

    // SIGINT/SIGTERM stop the debate cleanly: what was said is saved, the speech in flight is marked.
    bool interrupted = false;
    services.onInterrupt([&] {
        interrupted = true;
        engine.stop();
    });

    QString error;
    if (!startEngine(engine, args, spec, saved, original, &error))
        return ctx.fail(ExitUsage, QStringLiteral("debate: %1").arg(error));
    ctx.note(QStringLiteral("Debate %1").arg(engine.record().id));

    QCoreApplication::exec();

    if (args.votesAfter && engine.record().status == DebateRecord::Status::Finished)
        engine.setVoteAfter(*args.votesAfter);
    db->flush();
    const DebateRecord &record = engine.record();
    if (!args.out.isEmpty()) {
        QString exportError;
        if (!DebateExporter::exportTo(record, args.out, &exportError))
            return ctx.fail(ExitUsage, exportError);
    }
    std::optional<RematchComparison> rematch;
    if (original && record.status == DebateRecord::Status::Finished)
        rematch = RematchComparison::compare(*original, record);
    printResult(ctx, record, rematch);
    return endOfDebate(ctx, engine, interrupted);
}

} // namespace rostrum::cli
