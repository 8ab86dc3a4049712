// rostrum-cli key set | status | clear | verify — the API key in the OS keychain, never in a file
// and never as an argument (it would show in the process list and the shell history).

#include "CliContext.h"
#include "CliServices.h"

#include "api/MistralClient.h"
#include "clock/Clock.h"
#include "security/ApiKeyStore.h"
#include "security/KeychainSecretStore.h"
#include "security/KeyVerifier.h"
#include "security/Redaction.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace rostrum::cli {

namespace {

// The CLI has no running event loop while a command runs (main() calls the command before any
// app.exec()), so waiting on a local QEventLoop here is the only loop, not a nested one.
ApiKeyStore::KeyResult runKeyOperation(const std::function<void(ApiKeyStore &, QObject *, ApiKeyStore::Callback)> &op)
{
    KeychainSecretStore secrets(Clock::system(), nullptr, 15000);
    ApiKeyStore keys(&secrets, Clock::system());
    keys.setRetryDelayMs(1000);
    QEventLoop loop;
    std::optional<ApiKeyStore::KeyResult> result;
    op(keys, &loop, [&](const ApiKeyStore::KeyResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void printJson(CliContext &ctx, const QJsonObject &o)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// Reads the key from stdin. On a terminal, echo is turned off while it is typed or pasted.
QString readKeyFromStdin(CliContext &ctx)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved {};
    bool echoOff = false;
    if (tty) {
        ctx.err() << "Paste the API key and press Enter (it is not shown): " << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            echoOff = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    QFile in;
    QByteArray bytes;
    if (in.open(stdin, QIODevice::ReadOnly))
        bytes = tty ? in.readLine() : in.readAll();
    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << Qt::endl;
    }
    return QString::fromUtf8(bytes).trimmed();
}

int keySet(CliContext &ctx)
{
    const QString key = readKeyFromStdin(ctx);
    if (key.isEmpty())
        return ctx.fail(ExitUsage,
                        QStringLiteral("no key on stdin: pipe it in, e.g. \"rostrum-cli key set < key.txt\", "
                                       "or run \"rostrum-cli key set\" and paste it"));
    Redaction::addSecret(key);
    const QString warning = ApiKeyStore::formatWarning(key);
    if (!warning.isEmpty())
        ctx.note(QStringLiteral("warning: ") + warning);

    const auto r = runKeyOperation([&](ApiKeyStore &keys, QObject *c, ApiKeyStore::Callback done) {
        keys.store(ctx.options.baseUrl, key, c, done);
    });
    if (r.source != ApiKeyStore::Source::Keychain) {
        // A session-only key dies with this process: say so instead of pretending it was kept.
        return ctx.fail(ExitInternal,
                        r.message
                            + QStringLiteral(" The key was NOT stored; for now export MISTRAL_API_KEY in this shell."));
    }
    if (ctx.options.json) {
        printJson(ctx,
                  {{QStringLiteral("stored"), true},
                   {QStringLiteral("account"), ApiKeyStore::accountFor(ctx.options.baseUrl)},
                   {QStringLiteral("masked"), Redaction::mask(key)}});
    } else {
        ctx.out() << "Stored the API key " << Redaction::mask(key) << " in the keychain for "
                  << ApiKeyStore::accountFor(ctx.options.baseUrl) << "." << Qt::endl;
    }
    if (!qEnvironmentVariable("MISTRAL_API_KEY").trimmed().isEmpty())
        ctx.note(QStringLiteral("note: MISTRAL_API_KEY is set in this environment and wins over the keychain."));
    return ExitOk;
}

int keyStatus(CliContext &ctx)
{
    QString source;
    const QString key = ctx.apiKey(&source);
    const QString account = ApiKeyStore::accountFor(ctx.options.baseUrl);
    if (ctx.options.json) {
        QJsonObject o {{QStringLiteral("source"), source}, {QStringLiteral("account"), account}};
        o.insert(QStringLiteral("masked"), key.isEmpty() ? QJsonValue() : QJsonValue(Redaction::mask(key)));
        const QString warning = ApiKeyStore::formatWarning(key);
        if (!warning.isEmpty())
            o.insert(QStringLiteral("warning"), warning);
        printJson(ctx, o);
    } else if (key.isEmpty()) {
        ctx.out() << "API key: none for " << account << Qt::endl;
    } else {
        const QString where = source == QLatin1String("environment")
            ? QStringLiteral("from environment (MISTRAL_API_KEY)")
            : QStringLiteral("from the keychain");
        ctx.out() << "API key: " << Redaction::mask(key) << " " << where << " for " << account << Qt::endl;
        const QString warning = ApiKeyStore::formatWarning(key);
        if (!warning.isEmpty())
            ctx.note(QStringLiteral("warning: ") + warning);
    }
    if (key.isEmpty())
        return ctx.fail(ExitAuth,
                        QStringLiteral("no API key: set MISTRAL_API_KEY or run \"rostrum-cli key set\" "
                                       "(-v shows what the keychain said)"));
    return ExitOk;
}

int keyClear(CliContext &ctx)
{
    const auto r = runKeyOperation(
        [&](ApiKeyStore &keys, QObject *c, ApiKeyStore::Callback done) { keys.clear(ctx.options.baseUrl, c, done); });
    if (!r.ok())
        return ctx.fail(ExitInternal, r.message);
    if (ctx.options.json)
        printJson(ctx,
                  {{QStringLiteral("cleared"), true},
                   {QStringLiteral("account"), ApiKeyStore::accountFor(ctx.options.baseUrl)}});
    else
        ctx.out() << "Removed the API key for " << ApiKeyStore::accountFor(ctx.options.baseUrl) << " from the keychain."
                  << Qt::endl;
    if (!qEnvironmentVariable("MISTRAL_API_KEY").trimmed().isEmpty())
        ctx.note(QStringLiteral("note: MISTRAL_API_KEY is still set in this environment."));
    return ExitOk;
}

int keyVerify(CliContext &ctx, const QStringList &args)
{
    QString probeModel;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--model") && i + 1 < args.size())
            probeModel = args.at(++i);
        else if (args.at(i).startsWith(QLatin1String("--model=")))
            probeModel = args.at(i).mid(8);
        else
            return ctx.fail(
                ExitUsage,
                QStringLiteral("key verify: unexpected \"%1\" (usage: key verify [--model M])").arg(args.at(i)));
    }
    QString source;
    const QString key = ctx.apiKey(&source);
    if (key.isEmpty())
        return ctx.fail(ExitAuth,
                        QStringLiteral("no API key to verify: set MISTRAL_API_KEY or run \"rostrum-cli key set\""));
    const QString warning = ApiKeyStore::formatWarning(key);
    if (!warning.isEmpty())
        ctx.note(QStringLiteral("warning: ") + warning); // an odd-looking key may still work: warn, never refuse
    ctx.verbose(QStringLiteral("verifying the key %1 (%2) against %3")
                    .arg(Redaction::mask(key), source, ctx.options.baseUrl.toString()));

    CliServices services(ctx, key, CliServices::Storage::None);
    KeyVerifier verifier(services.client(), services.clock());
    RetryPolicy::Config retry;
    retry.maxRetries = ctx.options.maxRetries;
    verifier.setRetryConfig(retry);
    if (!probeModel.isEmpty())
        verifier.setProbeModel(probeModel);

    QEventLoop loop; // the command's only loop (see runKeyOperation)
    std::optional<KeyVerifier::Result> result;
    QObject::connect(&verifier, &KeyVerifier::progress, &loop, [&ctx](const QString &m) { ctx.verbose(m); });
    QObject::connect(&verifier, &KeyVerifier::finished, &loop, [&](const KeyVerifier::Result &r) {
        result = r;
        loop.quit();
    });
    verifier.verify();
    if (!result)
        loop.exec();

    int code = ExitOk;
    switch (result->outcome) {
    case KeyVerifier::Outcome::Valid:
        code = ExitOk;
        break;
    case KeyVerifier::Outcome::InvalidKey:
        code = ExitAuth;
        break;
    case KeyVerifier::Outcome::NoPayment:
        code = ExitPlan;
        break;
    case KeyVerifier::Outcome::Network:
    case KeyVerifier::Outcome::Server:
        code = ExitGaveUp;
        break;
    }
    if (ctx.options.json) {
        QJsonObject o {{QStringLiteral("outcome"), KeyVerifier::outcomeName(result->outcome)},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("models"), result->modelCount},
                       {QStringLiteral("attempts"), result->attempts},
                       {QStringLiteral("message"), Redaction::redact(result->message)}};
        o.insert(QStringLiteral("probe_model"),
                 result->probeModel.isEmpty() ? QJsonValue() : QJsonValue(result->probeModel));
        o.insert(QStringLiteral("status"),
                 result->error.httpStatus ? QJsonValue(result->error.httpStatus) : QJsonValue());
        printJson(ctx, o);
    } else if (code == ExitOk) {
        ctx.out() << result->message << Qt::endl;
    }
    if (code != ExitOk)
        return ctx.fail(code, result->message);
    return ExitOk;
}

} // namespace

int runKey(CliContext &ctx)
{
    const QString sub = ctx.commandArgs.value(0);
    const QStringList rest = ctx.commandArgs.mid(1);
    if (sub == QLatin1String("set")) {
        if (!rest.isEmpty())
            return ctx.fail(ExitUsage,
                            QStringLiteral("key set takes no argument: the key is read from stdin, never from "
                                           "the command line (it would show in the process list and shell "
                                           "history)"));
        return keySet(ctx);
    }
    if (sub == QLatin1String("status") && rest.isEmpty())
        return keyStatus(ctx);
    if (sub == QLatin1String("clear") && rest.isEmpty())
        return keyClear(ctx);
    if (sub == QLatin1String("verify"))
        return keyVerify(ctx, rest);
    return ctx.fail(ExitUsage, QStringLiteral("usage: key set | key verify [--model M] | key status | key clear"));
}

} // namespace rostrum::cli
