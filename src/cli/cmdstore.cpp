// SPDX-License-Identifier: MIT
// perpscope-cli store: look at and maintain the local history database.
#include "command.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/retention.h"

#include <QCommandLineParser>
#include <QSqlQuery>
#include <QTextStream>

namespace {

using namespace perp;
using namespace perp::store;

int fail(const QString& text)
{
    QTextStream(stderr) << "perpscope-cli store: " << text << "\n";
    return 2;
}

QString ageText(const std::optional<TimeMs>& age)
{
    return age ? QStringLiteral("%1 days").arg(double(*age) / double(kDayMs)) : QStringLiteral("forever");
}

int info(Database& db, QTextStream& out)
{
    out << "database: " << db.path() << "\n";
    out << "schema version: " << db.schemaVersion() << " (this build: " << latestSchemaVersion() << ")\n";
    QSqlQuery q(db.connection());
    for (const char* table : {"candles", "liquidations", "open_interest", "funding", "bias_history",
             "signal_history", "blobs", "alert_rules", "alert_log"}) {
        const bool ok
            = q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next();
        out << "  " << QString::fromLatin1(table).leftJustified(16) << (ok ? q.value(0).toLongLong() : -1)
            << " rows\n";
    }
    out << "retention:\n";
    for (const auto& [name, age] : Retention(db).policy().maxAge)
        out << "  " << QString::fromStdString(name).leftJustified(16) << ageText(age) << "\n";
    return 0;
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Local history database.\n"
                       "  info                      tables, row counts, schema version, retention\n"
                       "  prune                     delete rows older than the retention policy\n"
                       "  retention NAME DAYS|forever   set how long NAME is kept (see info for names)"));
    p.addHelpOption();
    p.addOption({QStringLiteral("data-dir"),
        QStringLiteral("Keep the database in DIR (default: the platform's "
                       "application data directory)."),
        QStringLiteral("DIR")});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("info, prune or retention"));
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("info"));
    QString error;
    const QString dir = resolveDataDir(p.value(QStringLiteral("data-dir")), &error);
    if (dir.isEmpty())
        return fail(error);
    Database db(databasePath(dir));
    if (!db.open(&error))
        return fail(error);
    QTextStream out(stdout);
    if (action == QLatin1String("info"))
        return info(db, out);
    if (action == QLatin1String("prune")) {
        const PruneResult r = Retention(db).prune(nowUs() / 1000);
        if (!r.ok())
            return fail(r.error);
        for (const auto& [name, rows] : r.deleted)
            out << QString::fromStdString(name).leftJustified(16) << rows << " rows deleted\n";
        return 0;
    }
    if (action == QLatin1String("retention")) {
        if (pos.size() != 3)
            return fail(QStringLiteral("usage: retention NAME DAYS|forever"));
        RetentionPolicy policy;
        bool ok = true;
        const double days = pos[2].toDouble(&ok);
        if (pos[2] == QLatin1String("forever"))
            policy.maxAge[pos[1].toStdString()] = std::nullopt;
        else if (ok && days > 0)
            policy.maxAge[pos[1].toStdString()] = TimeMs(days * double(kDayMs));
        else
            return fail(
                QStringLiteral("'%1' is neither a positive number of days nor 'forever'").arg(pos[2]));
        if (!Retention(db).setPolicy(policy, &error))
            return fail(error);
        out << pos[1] << " kept " << ageText(Retention(db).policy().maxAge.at(pos[1].toStdString())) << "\n";
        return 0;
    }
    return fail(QStringLiteral("unknown action '%1' (info, prune, retention)").arg(action));
}

} // namespace

PERP_CLI_COMMAND("store", "Local history database: info, prune, retention", run)
