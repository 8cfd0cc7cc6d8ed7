// SPDX-License-Identifier: MIT
// perpscope-cli alerts: check, import and export alert rules; print the alert log.
#include "command.h"

#include "store/alertjson.h"
#include "store/alertrulesjson.h"
#include "store/alertstore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace {

using namespace perp;
using namespace perp::store;

int fail(const QString& text, int code = 2)
{
    QTextStream(stderr) << "perpscope-cli alerts: " << text << "\n";
    return code;
}

void list(const std::vector<alerts::Rule>& rules, QTextStream& out)
{
    for (const auto& r : rules)
        out << "  " << QString::fromStdString(r.id).leftJustified(24) << " "
            << QString::fromStdString(r.symbol).leftJustified(9) << " "
            << QString::fromStdString(alerts::usesMode(r.condition.kind) ? r.mode : "-").leftJustified(6)
            << " " << QString::fromLatin1(alerts::kindName(r.condition.kind)).leftJustified(21) << " "
            << QString::fromLatin1(alerts::triggerName(r.trigger)) << (r.enabled ? "" : " (disabled)")
            << "\n";
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Alert rules (JSON, see resources/alerts/example-rules.json).\n"
                       "  check FILE    validate a rules file; on error name the rule, field or position\n"
                       "  import FILE   replace the stored rules with FILE (a bad file changes nothing)\n"
                       "  export FILE   write the stored rules to FILE\n"
                       "  log           print the alert log, newest first, one JSON object per line"));
    p.addHelpOption();
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Database directory (import, export, log)."),
        QStringLiteral("DIR")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("Entries of the log to print (default 100)."),
        QStringLiteral("N"), QStringLiteral("100")});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check, import, export or log"));
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    QTextStream out(stdout);
    if ((action == QLatin1String("check") || action == QLatin1String("import")
            || action == QLatin1String("export"))
        && pos.size() != 2)
        return fail(QStringLiteral("usage: %1 FILE").arg(action));
    if (action == QLatin1String("check")) {
        const auto res = importRulesFile(pos[1]);
        if (!res.ok())
            return fail(res.error, 1);
        out << pos[1] << ": " << res.rules.size() << " rules OK\n";
        list(res.rules, out);
        return 0;
    }
    if (action != QLatin1String("import") && action != QLatin1String("export")
        && action != QLatin1String("log"))
        return fail(QStringLiteral("unknown action '%1' (check, import, export, log)").arg(action));

    QString error;
    const QString dir = resolveDataDir(p.value(QStringLiteral("data-dir")), &error);
    if (dir.isEmpty())
        return fail(error);
    Database db(databasePath(dir));
    if (!db.open(&error))
        return fail(error);
    AlertStore store(db);
    if (action == QLatin1String("import")) {
        const auto res = importRulesFile(pos[1]);
        if (!res.ok())
            return fail(res.error + QStringLiteral("\nThe stored rules were not changed."), 1);
        const std::vector<StoredRule> rows = rulesForStore(res.rules);
        if (!store.replaceRules(rows, nowUs() / 1000, &error))
            return fail(error);
        out << "imported " << rows.size() << " rules into " << db.path() << "\n";
        return 0;
    }
    if (action == QLatin1String("export")) {
        const RulesParseResult stored = rulesFromStore(store.rules());
        if (!stored.ok())
            return fail(stored.error);
        const std::vector<alerts::Rule>& rules = stored.rules;
        if (!exportRulesFile(pos[1], rules, &error))
            return fail(error);
        out << "exported " << rules.size() << " rules to " << pos[1] << "\n";
        return 0;
    }
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(QStringLiteral("--limit '%1' must be a positive whole number")
                        .arg(p.value(QStringLiteral("limit"))));
    for (const auto& a : store.history(std::size_t(limit)))
        out << QJsonDocument(alertToJson(a)).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace

PERP_CLI_COMMAND("alerts", "Alert rules: check, import, export; the alert log", run)
