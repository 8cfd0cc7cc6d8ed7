// SPDX-License-Identifier: MIT
#include "candlestore.h"

#include "candlereader.h"
#include "sqlutil.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace perp::store {

int timeframeMinutes(Timeframe tf)
{
    return static_cast<int>(timeframeMs(tf) / kMinuteMs);
}

bool CandleStore::upsert(SymbolId symbol, Timeframe tf, std::span<const Candle> candles, QString* error)
{
    std::vector<CandleRow> rows;
    rows.reserve(candles.size());
    for (const Candle& c : candles)
        rows.push_back({symbol, tf, c});
    return upsert(rows, error);
}

bool CandleStore::upsert(std::span<const CandleRow> rows, QString* error)
{
    if (rows.empty())
        return true;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO candles (symbol, tf_minutes, open_time, open, high, low, close, volume, buy_volume, "
        "sell_volume, trades) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(symbol, tf_minutes, open_time) DO UPDATE SET open=excluded.open, high=excluded.high, "
        "low=excluded.low, close=excluded.close, volume=excluded.volume, buy_volume=excluded.buy_volume, "
        "sell_volume=excluded.sell_volume, trades=excluded.trades"));
    for (const CandleRow& row : rows) {
        const auto key = m_db.symbolKey(row.symbol, error);
        if (!key)
            return false;
        const Candle& c = row.candle;
        q.bindValue(0, *key);
        q.bindValue(1, timeframeMinutes(row.timeframe));
        q.bindValue(2, qint64(c.openTime));
        q.bindValue(3, qint64(c.open.raw));
        q.bindValue(4, qint64(c.high.raw));
        q.bindValue(5, qint64(c.low.raw));
        q.bindValue(6, qint64(c.close.raw));
        q.bindValue(7, qint64(c.volume.raw));
        q.bindValue(8, qint64(c.buyVolume.raw));
        q.bindValue(9, qint64(c.sellVolume.raw));
        q.bindValue(10, qint64(c.trades));
        if (!q.exec()) {
            if (error)
                *error = sqlError(q, QStringLiteral("upserting candle"));
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

namespace {

std::vector<Candle> readCandles(QSqlQuery& q, std::size_t reserve)
{
    std::vector<Candle> out;
    out.reserve(reserve);
    while (q.next()) {
        Candle c;
        c.openTime = q.value(0).toLongLong();
        c.open = Price::fromRaw(q.value(1).toLongLong());
        c.high = Price::fromRaw(q.value(2).toLongLong());
        c.low = Price::fromRaw(q.value(3).toLongLong());
        c.close = Price::fromRaw(q.value(4).toLongLong());
        c.volume = Qty::fromRaw(q.value(5).toLongLong());
        c.buyVolume = Qty::fromRaw(q.value(6).toLongLong());
        c.sellVolume = Qty::fromRaw(q.value(7).toLongLong());
        c.trades = static_cast<std::uint32_t>(q.value(8).toLongLong());
        out.push_back(c);
    }
    return out;
}

const QString kColumns = QStringLiteral(
    "SELECT open_time, open, high, low, close, volume, buy_volume, sell_volume, trades FROM candles ");

} // namespace

std::vector<Candle> CandleStore::load(SymbolId symbol, Timeframe tf, TimeMs from, TimeMs to, QString* error)
{
    const auto key = m_db.symbolKey(symbol, error);
    if (!key)
        return {};
    const double span = std::clamp(double(to) - double(from), 0.0, double(400 * kDayMs)); // no overflow
    const auto reserve = static_cast<std::size_t>(span / double(timeframeMs(tf))) + 1;
    QSqlDatabase db = m_db.connection();
    if (auto direct = readCandlesDirect(db, *key, timeframeMinutes(tf), from, to, reserve, error))
        return std::move(*direct);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kColumns
        + QStringLiteral("WHERE symbol = ? AND tf_minutes = ? AND open_time >= ? AND open_time < ? "
                         "ORDER BY open_time"));
    q.addBindValue(*key);
    q.addBindValue(timeframeMinutes(tf));
    q.addBindValue(qint64(from));
    q.addBindValue(qint64(to));
    if (!q.exec()) {
        if (error)
            *error = sqlError(q, QStringLiteral("loading candles"));
        return {};
    }
    return readCandles(q, reserve);
}

std::vector<Candle> CandleStore::loadLatest(SymbolId symbol, Timeframe tf, std::size_t count, QString* error)
{
    const auto key = m_db.symbolKey(symbol, error);
    if (!key || count == 0)
        return {};
    // The open time of the count-th newest candle, then one range read (the fast path).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT open_time FROM candles WHERE symbol = ? AND tf_minutes = ? "
                             "ORDER BY open_time DESC LIMIT 1 OFFSET ?"));
    q.addBindValue(*key);
    q.addBindValue(timeframeMinutes(tf));
    q.addBindValue(qint64(count - 1));
    if (!q.exec()) {
        if (error)
            *error = sqlError(q, QStringLiteral("loading latest candles"));
        return {};
    }
    const TimeMs from = q.next() ? q.value(0).toLongLong() : std::numeric_limits<TimeMs>::min();
    return load(symbol, tf, from, std::numeric_limits<TimeMs>::max(), error);
}

std::optional<TimeMs> CandleStore::latestOpenTime(SymbolId symbol, Timeframe tf)
{
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(open_time) FROM candles WHERE symbol = ? AND tf_minutes = ?"));
    q.addBindValue(*key);
    q.addBindValue(timeframeMinutes(tf));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::size_t CandleStore::count(SymbolId symbol, Timeframe tf)
{
    const auto key = m_db.symbolKey(symbol);
    if (!key)
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM candles WHERE symbol = ? AND tf_minutes = ?"));
    q.addBindValue(*key);
    q.addBindValue(timeframeMinutes(tf));
    if (!q.exec() || !q.next())
        return 0;
    return static_cast<std::size_t>(q.value(0).toLongLong());
}

} // namespace perp::store
