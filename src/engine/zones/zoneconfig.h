// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"

#include <array>
#include <cstddef>

namespace perp::zones {

// Defaults and the reasons for them are in docs/zones.md. Distances are in ATR of the
// base timeframe (14 bars), so the same settings fit BTC and a small altcoin.
struct ZoneConfig
{
    // Step 1: swing highs/lows on these timeframes; a pivot needs `pivotBars` bars on each
    // side that do not exceed it. Higher timeframes weigh more.
    std::array<Timeframe, 3> swingFrames {Timeframe::M5, Timeframe::M15, Timeframe::H1};
    std::array<double, 3> frameWeight {1.0, 1.5, 2.0};
    std::size_t pivotBars = 3;
    // Bars looked at per frame (newest): 2 days of 5m, 4 days of 15m, 10 days of 1h.
    std::array<std::size_t, 3> frameBars {576, 384, 240};
    // The base frame (touches, ATR, volume profile, order flow) is the first swing frame.
    int atrPeriod = 14;
    // Step 2: volume profile of the base frame in bins of `nodeBinAtr` ATR; a node is a
    // local maximum with at least `nodeMinRatio` x the mean bin volume; at most maxNodes.
    double nodeBinAtr = 0.25;
    double nodeMinRatio = 1.6;
    std::size_t maxNodes = 4;
    // Step 3: the largest estimated liquidation clusters (by notional), at most maxLiq.
    std::size_t maxLiq = 4;
    // Levels further than this from price are ignored.
    double maxDistanceAtr = 40;
    // Step 4: each level is a band `levelWidthAtr` wide; levels closer than `mergeAtr`
    // (centre to the zone's edge) join a zone, which never grows wider than maxWidthAtr.
    double levelWidthAtr = 0.5;
    double mergeAtr = 0.35;
    double maxWidthAtr = 1.5;
    // Step 5: touches on the base frame. A visit ends when a bar is entirely `leaveAtr`
    // beyond an edge; a wick `sweepAtr` beyond the far edge is a poke; `breakBars`
    // consecutive closes `sweepAtr` beyond the far edge are a break.
    double leaveAtr = 0.25;
    double sweepAtr = 0.1;
    std::size_t breakBars = 2;
    double ageHalfLifeHours = 24; // recency halves every this many hours since the last touch
    // Step 6: a sweep is a trap unless the reclaim came on net taker flow against the zone
    // worse than trapMaxAgainst (share of volume).
    double trapMaxAgainst = 0.15;
    // Step 7: at most this many zones are published (strongest first).
    std::size_t maxZones = 8;
    double matchOverlap = 0.3; // overlap (of the narrower zone) that keeps an identity
};

} // namespace perp::zones
