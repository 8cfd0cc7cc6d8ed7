// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/symbols.h"

#include <QString>
#include <span>
#include <vector>

namespace perp {

class ChartWidget;

// The candles of a chart whose time span overlaps the visible part of the time axis.
std::vector<Candle> visibleCandles(const ChartWidget& chart);
// CSV with a header line; times in UTC ISO 8601, prices with the symbol's tick decimals.
QString candlesCsv(std::span<const Candle> candles, SymbolId symbol);

// Write the chart as a PNG of its current size / the visible candles as CSV. On failure
// they return false and put a message naming the file into *error.
bool exportChartPng(const ChartWidget& chart, const QString& file, QString* error);
bool exportVisibleCsv(const ChartWidget& chart, SymbolId symbol, const QString& file, QString* error);

} // namespace perp
