// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"
#include "time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace perp {

enum class Timeframe : std::uint8_t { M1, M5, M15, H1, H4, D1 };
inline constexpr std::array kAllTimeframes{Timeframe::M1, Timeframe::M5, Timeframe::M15,
                                    Timeframe::H1, Timeframe::H4, Timeframe::D1};

constexpr TimeMs timeframeMs(Timeframe tf)
{
    switch (tf) {
    case Timeframe::M1:
        return kMinuteMs;
    case Timeframe::M5:
        return 5 * kMinuteMs;
    case Timeframe::M15:
        return 15 * kMinuteMs;
    case Timeframe::H1:
        return kHourMs;
    case Timeframe::H4:
        return 4 * kHourMs;
    case Timeframe::D1:
        return kDayMs;
    }
    return kMinuteMs;
}

std::string_view timeframeName(Timeframe tf); // "1m", "5m", ...
std::optional<Timeframe> parseTimeframe(std::string_view name);

struct Candle
{
    TimeMs openTime = 0; // UTC boundary
    Price open, high, low, close;
    Qty volume; // base units
    Qty buyVolume; // taker buy
    Qty sellVolume; // taker sell
    std::uint32_t trades = 0;

    bool operator==(const Candle&) const = default;
};

} // namespace perp
