// SPDX-License-Identifier: MIT
#include "zonebook.h"

namespace perp::zones {

LiqCluster toCluster(const liq::LiqBand& band)
{
    return {band.low, band.high, band.peak, band.notional, band.side == PositionSide::Long};
}

const std::vector<Zone>& ZoneBook::update(
    SymbolId id, const CandleBook& candles, const std::vector<liq::LiqBand>& bands, double price, TimeMs now)
{
    auto it = m_engines.try_emplace(id, m_config).first;
    ZoneInput in;
    in.now = now;
    in.price = price;
    for (std::size_t f = 0; f < m_scratch.size(); ++f) {
        const auto& src = candles.series(m_config.swingFrames[f]).candles();
        const std::size_t n = std::min(src.size(), m_config.frameBars[f]);
        m_scratch[f].assign(src.end() - static_cast<std::ptrdiff_t>(n), src.end());
        in.frames[f] = m_scratch[f];
    }
    in.liquidity.reserve(bands.size());
    for (const liq::LiqBand& b : bands)
        in.liquidity.push_back(toCluster(b));
    ++m_updates;
    return it->second.update(in);
}

void ZoneBook::restore(SymbolId id, std::vector<Zone> zones)
{
    m_engines.try_emplace(id, m_config).first->second.restore(std::move(zones));
}

const std::vector<Zone>& ZoneBook::zones(SymbolId id) const
{
    static const std::vector<Zone> none;
    auto it = m_engines.find(id);
    return it == m_engines.end() ? none : it->second.zones();
}

} // namespace perp::zones
