// SPDX-License-Identifier: MIT
#pragma once

#include "engine/candlebook.h"
#include "engine/liq/clusterfinder.h"
#include "zoneengine.h"

#include <map>

namespace perp::zones {

// The zone engines of all symbols, fed from the engine's candle books and estimated
// liquidation bands (turned into the plain LiqCluster input).
class ZoneBook
{
public:
    explicit ZoneBook(ZoneConfig config = {})
        : m_config(config)
    { }

    // Recomputes the zones of one symbol at engine time `now`.
    const std::vector<Zone>& update(SymbolId id, const CandleBook& candles,
        const std::vector<liq::LiqBand>& bands, double price, TimeMs now);
    // The zones of a symbol from its latest update (empty before the first).
    const std::vector<Zone>& zones(SymbolId id) const;
    // Zones of a symbol kept from an earlier run (see ZoneEngine::restore).
    void restore(SymbolId id, std::vector<Zone> zones);
    std::uint64_t updates() const { return m_updates; }
    const ZoneConfig& config() const { return m_config; }

private:
    ZoneConfig m_config;
    std::map<SymbolId, ZoneEngine> m_engines;
    std::array<std::vector<Candle>, 3> m_scratch;
    std::uint64_t m_updates = 0;
};

// An estimated liquidation band as zone input.
LiqCluster toCluster(const liq::LiqBand& band);

} // namespace perp::zones
