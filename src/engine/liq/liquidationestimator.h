// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "heatmap.h"
#include "levelbook.h"
#include "levelratios.h"
#include "leveragecalibration.h"
#include "liqconfig.h"
#include "liqprofile.h"
#include "premiumcrowding.h"

#include <algorithm>
#include <span>
#include <vector>

namespace perp::liq {

// Estimated liquidation levels of one symbol, built only from what a live feed gives
// (trades, open interest, mark price, realized liquidations).
//
// Model (reference notes section D, with the exact isolated formula of section C):
// - Opening: between two open-interest observations trades are accumulated (VWAP, taker
//   buy/sell volume, first/last price). An OI increase dOI opens 2*dOI of positions at the
//   VWAP, split between longs and shorts by taker flow and price direction (the taker side
//   is taken as the leveraged side; see EstimatorConfig), spread over the leverage buckets.
//   Each level is the exact liquidation price of a position of its size (tier chosen by
//   that notional), buckets spread over leverage ranges (spreadLeverage).
// - Position size (sizeFromTrades): fills of one taker order (consecutive trades with the
//   same time and taker side) are summed into the order's notional, and each interval's
//   opened notional is split by the share of taker-order notional in each margin tier. Each
//   share is placed with its tier's MMR and cum and with leverage capped at the tier's
//   maximum, as the exchange caps it: large orders open farther levels. Without trades (or
//   with the option off) positions are placed as positionNotional.
// - History: the first OI observation seeds OI of positions around the current price
//   (entries unknown).
// - Closing (OI decrease rule): a decrease dOI closes 2*dOI of positions, split between
//   sides like openings but mirrored (taker sells and a falling price close longs).
//   Positions the estimate saw liquidated since the previous OI observation count first
//   (they left the OI too); the rest closes every open estimated position of that side in
//   proportion to its size (no age or profit preference: the feed carries no signal about
//   which positions close, and with exponential holding times the closing chance does not
//   depend on age). The closed fraction is taken of the observed OI (closeShareOfOi).
// - Churn: churnShare of the traded quantity is closed and reopened on top of the net OI
//   change (OI shows only the net; new positions also replace old ones).
// - Consumption: a level is consumed when price trades through it (a trade or the mark
//   price at or below a long level's bin, at or above a short level's bin); its notional
//   moves to "estimated liquidated".
// - Optional exponential time decay (decayHalfLife).
// - Fallback without OI data: a share of taker volume opens positions each interval and
//   levels decay; the result is labelled Confidence::Low.
// - Leverage re-weighting (adaptLeverage, when the source publishes liquidations): in each
//   adaptWindow the estimate predicts how much notional each bucket lost to consumption;
//   realized liquidation notional in the same window is compared with that prediction and
//   bucket weights get a damped multiplicative EM update (buckets that predicted
//   liquidations that did not happen lose weight). The ratios are averaged over
//   adaptMemory before the update; with relativeAdapt each bucket's ratio is taken relative
//   to the overall realized/predicted ratio clamped to [minLiquidatedShare, 1] (positions
//   closed early by stop-losses are not leverage evidence). Weights stay within
//   [prior/32, prior*32] and sum to 1.
// - Side balance: the open longs and shorts relax towards a target ratio every OI
//   observation (sideBalanceTime): equal, or moved by the premium's crowding signal
//   (PremiumCrowding, off by default).
class LiquidationEstimator
{
public:
    LiquidationEstimator(SymbolId symbol, EstimatorConfig config = {});

