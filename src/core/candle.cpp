// SPDX-License-Identifier: MIT
#include "candle.h"

namespace perp {

std::string_view timeframeName(Timeframe tf)
{
    switch (tf) {
    case Timeframe::M1:
        return "1m";
    case Timeframe::M5:
        return "5m";
    case Timeframe::M15:
        return "15m";
    case Timeframe::H1:
        return "1h";
    case Timeframe::H4:
        return "4h";
    case Timeframe::D1:
        return "1d";
    }
    return "1m";
}

std::optional<Timeframe> parseTimeframe(std::string_view name)
{
    for (auto tf : kAllTimeframes)
        if (timeframeName(tf) == name)
            return tf;
    return std::nullopt;
}

} // namespace perp
