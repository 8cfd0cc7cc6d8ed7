// SPDX-License-Identifier: MIT
#include "candlereader.h"

#include <QSqlDriver>
#include <QVariant>

#include <atomic>

#ifdef PERPSCOPE_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace perp::store {

namespace {
#ifdef PERPSCOPE_SQLITE_DIRECT
std::atomic<bool> g_direct {true};
#else
std::atomic<bool> g_direct {false};
#endif
} // namespace

void setDirectCandleReads(bool enabled)
{
#ifdef PERPSCOPE_SQLITE_DIRECT
    g_direct = enabled;
#else
    (void)enabled;
#endif
}

bool directCandleReads()
{
    return g_direct;
}

#ifdef PERPSCOPE_SQLITE_DIRECT
namespace {

sqlite3* nativeHandle(QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

std::optional<std::vector<Candle>> readCandlesDirect(QSqlDatabase& db, qint64 symbolKey, int tfMinutes,
    TimeMs from, TimeMs to, std::size_t reserve, QString* error)
{
    sqlite3* h = g_direct ? nativeHandle(db) : nullptr;
    if (!h)
        return std::nullopt;
    static const char* sql
        = "SELECT open_time, open, high, low, close, volume, buy_volume, sell_volume, trades "
          "FROM candles WHERE symbol = ?1 AND tf_minutes = ?2 AND open_time >= ?3 "
          "AND open_time < ?4 ORDER BY open_time";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("loading candles: %1").arg(QString::fromUtf8(sqlite3_errmsg(h)));
        return std::vector<Candle> {};
    }
    sqlite3_bind_int64(stmt, 1, symbolKey);
    sqlite3_bind_int(stmt, 2, tfMinutes);
    sqlite3_bind_int64(stmt, 3, from);
    sqlite3_bind_int64(stmt, 4, to);
    std::vector<Candle> out;
    out.reserve(reserve);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        Candle& c = out.emplace_back();
        c.openTime = sqlite3_column_int64(stmt, 0);
        c.open.raw = sqlite3_column_int64(stmt, 1);
        c.high.raw = sqlite3_column_int64(stmt, 2);
        c.low.raw = sqlite3_column_int64(stmt, 3);
        c.close.raw = sqlite3_column_int64(stmt, 4);
        c.volume.raw = sqlite3_column_int64(stmt, 5);
        c.buyVolume.raw = sqlite3_column_int64(stmt, 6);
        c.sellVolume.raw = sqlite3_column_int64(stmt, 7);
        c.trades = static_cast<std::uint32_t>(sqlite3_column_int64(stmt, 8));
    }
    if (rc != SQLITE_DONE && error)
        *error = QStringLiteral("loading candles: %1").arg(QString::fromUtf8(sqlite3_errmsg(h)));
    sqlite3_finalize(stmt);
    return out;
}
#else
std::optional<std::vector<Candle>> readCandlesDirect(
    QSqlDatabase&, qint64, int, TimeMs, TimeMs, std::size_t, QString*)
{
    return std::nullopt;
}
#endif

} // namespace perp::store
