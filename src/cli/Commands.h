#pragma once

#include "CliContext.h"

#include <QList>

namespace rostrum::cli {

// One entry per rostrum-cli command. Each command lives in its own file (ChatCommand.cpp, ...)
// and is listed once in Commands.cpp. A command without run is not available yet.
struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(CliContext &ctx);
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

} // namespace rostrum::cli
