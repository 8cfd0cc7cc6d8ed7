// SPDX-License-Identifier: MIT
#include "alertstore.h"

#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace perp::store {

bool AlertStore::replaceRules(std::span<const StoredRule> rules, TimeMs now, QString* error)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok() || !execSql(db, QStringLiteral("DELETE FROM alert_rules"), error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO alert_rules (id, position, json, updated) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const StoredRule& r : rules) {
        q.bindValue(0, r.id);
        q.bindValue(1, position++);
        q.bindValue(2, QString::fromUtf8(r.json));
        q.bindValue(3, qint64(now));
        if (!q.exec()) {
            if (error)
                *error = sqlError(q, QStringLiteral("storing alert rule '%1'").arg(r.id));
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

std::vector<StoredRule> AlertStore::rules()
{
    std::vector<StoredRule> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, json FROM alert_rules ORDER BY position")))
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString().toUtf8()});
    return out;
}

bool AlertStore::log(std::span<alerts::FiredAlert> fired, QString* error)
{
    if (fired.empty())
        return true;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO alert_log (time, rule, symbol, mode, value, threshold, message, replay, "
                       "acknowledged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (alerts::FiredAlert& a : fired) {
        q.bindValue(0, qint64(a.time));
        q.bindValue(1, QString::fromStdString(a.rule));
        q.bindValue(2, QString::fromStdString(a.symbol));
        q.bindValue(3, QString::fromStdString(a.mode));
        q.bindValue(4, a.value);
        q.bindValue(5, a.threshold);
        q.bindValue(6, QString::fromStdString(a.message));
        q.bindValue(7, a.replay ? 1 : 0);
        q.bindValue(8, a.acknowledged ? 1 : 0);
        if (!q.exec()) {
            if (error)
                *error = sqlError(q, QStringLiteral("logging alert"));
            return false;
        }
        a.id = q.lastInsertId().toLongLong();
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

std::vector<alerts::FiredAlert> AlertStore::history(std::size_t limit, bool unacknowledgedOnly)
{
    std::vector<alerts::FiredAlert> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, time, rule, symbol, mode, value, threshold, message, replay, acknowledged "
                       "FROM alert_log %1 ORDER BY time DESC, id DESC LIMIT ?")
            .arg(unacknowledgedOnly ? QStringLiteral("WHERE acknowledged = 0") : QString()));
    q.addBindValue(qint64(limit));
    if (!q.exec())
        return out;
    while (q.next()) {
        alerts::FiredAlert a;
        a.id = q.value(0).toLongLong();
        a.time = q.value(1).toLongLong();
        a.rule = q.value(2).toString().toStdString();
        a.symbol = q.value(3).toString().toStdString();
        a.mode = q.value(4).toString().toStdString();
        a.value = q.value(5).toDouble();
        a.threshold = q.value(6).toDouble();
        a.message = q.value(7).toString().toStdString();
        a.replay = q.value(8).toInt() != 0;
        a.acknowledged = q.value(9).toInt() != 0;
        out.push_back(std::move(a));
    }
    return out;
}

bool AlertStore::acknowledge(std::int64_t id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE alert_log SET acknowledged = 1 WHERE id = ?"));
    q.addBindValue(qint64(id));
    return q.exec() && q.numRowsAffected() > 0;
}

bool AlertStore::acknowledgeAll()
{
    QSqlDatabase db = m_db.connection();
    return execSql(db, QStringLiteral("UPDATE alert_log SET acknowledged = 1 WHERE acknowledged = 0"));
}

} // namespace perp::store
