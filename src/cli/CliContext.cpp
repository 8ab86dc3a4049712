#include "CliContext.h"

#include "clock/Clock.h"
#include "security/ApiKeyStore.h"
#include "security/KeychainSecretStore.h"
#include "security/Redaction.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cstdio>
#include <optional>
#include <utility>

namespace rostrum::cli {

namespace {
const QString kDefaultBaseUrl = QStringLiteral("https://api.mistral.ai");

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
        || host == QLatin1String("[::1]");
}
} // namespace

QTextStream &CliContext::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &CliContext::err()
{
    static QTextStream s(stderr);
    return s;
}

int CliContext::fail(int code, const QString &message)
{
    out().flush();
    err() << "rostrum-cli: " << Redaction::redact(message) << Qt::endl;
    return code;
}

void CliContext::verbose(const QString &message)
{
    if (options.verbosity > 0)
        err() << Redaction::redact(message) << Qt::endl;
}

void CliContext::note(const QString &message)
{
    if (options.verbosity >= 0)
        err() << Redaction::redact(message) << Qt::endl;
}

int CliContext::failNoKey()
{
    return fail(ExitAuth, QStringLiteral("no API key: set MISTRAL_API_KEY, or store one with \"rostrum-cli key set\""));
}

QString CliContext::apiKey(QString *source)
{
    // Resolved once per process: the keychain is asked at most once.
    static std::optional<std::pair<QString, QString>> resolved;
    if (!resolved) {
        const QString fromEnv = qEnvironmentVariable("MISTRAL_API_KEY").trimmed();
        if (!fromEnv.isEmpty()) {
            Redaction::addSecret(fromEnv);
            resolved = std::make_pair(fromEnv, QStringLiteral("environment"));
        } else {
            // The CLI runs a command before any app.exec(): no event loop is running yet, so this
            // local loop, waiting for the asynchronous keychain job, is the only one — not a nested
            // loop under a live GUI. (The desktop app uses ApiKeyStore's callbacks directly.)
            KeychainSecretStore secrets(Clock::system(), nullptr, 15000);
            ApiKeyStore keys(&secrets, Clock::system());
            keys.setEnvironmentKey({});
            keys.setRetryDelayMs(1000);
            QEventLoop loop;
            std::optional<ApiKeyStore::KeyResult> result;
            keys.load(options.baseUrl, &loop, [&](const ApiKeyStore::KeyResult &r) {
                result = r;
                loop.quit();
            });
            if (!result)
                loop.exec();
            // Only with -v: a command that then fails for want of a key must still print one line.
            if (!result->ok())
                verbose(QStringLiteral("rostrum-cli: ") + result->message);
            resolved = std::make_pair(result->key,
                                      result->key.isEmpty() ? QStringLiteral("none") : QStringLiteral("keychain"));
        }
    }
    if (source)
        *source = resolved->second;
    return resolved->first;
}

namespace {

std::optional<int> usageError(CliContext &ctx, const QString &msg)
{
    return ctx.fail(ExitUsage, msg + QStringLiteral(" (see rostrum-cli --help)"));
}

// The argument at index i: its name (before any "=") and its value, inline ("--tier=free") or the next argument.
class ArgReader
{
public:
    ArgReader(const QStringList &args, int &i)
        : m_args(args)
        , m_i(i)
        , m_arg(args.at(i))
        , m_name(m_arg)
    {
        if (m_arg.startsWith(QLatin1String("--")) && m_arg.contains(QLatin1Char('='))) {
            const auto eq = m_arg.indexOf(QLatin1Char('='));
            m_name = m_arg.left(eq);
            m_inlineValue = m_arg.mid(eq + 1);
            m_hasInline = true;
        }
    }

    const QString &arg() const { return m_arg; }
    const QString &name() const { return m_name; }

    bool takeValue(QString &value)
    {
        if (m_hasInline) {
            value = m_inlineValue;
            return true;
        }
        if (m_i + 1 >= m_args.size())
            return false;
        value = m_args.at(++m_i);
        return true;
    }

    std::optional<int> takeInt(CliContext &ctx, int &value, int min)
    {
        QString v;
        if (!takeValue(v))
            return usageError(ctx, QStringLiteral("%1 needs a value").arg(m_name));
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < min)
            return usageError(ctx,
                              QStringLiteral("%1 takes a whole number ≥ %2, not \"%3\"").arg(m_name).arg(min).arg(v));
        value = n;
        return std::nullopt;
    }

private:
    const QStringList &m_args;
    int &m_i;
    const QString m_arg;
    QString m_name;
    QString m_inlineValue;
    bool m_hasInline = false;
};

