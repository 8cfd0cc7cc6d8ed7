// SPDX-License-Identifier: MIT
#pragma once

#include "alertinput.h"
#include "engine/engine.h"

namespace perp::alerts {

// Fills the liquidation part of an AlertInput from the engine's liquidation state
// (estimated bands, cascade state) for every symbol already in `input`. At most
// `maxBands` bands per symbol (largest first), so a rule looks at the bands a
// trader sees.
void fillLiquidity(AlertInput& input, const Engine& engine, std::size_t maxBands = 8);

// One estimated band as the alert rules see it (id kept stable as text).
LiqBand toAlertBand(const liq::LiqBand& band);

} // namespace perp::alerts
