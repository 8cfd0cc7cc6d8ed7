// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"

#include <random>

namespace perp::test {

inline constexpr TimeMs kChartT0 = 1767225600000; // 2026-01-01T00:00:00Z

// A deterministic 1m snapshot of BTCUSDT: `n` candles of a random walk with taker
// volumes, and per-minute open interest and funding.
inline EngineSnapshotPtr chartSnapshot(int n, unsigned seed = 7)
{
    auto snap = std::make_shared<EngineSnapshot>();
    snap->view = {0, Timeframe::M1, 20'000};
    std::mt19937 rng(seed);
    std::normal_distribution<double> step(0.0, 40.0);
    std::uniform_real_distribution<double> vol(2.0, 30.0);
    double price = 95'000, oi = 80'000;
    for (int i = 0; i < n; ++i) {
        Candle c;
        c.openTime = kChartT0 + i * kMinuteMs;
        const double open = price;
        price += step(rng) + 3.0 * std::sin(i / 40.0);
        const double hi = std::max(open, price) + std::abs(step(rng)) * 0.5;
        const double lo = std::min(open, price) - std::abs(step(rng)) * 0.5;
        c.open = Price::fromDouble(open);
        c.close = Price::fromDouble(price);
        c.high = Price::fromDouble(hi);
        c.low = Price::fromDouble(lo);
        const double buy = vol(rng) * (price > open ? 1.3 : 0.8);
        const double sell = vol(rng);
        c.buyVolume = Qty::fromDouble(buy);
        c.sellVolume = Qty::fromDouble(sell);
        c.volume = c.buyVolume + c.sellVolume;
        c.trades = static_cast<std::uint32_t>((buy + sell) * 10);
        snap->candles.push_back(c);
        oi += (buy - sell) * 3.0 + step(rng);
        snap->openInterest.push_back({c.openTime, oi});
        snap->funding.push_back({c.openTime, 0.0001 + 0.00008 * std::sin(i / 90.0)});
    }
    snap->time = snap->candles.back().openTime + 30'000;
    return snap;
}

} // namespace perp::test
