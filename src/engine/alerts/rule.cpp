// SPDX-License-Identifier: MIT
#include "rule.h"

#include "alertinput.h"

#include <array>
#include <cmath>

namespace perp::alerts {

namespace {

constexpr std::array<std::string_view, kConditionKindCount> kKindNames {"bias_cross", "bias_range",
    "confidence", "category_state", "band_proximity", "cascade_start", "realized_liquidation", "funding",
    "zone_touched", "zone_broken", "price_cross"};

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& names, std::string_view name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name)
            return static_cast<E>(i);
    return std::nullopt;
}

constexpr std::array<std::string_view, 3> kDirectionNames {"above", "below", "either"};
constexpr std::array<std::string_view, 3> kSideNames {"any", "long", "short"};
constexpr std::array<std::string_view, 3> kTriggerNames {"once", "every_time", "once_per_cycle"};
constexpr std::array<std::string_view, 2> kUnitNames {"percent", "atr"};

} // namespace

bool usesMode(ConditionKind k)
{
    return k == ConditionKind::BiasCross || k == ConditionKind::BiasRange || k == ConditionKind::Confidence
        || k == ConditionKind::CategoryState;
}

double defaultHysteresis(const Condition& c)
{
    switch (c.kind) {
    case ConditionKind::BiasCross:
    case ConditionKind::BiasRange:
    case ConditionKind::Confidence:
        return 2.0;
    case ConditionKind::PriceCross:
        return std::abs(c.threshold) * 0.0005; // 0.05 % of the level
    default:
        return std::abs(c.threshold) * 0.02;
    }
}

std::string_view kindName(ConditionKind k)
{
    return kKindNames[static_cast<std::size_t>(k)];
}
std::optional<ConditionKind> parseKind(std::string_view name)
{
    return lookup<ConditionKind>(kKindNames, name);
}
std::string_view directionName(Direction d)
{
    return kDirectionNames[static_cast<std::size_t>(d)];
}
std::optional<Direction> parseDirection(std::string_view name)
{
    return lookup<Direction>(kDirectionNames, name);
}
std::string_view sideName(SideFilter s)
{
    return kSideNames[static_cast<std::size_t>(s)];
}
std::optional<SideFilter> parseSide(std::string_view name)
{
    return lookup<SideFilter>(kSideNames, name);
}
std::string_view triggerName(Trigger t)
{
    return kTriggerNames[static_cast<std::size_t>(t)];
}
std::optional<Trigger> parseTrigger(std::string_view name)
{
    return lookup<Trigger>(kTriggerNames, name);
}
std::string_view unitName(DistanceUnit u)
{
    return kUnitNames[static_cast<std::size_t>(u)];
}
std::optional<DistanceUnit> parseUnit(std::string_view name)
{
    return lookup<DistanceUnit>(kUnitNames, name);
}

std::string defaultMessage(ConditionKind k)
{
    switch (k) {
    case ConditionKind::BiasCross:
        return "{symbol} {mode} bias {value} crossed {direction} {threshold}";
    case ConditionKind::BiasRange:
        return "{symbol} {mode} bias {value} {direction} the range (bound {threshold})";
    case ConditionKind::Confidence:
        return "{symbol} {mode} confidence {value}% >= {threshold}% with {state} bias";
    case ConditionKind::CategoryState:
        return "{symbol} {mode} {category} changed from {previous} to {state}";
    case ConditionKind::BandProximity:
        return "{symbol} price {price} is {value} {unit} from a {side} liquidation band (estimated), limit "
               "{threshold}";
    case ConditionKind::CascadeStart:
        return "{symbol} liquidation cascade started ({side}, intensity {value})";
    case ConditionKind::RealizedLiquidation:
        return "{symbol} {side} liquidation of {value} notional (>= {threshold})";
    case ConditionKind::Funding:
        return "{symbol} funding {value} beyond {threshold}";
    case ConditionKind::ZoneTouched:
        return "{symbol} price {value} touched zone {zone} ({state}) at {threshold}";
    case ConditionKind::ZoneBroken:
        return "{symbol} zone {zone} broken at price {value}";
    case ConditionKind::PriceCross:
        return "{symbol} price {value} crossed {direction} {threshold}";
    }
    return "{symbol} {rule}";
}

TimeMs defaultModeCycleMs(const std::string& mode)
{
    if (mode == "scalp")
        return 30'000;
    if (mode == "swing")
        return 300'000;
    return 60'000;
}

} // namespace perp::alerts
