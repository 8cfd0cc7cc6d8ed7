// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <deque>
#include <optional>
#include <vector>

namespace perp::liq {

struct CascadeConfig
{
    TimeMs window = 60'000; // rate and velocity are measured over this trailing window
    // Start: realized liquidation notional in the window >= max(baselineMultiple * typical
    // per-window notional (EWMA over ~1 h), volumeShare * typical per-window traded notional)
    // AND price moved >= minMovePct (and >= moveMultiple * typical |move|) in the direction
    // that liquidates that side (down for longs, up for shorts).
    double baselineMultiple = 4.0;
    double volumeShare = 0.01;
    double minMovePct = 0.3;
    double moveMultiple = 2.5;
    TimeMs baselineHalfLife = 30 * kMinuteMs;
    // End: the window's liquidation notional of the cascade's side stays below endFraction
    // of the start threshold for quietFor.
    double endFraction = 0.3;
    TimeMs quietFor = 60'000;
    // Open-interest drop over the window (in %) that adds to intensity.
    double oiDropRefPct = 0.5;
};

struct CascadeEvent
{
    TimeMs time = 0;
    bool start = true; // false: the cascade ended
    PositionSide side = PositionSide::Long; // side being liquidated
    double intensity = 0; // see CascadeState
    double liquidatedNotional = 0; // realized since the start (at an end) or in the window (at a start)
    double movePct = 0; // price move over the window (start) or since start (end)
    double oiChangePct = 0; // OI change over the window
};

// intensity = (window liquidation notional / start threshold) * (1 + OI drop / oiDropRefPct):
// 1 means just at the start threshold; values of 3+ are violent cascades.
struct CascadeState
{
    bool active = false;
    PositionSide side = PositionSide::Long;
    TimeMs startTime = 0;
    double intensity = 0;
    double peakIntensity = 0;
    double liquidatedNotional = 0; // since start
    double startPrice = 0;
};

// Detects liquidation cascades of one symbol from realized liquidations, price velocity
// and open-interest drops. Feed events in time order.
class CascadeDetector
{
public:
    explicit CascadeDetector(CascadeConfig config = {})
        : m_config(config)
    { }

    // Returns a start or end event when the state changes.
    std::optional<CascadeEvent> apply(const MarketEvent& event);
    const CascadeState& state() const { return m_state; }
    const std::vector<CascadeEvent>& history() const { return m_history; } // last 200 events

private:
    std::optional<CascadeEvent> evaluate(TimeMs now);
    void rollBaseline(TimeMs now);

    struct Sample
    {
        TimeMs time;
        double value;
    };
    CascadeConfig m_config;
    CascadeState m_state;
    std::deque<Sample> m_prices;
    std::deque<Sample> m_oi;
    std::deque<Sample> m_liq[2]; // realized notional: longs, shorts
    double m_liqSum[2] = {0, 0};
    // Typical per-window figures (EWMA, updated once per window).
    TimeMs m_baselineAt = 0;
    double m_volumeWin = 0; // traded notional in the current baseline window
    double m_liqWin = 0;
    double m_typicalLiq = 0, m_typicalVolume = 0, m_typicalMove = 0;
    double m_lastWindowPrice = 0;
    int m_baselineWindows = 0;
    double m_startThreshold = 0;
    TimeMs m_quietSince = 0;
    std::vector<CascadeEvent> m_history;
};

} // namespace perp::liq
