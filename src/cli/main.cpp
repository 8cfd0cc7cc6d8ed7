// SPDX-License-Identifier: MIT
#include "command.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <cstring>

namespace perp::cli {

std::vector<Command>& commands()
{
    static std::vector<Command> list;
    return list;
}

bool registerCommand(Command c)
{
    commands().push_back(c);
    return true;
}

} // namespace perp::cli

namespace {

int usage(QTextStream& out)
{
    out << "Usage: perpscope-cli <command> [options]\n\nThe headless PerpScope engine.\n\nCommands:\n";
    auto list = perp::cli::commands();
    std::sort(list.begin(), list.end(),
        [](const auto& a, const auto& b) { return std::strcmp(a.name, b.name) < 0; });
    for (const auto& c : list)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << "\n";
    out << "\nRun 'perpscope-cli <command> --help' for a command's options.\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("perpscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERPSCOPE_VERSION));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == "--help" || args[1] == "-h" || args[1] == "help")
        return usage(out);
    if (args[1] == "--version") {
        out << "perpscope-cli " << PERPSCOPE_VERSION << "\n";
        return 0;
    }
    for (const auto& c : perp::cli::commands()) {
        if (args[1] == QLatin1String(c.name)) {
            QStringList sub = args.mid(1);
            sub[0] = QStringLiteral("perpscope-cli ") + sub[0];
            return c.run(sub);
        }
    }
    QTextStream(stderr) << "perpscope-cli: unknown command '" << args[1] << "'\n";
    usage(out);
    return 2;
}
