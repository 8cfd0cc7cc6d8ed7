// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace perp::store {

namespace {

// Runs `sql` once per row inside one transaction; `bind` binds row i.
template <typename Row>
bool writeRows(Database& db, const QString& sql, std::span<const Row> rows,
    const std::function<bool(QSqlQuery&, const Row&, QString*)>& bind, QString* error)
{
    if (rows.empty())
        return true;
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(conn);
    if (!q.prepare(sql)) {
        if (error)
            *error = sqlError(q, sql);
        return false;
    }
    for (const Row& r : rows) {
        if (!bind(q, r, error))
            return false;
        if (!q.exec()) {
            if (error)
                *error = sqlError(q, sql.section(QLatin1Char(' '), 0, 2));
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

QSqlQuery select(Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.exec();
    return q;
}

} // namespace

bool HistoryStore::addLiquidations(std::span<const LiquidationRecord> rows, QString* error)
{
    return writeRows<LiquidationRecord>(
        m_db,
        QStringLiteral(
            "INSERT INTO liquidations (symbol, time, price, qty, side, venue) VALUES (?, ?, ?, ?, ?, ?)"),
        rows,
        [this](QSqlQuery& q, const LiquidationRecord& r, QString* e) {
            const auto key = m_db.symbolKey(r.symbol, e);
            if (!key)
                return false;
            q.bindValue(0, *key);
            q.bindValue(1, qint64(r.time));
            q.bindValue(2, qint64(r.price.raw));
            q.bindValue(3, qint64(r.qty.raw));
            q.bindValue(4, int(r.liquidated));
            q.bindValue(5, int(r.venue));
            return true;
        },
        error);
}

std::vector<LiquidationRecord> HistoryStore::liquidations(SymbolId symbol, TimeMs from, TimeMs to)
{
    std::vector<LiquidationRecord> out;
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return out;
    QSqlQuery q = select(m_db,
        QStringLiteral("SELECT time, price, qty, side, venue FROM liquidations "
                       "WHERE symbol = ? AND time >= ? AND time < ? ORDER BY time, id"),
        {*key, qint64(from), qint64(to)});
    while (q.next())
        out.push_back({symbol, q.value(0).toLongLong(), Price::fromRaw(q.value(1).toLongLong()),
            Qty::fromRaw(q.value(2).toLongLong()),
            q.value(3).toInt() > 0 ? PositionSide::Long : PositionSide::Short,
            static_cast<Venue>(q.value(4).toInt())});
    return out;
}

bool HistoryStore::addOpenInterest(SymbolId symbol, std::span<const OpenInterestPoint> rows, QString* error)
{
    const auto key = m_db.symbolKey(symbol, error);
    if (!key)
        return false;
    return writeRows<OpenInterestPoint>(
        m_db, QStringLiteral("INSERT OR REPLACE INTO open_interest (symbol, time, oi) VALUES (?, ?, ?)"),
        rows,
        [&](QSqlQuery& q, const OpenInterestPoint& r, QString*) {
            q.bindValue(0, *key);
            q.bindValue(1, qint64(r.time));
            q.bindValue(2, qint64(r.openInterest.raw));
            return true;
        },
        error);
}

std::vector<OpenInterestPoint> HistoryStore::openInterest(SymbolId symbol, TimeMs from, TimeMs to)
{
    std::vector<OpenInterestPoint> out;
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return out;
    QSqlQuery q = select(m_db,
        QStringLiteral(
            "SELECT time, oi FROM open_interest WHERE symbol = ? AND time >= ? AND time < ? ORDER BY time"),
        {*key, qint64(from), qint64(to)});
    while (q.next())
        out.push_back({q.value(0).toLongLong(), Qty::fromRaw(q.value(1).toLongLong())});
    return out;
}

bool HistoryStore::addFunding(SymbolId symbol, std::span<const FundingPoint> rows, QString* error)
{
    const auto key = m_db.symbolKey(symbol, error);
    if (!key)
        return false;
    return writeRows<FundingPoint>(
        m_db, QStringLiteral("INSERT OR REPLACE INTO funding (symbol, time, rate, mark) VALUES (?, ?, ?, ?)"),
        rows,
        [&](QSqlQuery& q, const FundingPoint& r, QString*) {
            q.bindValue(0, *key);
            q.bindValue(1, qint64(r.time));
            q.bindValue(2, r.rate);
            q.bindValue(3, qint64(r.mark.raw));
            return true;
        },
        error);
}

std::vector<FundingPoint> HistoryStore::funding(SymbolId symbol, TimeMs from, TimeMs to)
{
    std::vector<FundingPoint> out;
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return out;
    QSqlQuery q = select(m_db,
        QStringLiteral("SELECT time, rate, mark FROM funding WHERE symbol = ? AND time >= ? "
                       "AND time < ? ORDER BY time"),
        {*key, qint64(from), qint64(to)});
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), q.value(1).toDouble(), Price::fromRaw(q.value(2).toLongLong())});
    return out;
}

