// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace perp::cli {

// liq-eval on recorded bars with realized liquidations (Coinglass-style CSV with columns
// timestamp, price_open/high/low/close, liquidation_long_usd, liquidation_short_usd,
// oi_close in USD). Returns the result JSON, or sets error.
QJsonObject evaluateRealized(const QString& path, const QString& symbol, int warmupBars, QString& error);

} // namespace perp::cli
