// SPDX-License-Identifier: MIT
#pragma once

#include "alertinput.h"
#include "engine/engine.h"

namespace perp::alerts {

// Fills the zones of every symbol already in `input` from the engine's support/resistance
// zones (the published ones, strongest first), so the zone_touched and zone_broken rules
// see them. A zone's alert id is "#<id>" ("#12", so messages read "zone #12"): it stays
// with the zone while the zone persists, also when its kind flips.
void fillZones(AlertInput& input, const Engine& engine);

// One zone as the alert rules see it.
Zone toAlertZone(const zones::Zone& zone);

} // namespace perp::alerts
