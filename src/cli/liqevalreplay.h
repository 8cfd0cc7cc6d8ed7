// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace perp::cli {

// liq-eval on recordings (any format `perpscope-cli replay` reads, e.g. raw-feed recordings of
// Binance/Bybit/OKX): each symbol's events go to a liq::LiqState in 1-second steps, refreshed
// after each step as the engine does, and every REALIZED liquidation is scored against the
// ESTIMATED top-5 bands drawn before it, over the whole recording. Returns the result JSON, or
// sets error (a file that cannot be read, or no market events).
QJsonObject evaluateReplay(const QStringList& files, QString& error);

} // namespace perp::cli
