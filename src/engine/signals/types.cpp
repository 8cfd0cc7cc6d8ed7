// SPDX-License-Identifier: MIT
#include "types.h"

namespace perp::sig {

std::string_view modeName(Mode m)
{
    switch (m) {
    case Mode::Scalp:
        return "scalp";
    case Mode::Day:
        return "day";
    case Mode::Swing:
        return "swing";
    }
    return "?";
}

std::string_view frameName(Frame f)
{
    switch (f) {
    case Frame::M1:
        return "1m";
    case Frame::M5:
        return "5m";
    case Frame::H1:
        return "1h";
    }
    return "?";
}

TimeMs frameMs(Frame f)
{
    switch (f) {
    case Frame::M1:
        return kMinuteMs;
    case Frame::M5:
        return 5 * kMinuteMs;
    case Frame::H1:
        return kHourMs;
    }
    return kMinuteMs;
}

const ModeParams& modeParams(Mode m)
{
    static const std::array<ModeParams, kModeCount> params {{
        {Mode::Scalp, 30'000, 5 * kMinuteMs, Frame::M1, 30 * kMinuteMs},
        {Mode::Day, 60'000, kHourMs, Frame::M5, 6 * kHourMs},
        {Mode::Swing, 300'000, 4 * kHourMs, Frame::H1, 24 * kHourMs},
    }};
    return params[static_cast<std::size_t>(m)];
}

namespace {
struct CatNames
{
    std::string_view name;
    std::string_view key;
};
constexpr std::array<CatNames, kCategoryCount> kCats {{
    {"Price Momentum", "momentum"},
    {"Trend", "trend"},
    {"Mean Reversion", "mean_reversion"},
    {"Volatility", "volatility"},
    {"Volume", "volume"},
    {"Order Flow", "order_flow"},
    {"Large Trades", "large_trades"},
    {"Order Book", "order_book"},
    {"Liquidity", "liquidity"},
    {"Funding Rate", "funding"},
    {"Open Interest", "open_interest"},
    {"Liquidation", "liquidation"},
    {"Basis and Premium", "basis"},
    {"Positioning", "positioning"},
    {"Smart Money", "smart_money"},
    {"Cross-Exchange", "cross_exchange"},
    {"Market Structure", "structure"},
    {"Support/Resistance", "support_resistance"},
    {"Relative Strength", "relative_strength"},
    {"Correlation and Beta", "correlation"},
    {"Market Breadth", "breadth"},
    {"Volume Profile", "volume_profile"},
    {"Session and Seasonality", "session"},
    {"Regime", "regime"},
    {"Composite Alpha", "alpha"},
}};
} // namespace

std::string_view categoryName(Category c)
{
    return kCats[static_cast<std::size_t>(c)].name;
}

std::string_view categoryKey(Category c)
{
    return kCats[static_cast<std::size_t>(c)].key;
}

std::string_view inputName(std::uint32_t bit)
{
    switch (bit) {
    case InCandles:
        return "candles";
    case InFlow:
        return "taker flow";
    case InMarkFunding:
        return "mark/funding";
    case InOpenInterest:
        return "open interest";
    case InBook:
        return "order book";
    case InLiquidations:
        return "liquidations";
    case InMetrics:
        return "long/short ratios";
    case InCrossVenue:
        return "other venues";
    case InCrossSymbol:
        return "other symbols";
    case InLiqLevels:
        return "estimated liquidation levels";
    }
    return "?";
}

} // namespace perp::sig
