// SPDX-License-Identifier: MIT
#pragma once

#include "atrtracker.h"
#include "bandscorecard.h"
#include "cascadedetector.h"
#include "clusterfinder.h"
#include "liquidationestimator.h"
#include "realizedliquidations.h"

#include <array>
#include <memory>
#include <vector>

namespace perp::liq {

// What the chart draws for one symbol. Every figure here is an estimate except the realized
// liquidations (exchange-reported) and the cascade state (derived from them).
struct LiqSnapshot
{
    SymbolId symbol = 0;
    TimeMs time = 0;
    double price = 0;
    double atr = 0; // price units, 5-minute bars
    Confidence confidence = Confidence::None;
    // Heatmap layer (ESTIMATED open liquidation notional): one column per minute, oldest
    // first, covering the visible history; column i spans [time, time + 1 min), its value j
    // the price range [grid.lower(firstBin + j), grid.upper(firstBin + j)).
    LogGrid grid;
    TimeMs heatmapInterval = kMinuteMs;
    std::vector<HeatColumnPtr> heatmap;
    // Right-hand profile (ESTIMATED): longs below price, shorts above, +-25%.
    LiqProfile profile;
    // Bands (ESTIMATED), largest first; ids are stable across snapshots.
    std::vector<LiqBand> bands;
    double estimatedLiquidatedLong = 0, estimatedLiquidatedShort = 0; // since start (quote)
    // Realized liquidations (REPORTED by exchanges): bubbles in the visible history and the
    // cumulative notional by price over 1h / 4h / 24h (index = RealizedWindow).
    std::vector<RealizedLiq> bubbles;
    std::array<RealizedProfile, 3> realized;
    CascadeState cascade;
    std::vector<CascadeEvent> cascadeEvents; // recent starts/ends, oldest first
    // Track record of the bands over the last 24 h: realized liquidations scored against the
    // top-5 bands drawn before them (BandScorecard::kHorizons: latest, 1 h and 4 h before).
    std::array<BandRecord, 3> bandRecord;
};
using LiqSnapshotPtr = std::shared_ptr<const LiqSnapshot>;

// All liquidation intelligence of one symbol: estimator, realized aggregation, cascade
// detector and band finder, fed with that symbol's market events.
class LiqState
{
public:
    // scoreWindow: how far back the bands' track record (scorecard()) reaches; the app keeps
    // the last 24 h, an evaluation of a whole recording passes one at least as long.
    explicit LiqState(SymbolId symbol, EstimatorConfig config = {}, TimeMs scoreWindow = 24 * kHourMs);

    void apply(const MarketEvent& event);
    // Recomputes the profile and bands if the estimate or the price changed since the last
    // refresh (always when force). Returns true if it did work.
    bool refresh(bool force = false);
    // A snapshot for the chart; columns, bubbles and events from `from` on.
    LiqSnapshotPtr snapshot(TimeMs from) const;

    // Maintenance-margin tiers for new estimated positions (see LiquidationEstimator::setTiers).
    void setTiers(std::span<const MarginTier> tiers) { m_estimator.setTiers(tiers); }
    const LiquidationEstimator& estimator() const { return m_estimator; }
    const RealizedLiquidations& realized() const { return m_realized; }
    const CascadeDetector& cascade() const { return m_cascade; }
    const std::vector<LiqBand>& bands() const { return m_finder.bands(); }
    const BandScorecard& scorecard() const { return m_scorecard; }
    const LiqProfile& profile() const { return m_profile; }
    double atr() const { return m_atr.atr(); }

private:
    LiquidationEstimator m_estimator;
    RealizedLiquidations m_realized;
    CascadeDetector m_cascade;
    ClusterFinder m_finder;
    AtrTracker m_atr;
    BandScorecard m_scorecard;
    LiqProfile m_profile;
    std::uint64_t m_refreshedRevision = ~0ULL;
    double m_refreshedPrice = 0;
};

} // namespace perp::liq