bool HistoryStore::addBias(std::span<const BiasRecord> rows, QString* error)
{
    return writeRows<BiasRecord>(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO bias_history (symbol, mode, time, bias, confidence, state) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        rows,
        [this](QSqlQuery& q, const BiasRecord& r, QString* e) {
            const auto key = m_db.symbolKey(r.symbol, e);
            if (!key)
                return false;
            q.bindValue(0, *key);
            q.bindValue(1, QString::fromStdString(r.mode));
            q.bindValue(2, qint64(r.time));
            q.bindValue(3, r.bias);
            q.bindValue(4, r.confidence);
            q.bindValue(5, QString::fromStdString(r.state));
            return true;
        },
        error);
}

std::vector<BiasRecord> HistoryStore::biasHistory(
    SymbolId symbol, const std::string& mode, TimeMs from, TimeMs to)
{
    std::vector<BiasRecord> out;
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return out;
    QSqlQuery q = select(m_db,
        QStringLiteral("SELECT time, bias, confidence, state FROM bias_history WHERE symbol = ? "
                       "AND mode = ? AND time >= ? AND time < ? ORDER BY time"),
        {*key, QString::fromStdString(mode), qint64(from), qint64(to)});
    while (q.next())
        out.push_back({symbol, mode, q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble(),
            q.value(3).toString().toStdString()});
    return out;
}

bool HistoryStore::addSignals(std::span<const SignalRecord> rows, QString* error)
{
    return writeRows<SignalRecord>(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO signal_history (symbol, mode, time, category, value, state) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        rows,
        [this](QSqlQuery& q, const SignalRecord& r, QString* e) {
            const auto key = m_db.symbolKey(r.symbol, e);
            if (!key)
                return false;
            q.bindValue(0, *key);
            q.bindValue(1, QString::fromStdString(r.mode));
            q.bindValue(2, qint64(r.time));
            q.bindValue(3, QString::fromStdString(r.category));
            q.bindValue(4, r.value);
            q.bindValue(5, QString::fromStdString(r.state));
            return true;
        },
        error);
}

std::vector<SignalRecord> HistoryStore::signalHistory(
    SymbolId symbol, const std::string& mode, TimeMs from, TimeMs to)
{
    std::vector<SignalRecord> out;
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return out;
    QSqlQuery q = select(m_db,
        QStringLiteral("SELECT time, category, value, state FROM signal_history WHERE symbol = ? "
                       "AND mode = ? AND time >= ? AND time < ? ORDER BY time, category"),
        {*key, QString::fromStdString(mode), qint64(from), qint64(to)});
    while (q.next())
        out.push_back({symbol, mode, q.value(0).toLongLong(), q.value(1).toString().toStdString(),
            q.value(2).toDouble(), q.value(3).toString().toStdString()});
    return out;
}

} // namespace perp::store
