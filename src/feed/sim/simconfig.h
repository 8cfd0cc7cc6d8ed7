// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace perp::sim {

// Who trades in the simulated market. Changes the leverage mix and how long
// positions live, so liquidation estimates can be tested against markets that
// differ from the estimator's own assumptions.
enum class Scenario : std::uint8_t {
    Balanced, // mixed retail and funds, leverage 2x..125x
    RetailHighLeverage, // mostly 25x..125x, short-lived positions
    LowLeverageFunds, // mostly 2x..10x, long-lived positions
};
std::string_view scenarioName(Scenario s);
std::optional<Scenario> parseScenario(std::string_view name);

struct SimConfig
{
    std::uint64_t seed = 1;
    // Simulated seconds per real second; 0 means as fast as possible.
    double speed = 1.0;
    // Simulated clock at start (UTC ms). Deterministic runs pin it.
    TimeMs startTime = 1767225600000; // 2026-01-01T00:00:00Z
    Scenario scenario = Scenario::Balanced;
    // Simulated history produced as fast as possible before pacing at `speed` starts,
    // so a chart opens with context instead of an empty window.
    TimeMs historyMs = 0;
    // Symbols to simulate; empty means the 21 defaults.
    std::vector<SymbolId> symbols;
    // Granularity of the traders: K times as many positions, each 1/K the size (same open
    // interest and flow, a smoother liquidation map). 1 = the default market.
    double populationScale = 1.0;
    // Keep a LiquidationRecord per forced close (tests and evaluation; grows without bound).
    bool recordLiquidations = false;
};

// One open position of a simulated trader: the answer a liquidation estimator tries to find.
struct TruePosition
{
    PositionSide side = PositionSide::Long;
    double entryPrice = 0;
    double liquidationPrice = 0;
    double qty = 0; // base units
    double leverage = 1;
    TimeMs openedAt = 0;
    // True for the market makers' net inventory: they take the other side of any
    // long/short imbalance of the traders (1x, never liquidated), so longs = shorts = OI.
    bool marketMaker = false;
    // The trader's stop-loss, 0 if none: hit before the liquidation price, it closes the
    // position with an ordinary market order, so that position is never liquidated.
    double stopPrice = 0;
};

// Ground truth for one symbol at one moment. Published on its own channel, never
// mixed into the market events an estimator sees.
struct GroundTruth
{
    TimeMs time = 0;
    SymbolId symbol = 0;
    std::vector<TruePosition> positions;
};

// One forced close, kept for evaluation and tests (Simulator::liquidationLog).
struct LiquidationRecord
{
    TimeMs time = 0;
    SymbolId symbol = 0;
    PositionSide side = PositionSide::Long; // the liquidated side
    double entryPrice = 0;
    double leverage = 1;
    double liquidationPrice = 0; // the position's own liquidation price
    double triggerPrice = 0; // the mid price that crossed it
    Price fillPrice; // average fill of the forced order (as in the Liquidation event)
    Qty qty;
};

} // namespace perp::sim
