// SPDX-License-Identifier: MIT
#include "marketinput.h"

#include <algorithm>
#include <cmath>

namespace perp::alerts {

void MarketInputCollector::observe(const EventBatch& batch)
{
    for (const MarketEvent& e : batch.events)
        if (const auto* l = std::get_if<Liquidation>(&e))
            m_liquidations[l->h.symbol].push_back(
                {l->h.exchangeTime, l->price.toDouble(), l->price.toDouble() * l->qty.toDouble(),
                    l->liquidated == PositionSide::Long ? BandSide::Long : BandSide::Short});
}

AlertInput MarketInputCollector::build(const Engine& engine, bool replay)
{
    AlertInput in;
    in.time = engine.now();
    in.replay = replay;
    for (SymbolId id : engine.symbols()) {
        SymbolInput s;
        s.symbol = symbolName(id);
        const SymbolSummary sum = engine.summary(id);
        if (sum.lastTradeTime > 0)
            s.price = sum.last;
        if (sum.mark > 0)
            s.fundingRate = sum.fundingRate;
        if (const CandleBook* book = engine.book(id))
            s.atr = averageTrueRange(book->series(m_options.atrTimeframe).candles(), m_options.atrPeriod);
        if (auto it = m_liquidations.find(id); it != m_liquidations.end())
            s.newLiquidations = std::move(it->second);
        in.symbols.push_back(std::move(s));
    }
    m_liquidations.clear();
    return in;
}

std::optional<double> averageTrueRange(const std::deque<Candle>& candles, int period)
{
    if (period <= 0 || candles.size() < std::size_t(period) + 1)
        return std::nullopt;
    double sum = 0;
    for (std::size_t i = candles.size() - std::size_t(period); i < candles.size(); ++i) {
        const double high = candles[i].high.toDouble();
        const double low = candles[i].low.toDouble();
        const double prevClose = candles[i - 1].close.toDouble();
        sum += std::max({high - low, std::abs(high - prevClose), std::abs(low - prevClose)});
    }
    return sum / period;
}

SymbolInput* symbolInput(AlertInput& input, const std::string& symbol)
{
    for (SymbolInput& s : input.symbols)
        if (s.symbol == symbol)
            return &s;
    return nullptr;
}

} // namespace perp::alerts
