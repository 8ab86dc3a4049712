#pragma once

#include "ExitCode.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <optional>

namespace rostrum::cli {

// The global options of rostrum-cli, parsed once, plus the output channels every command uses.
struct GlobalOptions
{
    QUrl baseUrl;
    QString dataDir;
    QString tier = QStringLiteral("auto");
    std::optional<int> rpm;
    std::optional<int> tpm;
    std::optional<double> rps;
    int maxRetries = 5;
    int timeoutSeconds = 60;
    bool noCache = false;
    bool json = false;
    int verbosity = 0; // -1 quiet, 0 normal, 1 verbose
};

class CliContext
{
public:
    GlobalOptions options;
    QString command;
    QStringList commandArgs; // what follows the command, global options removed

    QTextStream &out();
    QTextStream &err();

    // Prints the one clear stderr line the contract promises for every non-zero exit.
    int fail(int code, const QString &message);
    // Diagnostics on stderr, shown with -v only.
    void verbose(const QString &message);
    // Progress and notes on stderr, hidden with -q.
    void note(const QString &message);

    // The API key: MISTRAL_API_KEY wins for this process, else the OS keychain. Empty when none.
    // source is set to "environment", "keychain" or "none".
    QString apiKey(QString *source = nullptr);
    // Fails (exit 3) with the line that says where a key comes from, for a command that needs one.
    int failNoKey();

    // Parses argv (without argv[0]). Returns an exit code on error, std::nullopt on success.
    std::optional<int> parse(const QStringList &args);
};

} // namespace rostrum::cli