    // Feeds one event of this symbol (others are ignored). Malformed events (non-positive
    // price or quantity, negative OI, a price x1.65 away from the last) are counted in
    // rejected() and skipped.
    void apply(const MarketEvent& event);
    void onTrade(const Trade& t);
    void onOpenInterest(const OpenInterest& oi);
    void onMark(const MarkFunding& m);
    void onLiquidation(const Liquidation& l);
    // The maintenance-margin tiers used for liquidation prices (the symbol's shipped table
    // at construction; e.g. refreshed from Bybit's risk-limit endpoint). Positions opened
    // afterwards are placed with them; levels already placed stay where they are.
    void setTiers(std::span<const MarginTier> tiers);
    const std::vector<MarginTier>& tiers() const { return m_tiers; }
    // LP/entry of a bucket's sub-level for a new position of positionNotional.
    double levelRatio(PositionSide side, std::size_t bucket, std::size_t subLevel = 0) const
    {
        return m_ratios.at(m_ratios.defaultGroup(), side, bucket).at(subLevel);
    }
    // The same for a position of this notional (its tier's MMR and leverage cap).
    double levelRatioFor(
        double notional, PositionSide side, std::size_t bucket, std::size_t subLevel = 0) const
    {
        return m_ratios.at(m_ratios.groupOf(notional), side, bucket).at(subLevel);
    }

    // Current density within +-range (fraction of price) around the last price; range <= 0
    // uses config().profileRange.
    LiqProfile profile(double range = 0) const;
    const HeatmapHistory& heatmap() const { return m_heatmap; }

    SymbolId symbol() const { return m_symbol; }
    const EstimatorConfig& config() const { return m_config; }
    Confidence confidence() const;
    TimeMs now() const { return m_now; }
    double price() const { return m_price; }
    double openNotional(PositionSide side) const;
    double estimatedLiquidated(PositionSide side) const
    {
        return m_liquidated[side == PositionSide::Long ? 0 : 1];
    }
    const std::vector<double>& weights() const { return m_calibration.weights(); }
    // Long share of the open estimate the side balance relaxes towards: 0.5 moved by the
    // premium's z-score (EstimatorConfig::crowdingWeight), 0.5 without index data.
    double targetLongShare() const { return m_crowding.targetLongShare(); }
    std::uint64_t rejected() const { return m_rejected; }
    std::uint64_t revision() const { return m_revision; }

private:
    struct Interval
    {
        double pq = 0, q = 0, buy = 0, sell = 0, first = 0, last = 0;
        std::vector<double> tierNotional; // taker-order notional per size group
        void clear()
        {
            pq = q = buy = sell = first = last = 0;
            std::fill(tierNotional.begin(), tierNotional.end(), 0.0);
        }
    };
    // The taker order being assembled from its fills (same time and taker side).
    struct TakerOrder
    {
        TimeMs time = 0;
        Side side = Side::Buy;
        double notional = 0;
    };
    bool plausible(double price) const;
    void advanceTo(TimeMs t);
    double longShareOf(const Interval& iv) const;
    void seed(double oi);
    void flushOrder();
    void openAt(double entry, double notional, double longShare, std::span<const double> groupNotional = {});
    void place(double entry, double notional, double longShare, std::size_t group);
    void close(double qty, double longShare, double oiBefore);
    void decay(TimeMs dt, TimeMs halfLife);
    void balanceSides(TimeMs dt);
    void consumeAt(double price);
    void captureColumn(TimeMs columnTime);
    void ensureCentred(double price);

    SymbolId m_symbol;
    EstimatorConfig m_config;
    LogGrid m_grid;
    std::vector<MarginTier> m_tiers;
    LevelRatios m_ratios; // LP/entry per size group, side, bucket, sub-level
    LevelBook m_book;
    HeatmapHistory m_heatmap;
    PremiumCrowding m_crowding;
    LeverageCalibration m_calibration;

    TimeMs m_now = 0;
    double m_price = 0;
    double m_mark = 0;
    Interval m_iv; // trades since the last OI observation (or fallback interval)
    TakerOrder m_order;
    double m_lastOi = -1;
    TimeMs m_lastOiTime = 0;
    TimeMs m_lastBalance = 0;
    TimeMs m_lastFallback = 0;
    TimeMs m_lastDecay = 0;
    TimeMs m_nextColumn = 0;
    double m_liquidated[2] = {0, 0};
    double m_consumedSinceOi[2] = {0, 0}; // quote notional consumed since the last OI event

    // Leverage adaptation window.
    TimeMs m_adaptStart = 0;
    std::vector<double> m_scratch[2]; // per-bucket consumption of one trade

    std::uint64_t m_rejected = 0;
    std::uint64_t m_revision = 0;
};

} // namespace perp::liq
