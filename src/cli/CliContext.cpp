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

std::optional<int> CliContext::parse(const QStringList &args)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString baseUrl = env.value(QStringLiteral("ROSTRUM_BASE_URL"), kDefaultBaseUrl);
    options.dataDir = env.value(QStringLiteral("ROSTRUM_DATA_DIR"));
    options.tier = env.value(QStringLiteral("MISTRAL_TIER"), QStringLiteral("auto"));

    auto usage = [this](const QString &msg) -> std::optional<int> {
        return fail(ExitUsage, msg + QStringLiteral(" (see rostrum-cli --help)"));
    };

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
        QString name = a;
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            const auto eq = a.indexOf(QLatin1Char('='));
            name = a.left(eq);
            inlineValue = a.mid(eq + 1);
            hasInline = true;
        }
        auto takeValue = [&](QString &value) -> bool {
            if (hasInline) {
                value = inlineValue;
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            value = args.at(++i);
            return true;
        };
        auto takeInt = [&](int &value, int min) -> std::optional<int> {
            QString v;
            if (!takeValue(v))
                return usage(QStringLiteral("%1 needs a value").arg(name));
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < min)
                return usage(QStringLiteral("%1 takes a whole number ≥ %2, not \"%3\"").arg(name).arg(min).arg(v));
            value = n;
            return std::nullopt;
        };

        if (name == QLatin1String("--base-url")) {
            if (!takeValue(baseUrl))
                return usage(QStringLiteral("--base-url needs a URL"));
        } else if (name == QLatin1String("--data-dir")) {
            if (!takeValue(options.dataDir))
                return usage(QStringLiteral("--data-dir needs a folder"));
        } else if (name == QLatin1String("--tier")) {
            if (!takeValue(options.tier))
                return usage(QStringLiteral("--tier needs a name"));
        } else if (name == QLatin1String("--rpm") || name == QLatin1String("--tpm")) {
            int n = 0;
            if (auto rc = takeInt(n, 1))
                return rc;
            (name == QLatin1String("--rpm") ? options.rpm : options.tpm) = n;
        } else if (name == QLatin1String("--rps")) {
            QString v;
            bool ok = false;
            if (!takeValue(v) || v.toDouble(&ok) <= 0 || !ok)
                return usage(QStringLiteral("--rps takes a positive number"));
            options.rps = v.toDouble();
        } else if (name == QLatin1String("--max-retries")) {
            if (auto rc = takeInt(options.maxRetries, 0))
                return rc;
        } else if (name == QLatin1String("--timeout")) {
            if (auto rc = takeInt(options.timeoutSeconds, 1))
                return rc;
        } else if (a == QLatin1String("--no-cache")) {
            options.noCache = true;
        } else if (a == QLatin1String("--json")) {
            options.json = true;
        } else if (a == QLatin1String("-q") || a == QLatin1String("--quiet")) {
            options.verbosity = -1;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--verbose")) {
            options.verbosity = 1;
        } else if (command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            command = a;
        } else {
            commandArgs << a;
        }
    }

    const QStringList tiers = {QStringLiteral("auto"), QStringLiteral("free"), QStringLiteral("hobbyist"),
                               QStringLiteral("standard"), QStringLiteral("custom")};
    if (!tiers.contains(options.tier))
        return usage(
            QStringLiteral("unknown tier \"%1\"; use one of %2").arg(options.tier, tiers.join(QStringLiteral(", "))));

    options.baseUrl = QUrl(baseUrl);
    if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()
        || (options.baseUrl.scheme() != QLatin1String("https") && options.baseUrl.scheme() != QLatin1String("http"))) {
        return usage(QStringLiteral("\"%1\" is not a valid http(s) URL").arg(baseUrl));
    }
    if (options.baseUrl.scheme() == QLatin1String("http") && !isLoopbackHost(options.baseUrl.host())) {
        return fail(ExitUsage,
                    QStringLiteral("refusing %1: the API key would travel in clear text over http. "
                                   "Use https, or http only on localhost.")
                        .arg(baseUrl));
    }
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::nullopt;
}

} // namespace rostrum::cli
