// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <vector>

namespace perp::cli {

// One `perpscope-cli <name> ...` sub-command. Each lives in its own file and
// registers itself with PERP_CLI_COMMAND, so adding one touches nothing else.
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args); // args[0] is "perpscope-cli <name>"
};

std::vector<Command>& commands();
bool registerCommand(Command c);

} // namespace perp::cli

#define PERP_CLI_COMMAND(name, summary, fn)                                                                  \
    namespace {                                                                                              \
    const bool registered_##fn = perp::cli::registerCommand({name, summary, fn});                            \
    }
