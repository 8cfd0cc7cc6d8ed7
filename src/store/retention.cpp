// SPDX-License-Identifier: MIT
#include "retention.h"

#include "candlestore.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace perp::store {

namespace {

struct Target
{
    std::string name;
    QString table;
    QString timeColumn;
    QString extraCondition; // ANDed, e.g. the timeframe of a candle table
};

const std::vector<Target>& targets()
{
    static const std::vector<Target> all = [] {
        std::vector<Target> t;
        for (Timeframe tf : kAllTimeframes)
            t.push_back({"candles." + std::string(timeframeName(tf)), QStringLiteral("candles"),
                QStringLiteral("open_time"),
                QStringLiteral(" AND tf_minutes = %1").arg(timeframeMinutes(tf))});
        for (const char* table :
            {"liquidations", "open_interest", "funding", "bias_history", "signal_history", "alert_log"})
            t.push_back({table, QString::fromLatin1(table), QStringLiteral("time"), {}});
        return t;
    }();
    return all;
}

} // namespace

const std::vector<std::string>& RetentionPolicy::names()
{
    static const std::vector<std::string> n = [] {
        std::vector<std::string> v;
        for (const Target& t : targets())
            v.push_back(t.name);
        return v;
    }();
    return n;
}

RetentionPolicy RetentionPolicy::defaults()
{
    RetentionPolicy p;
    for (const std::string& n : names())
        p.maxAge[n] = std::nullopt;
    p.maxAge["candles.1m"] = 400 * kDayMs;
    p.maxAge["candles.5m"] = 800 * kDayMs;
    p.maxAge["liquidations"] = 400 * kDayMs;
    p.maxAge["open_interest"] = 400 * kDayMs;
    p.maxAge["funding"] = 800 * kDayMs;
    p.maxAge["bias_history"] = 90 * kDayMs; // 21 symbols x 3 modes per cycle: ~100k rows, 5 MB a day
    p.maxAge["signal_history"] = 14 * kDayMs; // 25 categories x 21 x 3 modes: sample every 5 min
    p.maxAge["alert_log"] = 365 * kDayMs;
    return p;
}

RetentionPolicy Retention::policy()
{
    RetentionPolicy p = RetentionPolicy::defaults();
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name, max_age_ms FROM retention")))
        while (q.next()) {
            const std::string name = q.value(0).toString().toStdString();
            if (!p.maxAge.contains(name))
                continue;
            p.maxAge[name]
                = q.value(1).isNull() ? std::nullopt : std::optional<TimeMs>(q.value(1).toLongLong());
        }
    return p;
}

bool Retention::setPolicy(const RetentionPolicy& policy, QString* error)
{
    const auto& known = RetentionPolicy::names();
    for (const auto& [name, age] : policy.maxAge) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            if (error)
                *error = QStringLiteral("unknown retention name '%1'").arg(QString::fromStdString(name));
            return false;
        }
        if (age && *age <= 0) {
            if (error)
                *error
                    = QStringLiteral("retention of '%1' must be positive").arg(QString::fromStdString(name));
            return false;
        }
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO retention (name, max_age_ms) VALUES (?, ?)"));
    for (const auto& [name, age] : policy.maxAge) {
        q.bindValue(0, QString::fromStdString(name));
        q.bindValue(1, age ? QVariant(qint64(*age)) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec()) {
            if (error)
                *error = sqlError(q, QStringLiteral("storing retention"));
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

PruneResult Retention::prune(TimeMs now)
{
    PruneResult result;
    const RetentionPolicy p = policy();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    for (const Target& t : targets()) {
        const auto& age = p.maxAge.at(t.name);
        if (!age)
            continue;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("DELETE FROM %1 WHERE %2 < ?%3").arg(t.table, t.timeColumn, t.extraCondition));
        q.addBindValue(qint64(now - *age));
        if (!q.exec()) {
            result.error = sqlError(q, QStringLiteral("pruning %1").arg(QString::fromStdString(t.name)));
            return result;
        }
        result.deleted[t.name] = q.numRowsAffected();
    }
    if (!tx.commit())
        result.error = tx.error();
    return result;
}

} // namespace perp::store
