// SPDX-License-Identifier: MIT
#pragma once

#include "bookmodel.h"
#include "markfunding.h"
#include "positionbook.h"
#include "regime.h"
#include "symboltraits.h"
#include "traderprofile.h"

#include <vector>

namespace perp::sim {

// One simulated perp: its book, its traders' positions, its fair value and the
// events it publishes. Price moves only through taker orders:
// - flow traders (no lasting position) buy and sell, leaning towards the fair value;
// - position traders open and later close leveraged isolated positions;
// - some traders have a stop-loss that closes them first, with an ordinary market order;
// - the liquidation engine force-closes any position whose liquidation price the
//   mid crosses, with a market order that moves the price again (cascades).
class SymbolMarket
{
public:
    SymbolMarket(SymbolId id, const SimConfig& config, const TraderProfile& profile);

    // Simulates [from, to) after the market factor stepped; appends events in time order.
    void step(TimeMs from, TimeMs to, const MarketFactor& factor, std::vector<MarketEvent>& out);

    SymbolId id() const { return m_id; }
    double mid() const { return m_book.mid(); }
    double fair() const { return m_fair; }
    const PositionBook& positions() const { return m_positions; }
    GroundTruth truth(TimeMs t) const { return m_positions.truth(t, m_id, m_info.tiers); }
    const std::vector<LiquidationRecord>& liquidationLog() const { return m_liqLog; }
    std::uint64_t liquidationCount() const { return m_liquidations; }

private:
    EventHeader header(TimeMs t) const { return {m_id, Venue::Sim, t, t * 1000}; }
    double target(const MarketFactor& factor) const;
    void seedPopulation(TimeMs start);
    // Executes a taker order (one Trade per fill) and returns its average price on the grid.
    Price trade(TimeMs t, Side side, Qty qty, double permanentImpact, std::vector<MarketEvent>& out);
    void flowTrade(TimeMs t, const MarketFactor& factor, std::vector<MarketEvent>& out);
    void openPosition(TimeMs t, const MarketFactor& factor, std::vector<MarketEvent>& out);
    void closePosition(
        TimeMs t, PositionBook::Slot slot, std::vector<MarketEvent>& out, bool settleAfter = true);
    // Force-closes crossed positions and fires reached stop-losses until none is left.
    void settle(TimeMs t, std::vector<MarketEvent>& out);
    void liquidateOne(TimeMs t, std::vector<MarketEvent>& out);
    void publishBook(TimeMs t, bool snapshot, std::vector<MarketEvent>& out);
    double drawNotional(double median, double sigma);

    SymbolId m_id;
    const SymbolInfo& m_info;
    SymbolTraits m_traits;
    TraderProfile m_profile;
    Rng m_rng;
    BookModel m_book;
    PositionBook m_positions;
    MarkFundingModel m_funding;
    double m_fair; // fair (spot/index) price
    double m_pullGain;
    double m_sizeScale; // position sizes relative to BTC's // how strongly flow traders lean towards the fair
                        // value
    double m_depthScale = 1; // regime depth x stress
    double m_stress = 1;
    double m_regimeDepth = 1; // liquidity left after recent forced orders (market makers pull quotes)
    double m_activity = 1;
    double m_nextFlow; // ms, fractional
    double m_nextOpen;
    TimeMs m_nextMark;
    TimeMs m_nextOi;
    TimeMs m_nextTop;
    TimeMs m_nextSnapshot;
    std::int64_t m_tradeId = 0;
    std::int64_t m_bookUpdateId = 0;
    Price m_lastBid, m_lastAsk;
    bool m_recordLiquidations;
    std::uint64_t m_liquidations = 0;
    std::vector<LiquidationRecord> m_liqLog;
    std::vector<BookLevel> m_fills; // scratch: fills of the order being executed
};

} // namespace perp::sim
