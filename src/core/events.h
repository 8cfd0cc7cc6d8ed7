// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"
#include "symbols.h"
#include "time.h"

#include <memory>
#include <variant>
#include <vector>

namespace perp {

// Side of the taker (aggressor) of a trade.
enum class Side : std::int8_t { Buy = 1, Sell = -1 };
// Side of a position. For liquidations this is the side that was liquidated.
enum class PositionSide : std::int8_t { Long = 1, Short = -1 };

struct EventHeader
{
    SymbolId symbol = 0;
    Venue venue = Venue::Sim;
    TimeMs exchangeTime = 0; // the exchange's event time
    TimeUs receiveTime = 0; // when this process received it
};

struct Trade
{
    EventHeader h;
    Price price;
    Qty qty;
    Side takerSide = Side::Buy;
    std::int64_t id = 0; // exchange trade id; unique and increasing per symbol and venue
};

struct Liquidation
{
    EventHeader h;
    Price price; // average fill price of the forced order
    Qty qty;
    PositionSide liquidated = PositionSide::Long;
};

struct MarkFunding
{
    EventHeader h;
    Price markPrice;
    Price indexPrice;
    double fundingRate = 0; // per funding interval, e.g. 0.0001 = 0.01%
    TimeMs nextFundingTime = 0;
};

struct OpenInterest
{
    EventHeader h;
    Qty openInterest; // base units, one side (longs = shorts)
};

struct BookLevel
{
    Price price;
    Qty qty; // 0 removes the level in a delta
};

enum class BookKind : std::uint8_t { Snapshot, Delta, TopOfBook };

struct BookUpdate
{
    EventHeader h;
    BookKind kind = BookKind::Delta;
    std::vector<BookLevel> bids; // best first
    std::vector<BookLevel> asks; // best first
    std::int64_t firstUpdateId = 0;
    std::int64_t lastUpdateId = 0;
    std::int64_t prevLastUpdateId = 0;
};

// Positioning ratios and similar slow metrics polled from REST.
enum class MetricKind : std::uint8_t {
    GlobalLongShortAccountRatio,
    TopTraderLongShortPositionRatio,
    TopTraderLongShortAccountRatio,
    TakerBuySellVolumeRatio,
};

struct Metric
{
    EventHeader h;
    MetricKind kind = MetricKind::GlobalLongShortAccountRatio;
    double value = 0;
};

using MarketEvent = std::variant<Trade, Liquidation, MarkFunding, OpenInterest, BookUpdate, Metric>;

inline const EventHeader& header(const MarketEvent& e)
{
    return std::visit([](const auto& x) -> const EventHeader& { return x.h; }, e);
}

// An immutable batch handed from a feed to the engine. Events are in arrival order.
struct EventBatch
{
    std::vector<MarketEvent> events;
    // History fetched from REST on start (open-interest, funding and ratio series), oldest
    // first and older than the live events: merged into the series, never treated as news.
    bool history = false;
};
using EventBatchPtr = std::shared_ptr<const EventBatch>;

} // namespace perp
