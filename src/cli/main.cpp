#include "CliContext.h"
#include "Commands.h"
#include "RostrumVersion.h"
#include "security/Redaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace rostrum::cli;

namespace {

QString helpText()
{
    QString text = QStringLiteral("Usage: rostrum-cli [global options] COMMAND [command options]\n"
                                  "\n"
                                  "Run AI debates and requests on the Mistral API from the command line.\n"
                                  "\n"
                                  "Commands:\n");
    for (const auto &c : commands())
        text += QStringLiteral("  %1\n").arg(QString::fromUtf8(c.synopsis));
    text += QStringLiteral(
        "\n"
        "Global options (before or after the command):\n"
        "  --base-url URL     API endpoint (env ROSTRUM_BASE_URL; default https://api.mistral.ai)\n"
        "  --data-dir DIR     database, cache and logs (env ROSTRUM_DATA_DIR)\n"
        "  --tier NAME        rate-limit profile: auto, free, hobbyist, standard, custom (env MISTRAL_TIER)\n"
        "  --rpm N, --tpm N, --rps N   explicit limits\n"
        "  --max-retries N    retries after the first attempt (default 5)\n"
        "  --timeout S        seconds without a byte before a request counts as stalled (default 60)\n"
        "  --no-cache         neither read nor write the response cache\n"
        "  --json             machine-readable output on stdout\n"
        "  -q, -v             quieter, more verbose\n"
        "  -h, --help         this help;  --version  the version\n"
        "\n"
        "The API key comes from MISTRAL_API_KEY, else from the OS keychain (rostrum-cli key set).\n"
        "\n"
        "Exit codes: 0 success, 1 internal error, 2 bad usage or input, 3 authentication failed,\n"
        "4 budget cap, 5 gave up after retries, 6 interrupted, 7 the plan does not allow it.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rostrum::Redaction::install(); // no log line or crash message may show the API key
    QCoreApplication::setApplicationName(QString::fromLatin1(rostrum::kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(rostrum::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rostrum::kVersion));

    const QStringList args = app.arguments().mid(1);
    CliContext ctx;
    if (args.isEmpty() || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))
        || (args.size() == 1 && args.first() == QLatin1String("help"))) {
        ctx.out() << helpText();
        ctx.out().flush();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.contains(QLatin1String("--version"))) {
        ctx.out() << "rostrum-cli " << rostrum::kVersion << Qt::endl;
        return ExitOk;
    }

    if (auto rc = ctx.parse(args))
        return *rc;
    // Core diagnostics (rostrum.* categories) go to stderr only with -v: without it, a failure is
    // the one stderr line the contract promises. Redaction filters them either way.
    QLoggingCategory::setFilterRules(ctx.options.verbosity > 0 ? QStringLiteral("rostrum.*=true")
                                                               : QStringLiteral("rostrum.*=false"));
    if (ctx.command.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("no command given (see rostrum-cli --help)"));

    const Command *cmd = findCommand(ctx.command);
    if (!cmd)
        return ctx.fail(ExitUsage, QStringLiteral("unknown command \"%1\" (see rostrum-cli --help)").arg(ctx.command));
    if (!cmd->run)
        return ctx.fail(ExitUsage,
                        QStringLiteral("the \"%1\" command is not available yet in this version").arg(ctx.command));
    return cmd->run(ctx);
}
