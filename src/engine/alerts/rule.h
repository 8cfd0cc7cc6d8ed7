// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <optional>
#include <string>
#include <string_view>

namespace perp::alerts {

enum class ConditionKind {
    BiasCross, // bias crosses above/below `threshold`
    BiasRange, // bias enters/leaves [low, high]
    Confidence, // confidence >= threshold with the bias sign `sign`
    CategoryState, // a category changes state (optionally from/to given states)
    BandProximity, // price within `threshold` % (or ATR) of a liquidation band
    CascadeStart, // a liquidation cascade starts
    RealizedLiquidation, // a realized liquidation of at least `threshold` notional
    Funding, // funding beyond +/- threshold
    ZoneTouched, // price enters a zone
    ZoneBroken, // a zone's state becomes "broken"
    PriceCross, // price crosses `threshold`
};
inline constexpr int kConditionKindCount = 11;

enum class Direction { Above, Below, Either }; // crosses; for ranges: Above = enters, Below = leaves
enum class SideFilter { Any, Long, Short }; // bands, cascades, liquidations; Confidence: Long = bullish
enum class DistanceUnit { Percent, Atr };
enum class Trigger { Once, EveryTime, OncePerCycle };

struct Condition
{
    ConditionKind kind = ConditionKind::BiasCross;
    Direction direction = Direction::Above;
    double threshold = 0;
    double low = 0; // BiasRange
    double high = 0; // BiasRange
    // Distance the value must move back past the threshold before the condition can
    // fire again. nullopt = the default of the kind (see defaultHysteresis).
    std::optional<double> hysteresis;
    SideFilter side = SideFilter::Any;
    DistanceUnit unit = DistanceUnit::Percent; // BandProximity
    std::string category; // CategoryState: category key
    std::string fromState; // CategoryState: empty = any
    std::string toState; // CategoryState: empty = any

    bool operator==(const Condition&) const = default;
};

struct Rule
{
    std::string id; // unique
    std::string name;
    bool enabled = true;
    std::string symbol = "*"; // a symbol name, or "*" for the whole watchlist
    std::string mode = "*"; // "scalp" / "day" / "swing" or "*"; ignored by mode-less kinds
    Condition condition;
    Trigger trigger = Trigger::EveryTime;
    TimeMs cooldownMs = 0; // EveryTime: minimum time between two firings per symbol and mode
    std::optional<TimeMs> expiresAt; // no firing at or after this time
    std::string message; // template; empty = the kind's default

    bool operator==(const Rule&) const = default;
};

bool usesMode(ConditionKind k);
// Hysteresis used when the rule gives none: 2 points for bias and confidence,
// 2 % of the threshold for prices, funding and distances.
double defaultHysteresis(const Condition& c);

std::string_view kindName(ConditionKind k); // "bias_cross", ...
std::optional<ConditionKind> parseKind(std::string_view name);
std::string_view directionName(Direction d);
std::optional<Direction> parseDirection(std::string_view name);
std::string_view sideName(SideFilter s);
std::optional<SideFilter> parseSide(std::string_view name);
std::string_view triggerName(Trigger t);
std::optional<Trigger> parseTrigger(std::string_view name);
std::string_view unitName(DistanceUnit u);
std::optional<DistanceUnit> parseUnit(std::string_view name);

// The message used when a rule has none.
std::string defaultMessage(ConditionKind k);

} // namespace perp::alerts
