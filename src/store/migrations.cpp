// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace perp::store {

// Prices and quantities are the raw integers of perp::Price / perp::Qty
// (fixed point, 8 and 6 decimals): exact, and compact in SQLite.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps {
        {1, "market history: symbols, candles, liquidations, open interest, funding",
            {
                "CREATE TABLE symbols (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                "CREATE TABLE candles (symbol INTEGER NOT NULL, tf_minutes INTEGER NOT NULL, "
                "open_time INTEGER NOT NULL, open INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT "
                "NULL, "
                "close INTEGER NOT NULL, volume INTEGER NOT NULL, buy_volume INTEGER NOT NULL, "
                "sell_volume INTEGER NOT NULL, trades INTEGER NOT NULL, "
                "PRIMARY KEY (symbol, tf_minutes, open_time)) WITHOUT ROWID",
                "CREATE TABLE liquidations (id INTEGER PRIMARY KEY, symbol INTEGER NOT NULL, time INTEGER "
                "NOT NULL, "
                "price INTEGER NOT NULL, qty INTEGER NOT NULL, side INTEGER NOT NULL)",
                "CREATE INDEX liquidations_by_time ON liquidations (symbol, time)",
                "CREATE TABLE open_interest (symbol INTEGER NOT NULL, time INTEGER NOT NULL, oi INTEGER NOT "
                "NULL, "
                "PRIMARY KEY (symbol, time)) WITHOUT ROWID",
                "CREATE TABLE funding (symbol INTEGER NOT NULL, time INTEGER NOT NULL, rate REAL NOT NULL, "
                "mark INTEGER NOT NULL, PRIMARY KEY (symbol, time)) WITHOUT ROWID",
            }},
        {2, "liquidation venue; bias and signal history",
            {
                "ALTER TABLE liquidations ADD COLUMN venue INTEGER NOT NULL DEFAULT 0",
                "CREATE TABLE bias_history (symbol INTEGER NOT NULL, mode TEXT NOT NULL, time INTEGER NOT "
                "NULL, "
                "bias REAL NOT NULL, confidence REAL NOT NULL, state TEXT NOT NULL, "
                "PRIMARY KEY (symbol, mode, time)) WITHOUT ROWID",
                "CREATE TABLE signal_history (symbol INTEGER NOT NULL, mode TEXT NOT NULL, time INTEGER NOT "
                "NULL, "
                "category TEXT NOT NULL, value REAL NOT NULL, state TEXT NOT NULL, "
                "PRIMARY KEY (symbol, mode, category, time)) WITHOUT ROWID",
            }},
        {3, "zones, alert rules and log, learner state, retention settings",
            {
                "CREATE TABLE blobs (area TEXT NOT NULL, key TEXT NOT NULL, updated INTEGER NOT NULL, "
                "data BLOB NOT NULL, PRIMARY KEY (area, key)) WITHOUT ROWID",
                "CREATE TABLE alert_rules (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT "
                "NULL, "
                "updated INTEGER NOT NULL)",
                "CREATE TABLE alert_log (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, rule TEXT NOT NULL, "
                "symbol TEXT NOT NULL, mode TEXT NOT NULL, value REAL NOT NULL, threshold REAL NOT NULL, "
                "message TEXT NOT NULL, replay INTEGER NOT NULL, acknowledged INTEGER NOT NULL DEFAULT 0)",
                "CREATE INDEX alert_log_by_time ON alert_log (time)",
                "CREATE TABLE retention (name TEXT PRIMARY KEY, max_age_ms INTEGER)",
            }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

int currentSchemaVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"))
        || !q.next())
        return 0;
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase& db, int target, QString* error)
{
    if (!execSql(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                           "applied INTEGER NOT NULL, description TEXT NOT NULL)"),
            error))
        return false;
    const int current = currentSchemaVersion(db);
    if (current > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral("database schema version %1 is newer than this build supports (%2)")
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        if (!tx.ok()) {
            if (error)
                *error = tx.error();
            return false;
        }
        for (const char* sql : m.statements) {
            QString e;
            if (!execSql(db, QString::fromUtf8(sql), &e)) {
                if (error)
                    *error = QStringLiteral("migration to version %1 failed: %2").arg(m.version).arg(e);
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied, description) "
                                 "VALUES (?, strftime('%s','now') * 1000, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromUtf8(m.description));
        if (!q.exec() || !tx.commit()) {
            if (error)
                *error = sqlError(q, QStringLiteral("recording schema version %1").arg(m.version));
            return false;
        }
    }
    return true;
}

} // namespace perp::store