// Reads the global option at r into ctx.options (the URL into baseUrl, checked later). Returns false when the
// argument is not a global option; rc is set on a usage error.
bool readGlobalOption(CliContext &ctx, ArgReader &r, QString &baseUrl, std::optional<int> &rc)
{
    GlobalOptions &o = ctx.options;
    const QString &name = r.name();
    const QString &a = r.arg();
    if (name == QLatin1String("--base-url")) {
        if (!r.takeValue(baseUrl))
            rc = usageError(ctx, QStringLiteral("--base-url needs a URL"));
    } else if (name == QLatin1String("--data-dir")) {
        if (!r.takeValue(o.dataDir))
            rc = usageError(ctx, QStringLiteral("--data-dir needs a folder"));
    } else if (name == QLatin1String("--tier")) {
        if (!r.takeValue(o.tier))
            rc = usageError(ctx, QStringLiteral("--tier needs a name"));
    } else if (name == QLatin1String("--rpm") || name == QLatin1String("--tpm")) {
        int n = 0;
        rc = r.takeInt(ctx, n, 1);
        if (!rc)
            (name == QLatin1String("--rpm") ? o.rpm : o.tpm) = n;
    } else if (name == QLatin1String("--rps")) {
        QString v;
        bool ok = false;
        if (!r.takeValue(v) || v.toDouble(&ok) <= 0 || !ok)
            rc = usageError(ctx, QStringLiteral("--rps takes a positive number"));
        else
            o.rps = v.toDouble();
    } else if (name == QLatin1String("--max-retries")) {
        rc = r.takeInt(ctx, o.maxRetries, 0);
    } else if (name == QLatin1String("--timeout")) {
        rc = r.takeInt(ctx, o.timeoutSeconds, 1);
    } else if (a == QLatin1String("--no-cache")) {
        o.noCache = true;
    } else if (a == QLatin1String("--json")) {
        o.json = true;
    } else if (a == QLatin1String("-q") || a == QLatin1String("--quiet")) {
        o.verbosity = -1;
    } else if (a == QLatin1String("-v") || a == QLatin1String("--verbose")) {
        o.verbosity = 1;
    } else {
        return false;
    }
    return true;
}

// Checks what only makes sense once every option is read: the tier's name, and the URL (https, or http only on
// this machine, since the key travels with every request).
std::optional<int> checkOptions(CliContext &ctx, const QString &baseUrl)
{
    GlobalOptions &o = ctx.options;
    const QStringList tiers = {QStringLiteral("auto"), QStringLiteral("free"), QStringLiteral("hobbyist"),
                               QStringLiteral("standard"), QStringLiteral("custom")};
    if (!tiers.contains(o.tier))
        return usageError(
            ctx, QStringLiteral("unknown tier \"%1\"; use one of %2").arg(o.tier, tiers.join(QStringLiteral(", "))));

    o.baseUrl = QUrl(baseUrl);
    if (!o.baseUrl.isValid() || o.baseUrl.host().isEmpty()
        || (o.baseUrl.scheme() != QLatin1String("https") && o.baseUrl.scheme() != QLatin1String("http"))) {
        return usageError(ctx, QStringLiteral("\"%1\" is not a valid http(s) URL").arg(baseUrl));
    }
    if (o.baseUrl.scheme() == QLatin1String("http") && !isLoopbackHost(o.baseUrl.host())) {
        return ctx.fail(ExitUsage,
                        QStringLiteral("refusing %1: the API key would travel in clear text over http. "
                                       "Use https, or http only on localhost.")
                            .arg(baseUrl));
    }
    if (o.dataDir.isEmpty())
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::nullopt;
}

} // namespace

std::optional<int> CliContext::parse(const QStringList &args)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString baseUrl = env.value(QStringLiteral("ROSTRUM_BASE_URL"), kDefaultBaseUrl);
    options.dataDir = env.value(QStringLiteral("ROSTRUM_DATA_DIR"));
    options.tier = env.value(QStringLiteral("MISTRAL_TIER"), QStringLiteral("auto"));

    bool passthrough = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (passthrough) {
            commandArgs << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            passthrough = true;
            commandArgs << a;
            continue;
        }
        ArgReader reader(args, i);
        std::optional<int> rc;
        if (readGlobalOption(*this, reader, baseUrl, rc)) {
            if (rc)
                return rc;
        } else if (command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            command = a;
        } else {
            commandArgs << a;
        }
    }
    return checkOptions(*this, baseUrl);
}

} // namespace rostrum::cli
