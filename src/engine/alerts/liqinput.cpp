// SPDX-License-Identifier: MIT
#include "liqinput.h"

#include <algorithm>

namespace perp::alerts {

namespace {

BandSide toSide(PositionSide s)
{
    return s == PositionSide::Long ? BandSide::Long : BandSide::Short;
}

} // namespace

LiqBand toAlertBand(const liq::LiqBand& band)
{
    LiqBand b;
    b.id = std::to_string(band.id);
    b.low = band.low;
    b.high = band.high;
    b.side = toSide(band.side);
    b.notional = band.notional;
    return b;
}

void fillLiquidity(AlertInput& input, const Engine& engine, std::size_t maxBands)
{
    for (SymbolInput& s : input.symbols) {
        const auto id = findSymbol(s.symbol);
        if (!id)
            continue;
        const liq::LiqState* state = engine.liquidity(*id);
        if (!state)
            continue;
        const auto& bands = state->bands();
        const std::size_t n = std::min(maxBands, bands.size());
        s.bands.clear();
        s.bands.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            s.bands.push_back(toAlertBand(bands[i]));
        const liq::CascadeState& c = state->cascade().state();
        s.cascadeActive = c.active;
        s.cascadeSide = c.active ? std::optional<BandSide>(toSide(c.side)) : std::nullopt;
        s.cascadeIntensity = c.intensity;
    }
}

} // namespace perp::alerts
