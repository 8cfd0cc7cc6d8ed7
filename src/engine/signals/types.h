// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace perp::sig {

// Trading modes. Each has its own composite cycle, forward horizon, primary
// timeframe and normalization lookback.
enum class Mode : std::uint8_t { Scalp, Day, Swing };
inline constexpr std::array kAllModes {Mode::Scalp, Mode::Day, Mode::Swing};
inline constexpr std::size_t kModeCount = 3;
std::string_view modeName(Mode m);

// The three windows every card is evaluated on; agreement between them drives confidence.
enum class Frame : std::uint8_t { M1, M5, H1 };
inline constexpr std::array kAllFrames {Frame::M1, Frame::M5, Frame::H1};
inline constexpr std::size_t kFrameCount = 3;
std::string_view frameName(Frame f);
TimeMs frameMs(Frame f);

struct ModeParams
{
    Mode mode;
    TimeMs cycleMs; // how often the composite is recomputed
    TimeMs horizonMs; // forward return horizon the learner and backtest score against
    Frame primary; // the frame whose reading gives the card's value in this mode
    TimeMs normLookbackMs; // window of the rolling standard deviation used for z
};
const ModeParams& modeParams(Mode m);

// How often every card is recomputed for every symbol.
inline constexpr TimeMs kCardCycleMs = 10'000;

enum class Category : std::uint8_t {
    PriceMomentum,
    Trend,
    MeanReversion,
    Volatility,
    Volume,
    OrderFlow,
    LargeTrades,
    OrderBook,
    Liquidity,
    FundingRate,
    OpenInterest,
    Liquidation,
    BasisPremium,
    Positioning,
    SmartMoney,
    CrossExchange,
    MarketStructure,
    SupportResistance,
    RelativeStrength,
    CorrelationBeta,
    MarketBreadth,
    VolumeProfile,
    SessionSeasonality,
    Regime,
    CompositeAlpha,
};
inline constexpr std::size_t kCategoryCount = 25;
std::string_view categoryName(Category c);
std::string_view categoryKey(Category c); // short machine key, e.g. "order_flow"

// Inputs a card reads; a bit mask. Missing or stale inputs lower confidence or
// make the reading missing, they are never filled with made-up values.
enum Input : std::uint32_t {
    InCandles = 1u << 0,
    InFlow = 1u << 1, // taker buy/sell split, large trades
    InMarkFunding = 1u << 2,
    InOpenInterest = 1u << 3,
    InBook = 1u << 4,
    InLiquidations = 1u << 5,
    InMetrics = 1u << 6, // long/short ratios
    InCrossVenue = 1u << 7,
    InCrossSymbol = 1u << 8,
    InLiqLevels = 1u << 9, // estimated liquidation clusters
};
inline constexpr std::size_t kInputCount = 10;
std::string_view inputName(std::uint32_t bit);

} // namespace perp::sig
