// SPDX-License-Identifier: MIT
#include "klineaggregator.h"

namespace perp::replay {

std::string KlineAggregator::add(const Kline& k)
{
    if (k.intervalMs > m_tf || (k.intervalMs > 0 && m_tf % k.intervalMs != 0))
        return "klines of " + std::to_string(k.intervalMs / 1000) + " s cannot make candles of "
            + std::to_string(m_tf / 1000) + " s";
    const TimeMs bucket = floorTo(k.candle.openTime, m_tf);
    auto& series = m_bySymbol[k.symbol];
    auto [it, fresh] = series.try_emplace(bucket, k.candle);
    ++m_counts[k.symbol];
    if (fresh) {
        it->second.openTime = bucket;
        return {};
    }
    Candle& c = it->second;
    c.close = k.candle.close; // klines arrive in time order, as files hold them
    c.high = std::max(c.high, k.candle.high);
    c.low = std::min(c.low, k.candle.low);
    c.volume += k.candle.volume;
    c.buyVolume += k.candle.buyVolume;
    c.sellVolume += k.candle.sellVolume;
    c.trades += k.candle.trades;
    return {};
}

std::vector<Candle> KlineAggregator::candles(SymbolId symbol) const
{
    std::vector<Candle> out;
    if (auto it = m_bySymbol.find(symbol); it != m_bySymbol.end())
        for (const auto& [t, c] : it->second)
            out.push_back(c);
    return out;
}

std::size_t KlineAggregator::klineCount(SymbolId symbol) const
{
    auto it = m_counts.find(symbol);
    return it == m_counts.end() ? 0 : it->second;
}

} // namespace perp::replay
