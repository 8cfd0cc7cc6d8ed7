// SPDX-License-Identifier: MIT
#pragma once

#include "alertinput.h"
#include "engine/engine.h"

namespace perp::alerts {

// Fills the modes of every symbol in `input` from the engine's signal engine: per mode
// ("scalp", "day", "swing") that has composed at least once, the composite bias,
// confidence and state, the state of each category that had valid cards ("bullish" at
// a score of +15 or more, "bearish" at -15 or less, else "neutral") and the start of
// the composite cycle.
void fillSignals(AlertInput& input, const Engine& engine);

// The state of a category score as alert rules see it.
std::string categoryStateName(double score);

} // namespace perp::alerts
