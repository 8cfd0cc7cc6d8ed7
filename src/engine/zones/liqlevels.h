// SPDX-License-Identifier: MIT
#pragma once

#include "level.h"
#include "zoneinput.h"

#include <vector>

namespace perp::zones {

// Step 3: the largest `maxLevels` estimated liquidation clusters (by notional) as levels.
// A level keeps the cluster's range, trimmed to at most maxWidth around its peak; weight =
// 0.5 + notional / largest notional (0.5..1.5). Clusters with no notional or no range are
// skipped.
std::vector<Level> liquidityLevels(
    const std::vector<LiqCluster>& clusters, std::size_t maxLevels, double maxWidth, TimeMs now);

} // namespace perp::zones
