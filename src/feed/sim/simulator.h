// SPDX-License-Identifier: MIT
#pragma once

#include "simconfig.h"

#include <memory>
#include <optional>
#include <vector>

namespace perp::sim {

class MarketFactor;
class SymbolMarket;

// The agent-based market simulator (Qt-free). Advances a simulated clock in fixed
// 100 ms steps, so the event stream depends only on the seed, the scenario and the
// symbol list, never on how advanceTo() is called. A symbol's market depends only on
// the seed, the scenario and the shared BTC factor, not on which other symbols run.
//
// The model, per symbol (SymbolMarket):
// - fair value: beta x the BTC factor (regimes: range, trend up/down, high volatility,
//   switching at random) plus its own noise; it is the index price;
// - a book (BookModel): about one tick of spread, depth per 1% of price, linear impact
//   in log price; every taker order moves the mid, nothing else does;
// - flow traders trade without keeping positions and lean towards fair value;
// - position traders (TraderProfile of the scenario) open isolated positions of
//   2x..125x (capped by the margin tier of the notional), hold them for an
//   exponential lifetime, some with a stop-loss; liquidation price by the exchange
//   formula (margin.h); part of their impact lasts (moves fair value);
// - liquidation engine: when the mid crosses a liquidation price the position is
//   force-closed at market (Liquidation + Trade events); forced orders thin the book
//   for a while (market makers step back), so clusters of liquidation prices cascade;
// - market makers hold the traders' long/short imbalance, so open interest is the sum
//   of either side; the perp's premium grows with the traders' net long bias;
// - mark price: index x (1 + smoothed premium); funding: the 8h window's mean premium.
// Not modelled: funding payments into isolated margins, partial liquidations, ADL.
class Simulator
{
public:
    static constexpr TimeMs kStepMs = 100;

    explicit Simulator(SimConfig config);
    ~Simulator();
    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;

    // Simulates up to t (whole steps) and appends the market events, oldest first.
    void advanceTo(TimeMs t, std::vector<MarketEvent>& out);
    TimeMs now() const { return m_now; }
    const SimConfig& config() const { return m_config; }
    const std::vector<SymbolId>& symbols() const { return m_symbols; }

    // Every open position of every symbol at now(). For evaluation only.
    std::vector<GroundTruth> groundTruth() const;
    // The same for one symbol; nullopt if it is not simulated.
    std::optional<GroundTruth> groundTruth(SymbolId id) const;
    // Open interest (base units, one side) of a simulated symbol; 0 if not simulated.
    double openInterest(SymbolId id) const;
    // Mid and fair (index) price of a simulated symbol; 0 if not simulated.
    double midPrice(SymbolId id) const;
    double fairPrice(SymbolId id) const;
    std::uint64_t liquidationCount() const;
    // Forced closes with the position they closed (needs config.recordLiquidations).
    std::vector<LiquidationRecord> liquidationLog() const;
    // Name of the current market regime: "range", "trend up", "trend down", "high volatility".
    const char* regimeName() const;

private:
    const SymbolMarket* market(SymbolId id) const;

    SimConfig m_config;
    std::vector<SymbolId> m_symbols;
    std::unique_ptr<MarketFactor> m_factor;
    std::vector<std::unique_ptr<SymbolMarket>> m_markets;
    std::vector<MarketEvent> m_stepBuffer;
    TimeMs m_now;
};

} // namespace perp::sim
