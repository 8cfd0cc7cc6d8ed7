// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace perp::store {

// Bulk candle reads through SQLite's C API on the connection's native handle,
// skipping the per-value QVariant cost of QSqlQuery (a year of 1m candles is
// 4.7 million values). Returns nullopt when the driver exposes no sqlite3 handle,
// so callers fall back to QSqlQuery; an SQL failure sets `error`. Built only with
// PERPSCOPE_SQLITE_DIRECT (see src/CMakeLists.txt); otherwise always nullopt.
std::optional<std::vector<Candle>> readCandlesDirect(QSqlDatabase& db, qint64 symbolKey, int tfMinutes,
    TimeMs from, TimeMs to, std::size_t reserve, QString* error);

// Turns the direct path off (tests compare both paths; it is on by default when built).
void setDirectCandleReads(bool enabled);
bool directCandleReads();

} // namespace perp::store
