// SPDX-License-Identifier: MIT
#pragma once
// Crafted 5-minute price paths for the zone tests: each bar moves 0.5 from its open to its
// close with 0.25 wicks both ends (true range 1.0, so ATR = 1), volume 10 split by
// direction (rising bars 7 buy / 3 sell, falling bars 3 / 7 unless `flow` says otherwise).

#include "core/candle.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace zonetest {

using namespace perp;

inline constexpr TimeMs kT0 = 1767225600000; // 2026-01-01 00:00 UTC
inline constexpr TimeMs kBar = 5 * kMinuteMs;

struct Path
{
    std::vector<Candle> bars;
    double last = 0;
    // Buy share of rising / falling bars.
    double upBuy = 0.7, downBuy = 0.3;

    explicit Path(double start)
        : last(start)
    { }

    Path& bar(double open, double high, double low, double close)
    {
        Candle c;
        c.openTime = kT0 + static_cast<TimeMs>(bars.size()) * kBar;
        c.open = Price::fromDouble(open);
        c.high = Price::fromDouble(high);
        c.low = Price::fromDouble(low);
        c.close = Price::fromDouble(close);
        c.volume = Qty::fromDouble(10);
        const double buy = close >= open ? upBuy : downBuy;
        c.buyVolume = Qty::fromDouble(10 * buy);
        c.sellVolume = Qty::fromDouble(10 * (1 - buy));
        c.trades = 10;
        bars.push_back(c);
        last = close;
        return *this;
    }
    // Straight moves of 0.5 per bar to `target`.
    Path& to(double target)
    {
        while (std::abs(target - last) > 1e-9) {
            const double step = std::clamp(target - last, -0.5, 0.5);
            const double o = last, c = last + step;
            bar(o, std::max(o, c) + 0.25, std::min(o, c) - 0.25, c);
        }
        return *this;
    }
    TimeMs end() const { return kT0 + static_cast<TimeMs>(bars.size()) * kBar; }
};

// 110 -> 100 -> 106 -> 100 -> 108: two swing lows at 99.75.
inline Path doubleBottom()
{
    Path p(110);
    p.to(100).to(106).to(100).to(108);
    return p;
}

} // namespace zonetest
