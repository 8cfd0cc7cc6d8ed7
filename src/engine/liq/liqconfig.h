// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <vector>

namespace perp::liq {

struct LeverageBucket
{
    double leverage;
    double weight; // share of newly opened notional assumed at this leverage
};

// Defaults of the liquidation estimator. One set for every symbol and market; nothing here
// is tuned to the simulator's hidden parameters.
struct EstimatorConfig
{
    // Leverage mix of newly opened positions. Public tools use 5..100x with most weight on
    // 10-25x (gptprojectmanager: 5x 15%, 10x 30%, 25x 25%, 50x 20%, 100x 10%; Hyblock calls
    // 25/50/100x "high leverage"). We add 2x/3x for funds and keep some 50x/100x retail mass.
    // Levels for leverage above a symbol's tier-1 maximum are clamped to that maximum.
    // The weights are only a prior: with adaptLeverage the estimator re-weights buckets from
    // realized liquidations (see LiquidationEstimator).
    std::vector<LeverageBucket> buckets {{2, 0.05}, {3, 0.05}, {5, 0.08}, {7, 0.08}, {10, 0.12}, {15, 0.10},
        {20, 0.10}, {25, 0.10}, {35, 0.08}, {50, 0.09}, {75, 0.06}, {100, 0.06}, {125, 0.03}};
    // Spread each bucket over the leverage range between it and its neighbours (geometric
    // midpoints, log-uniform): traders do not all pick round leverages, and a continuous
    // density compares better with reality than a few spikes. Off: exactly the listed values.
    bool spreadLeverage = true;
    // Notional of a typical estimated position, used to pick its maintenance tier where the
    // size is unknown (the seed at start, an interval without trades, sizeFromTrades off).
    double positionNotional = 10'000;
    // Position size from the trade feed: each interval's opened notional is split by the share
    // of taker-order notional (fills with the same time and taker side summed) in each margin
    // tier, and each share is placed with that tier's MMR, cum and leverage cap (the exchange
    // caps leverage by the position's notional, so large orders cannot be 100x). No fitted
    // numbers: the classes are the symbol's own tiers.
    bool sizeFromTrades = true;
    // Bin width of the estimator's log-price grid (natural log), 0.1%.
    double binStep = 0.001;
    // Bins kept on each side of the grid centre (exp(1000*0.001) = x2.7 up, x0.37 down):
    // covers 2x longs (-50%) and shorts (+50%) with room for price drift before a re-centre.
    int halfBins = 1000;

    // Long/short split of new open interest. Every new contract has a long and a short, so an
    // OI increase dOI opens dOI of each in total; the side the takers were on (and the way
    // price moved) is taken as the leveraged, liquidatable side and gets the larger share:
    // longShare = 0.5 + flowWeight*imbalance + directionWeight*sign(move), clamped to
    // [minSideShare, 1-minSideShare]; imbalance = (buy-sell)/(buy+sell) of taker volume.
    double flowWeight = 0.3;
    double directionWeight = 0.1;
    double minSideShare = 0.2;

    // Share of the traded quantity between OI observations taken as positions replacing
    // others (closed proportionally and opened at the interval's VWAP) on top of the net OI
    // change. OI only shows the net change; real turnover is larger.
    double churnShare = 0.0;
    // Turnover the OI series cannot show: open interest moves only with the side that is larger
    // (the other side's opens and closes trade against market makers or against closing
    // positions and leave OI unchanged), so each observed change |dOI| stands for about as
    // much unseen turnover. oiChurn * |dOI| is closed (proportionally) and reopened at the
    // interval's VWAP on top of the net change. This scales with the market's real turnover
    // (short holding times give many OI changes relative to OI, long ones few). Up to 1 by
    // that argument; 0.5 because part of each |dOI| is a liquidation or one trader's round
    // trip, and because 0.5 and 1.0 measured alike (liq-eval seeds 1-3, all scenarios).
    double oiChurn = 0.5;
    // OI decrease rule: a decrease of dOI out of OI closes the fraction (2*dOI*sideShare)/OI of
    // each side's open estimated positions (proportionally, every level alike). On: the fraction
    // is taken of the observed OI (the positions that exist). Off: of the estimate's own open
    // notional, which wipes a side whenever the estimate holds less than the market (after its
    // levels were consumed), leaving only the newest positions (liq-eval seeds 1-6: retail
    // correlation +0.1 with it on).
    bool closeShareOfOi = true;

    // Long/short balance: every contract has a long and a short, and market makers, who take
    // the other side of the traders' imbalance, flatten or hedge their inventory, so the
    // traders' open longs and shorts stay close. The split of openings and closings by taker
    // flow is noisy and would let the estimated sides drift apart; the larger side relaxes
    // towards the smaller with this time constant (0 = off).
    TimeMs sideBalanceTime = 4 * kHourMs;
    // Crowding from the premium (PremiumCrowding): the perp trades above its index when
    // traders are net long (buyers pay up) and below when they are net short; funding is the
    // same premium averaged over the funding window. The balance above relaxes the long share of the open
    // estimate towards 0.5 + crowdingWeight * z instead of 0.5, where z is the z-score of the premium
    // (mark/index - 1, smoothed over premiumSmoothing) against its own mean and spread over
    // premiumBaseline. A z-score needs no venue-specific scale (premium levels differ by
    // venue, symbol and interest component) and removes any standing premium; z is clamped
    // to +-crowdingMaxZ and used only after premiumWarmup of index data (0.5 before, and
    // without an index price). 0 = off (balance towards equal sides). Off by default: the
    // premium does track the traders' true long share in the simulator (correlation 0.5-0.84
    // per scenario), but on liq-eval 0.05 moved correlation by +0.001 on seeds 1-3 and -0.002
    // on held-out seeds 4-6 (capture +0.001), and 0.1 lowered both: the side split is not
    // what limits the estimate (rescaling each side to the true totals would add ~0.04).
    double crowdingWeight = 0.0;
    TimeMs premiumSmoothing = 15 * kMinuteMs;
    TimeMs premiumBaseline = 12 * kHourMs;
    TimeMs premiumWarmup = kHourMs;
    double crowdingMaxZ = 2.5;

    // Levels are consumed when a trade prints through them (the usual heatmap rule: wicks
    // count) and when the mark price reaches them (what exchanges liquidate on).
    bool consumeOnTrades = true;

    // Optional exponential time decay of open levels (0 = off). Off by default with OI data:
    // OI decreases already close positions. Used by the volume fallback.
    TimeMs decayHalfLife = 0;

    // Volume fallback (trades only, no OI for fallbackAfter): each interval opens
    // volumeOpenShare of the taker volume as new positions and levels decay with
    // fallbackHalfLife (positions close over time). Labelled lower confidence.
    TimeMs fallbackAfter = 5 * kMinuteMs;
    TimeMs fallbackInterval = kMinuteMs;
    double volumeOpenShare = 0.05;
    TimeMs fallbackHalfLife = 2 * kHourMs;

    // Re-weight leverage buckets from realized liquidations (multiplicative EM update of the
    // mixture: predicted consumption per bucket vs realized liquidation notional). This is how
    // the leverage mix is calibrated online: realized liquidations land where the buckets
    // that really exist put their levels.
    bool adaptLeverage = true;
    // The source publishes liquidations (all live venues do; a trades-only replay does not).
    // Without it nothing is learned: an absent liquidation says nothing.
    bool liquidationFeed = true;
    // Weight of one update: each window multiplies a bucket's weight by its mean
    // realized/predicted ratio over adaptMemory raised to adaptRate (0.02: about 50 windows,
    // 4 h, to apply one full EM step; faster learning over-fits the few liquidations per hour).
    double adaptRate = 0.02;
    // The ratios are averaged arithmetically over this memory (exponential forgetting; 0 = each
    // window alone, the former rule).
    TimeMs adaptMemory = 6 * kHourMs;
    TimeMs adaptWindow = 5 * kMinuteMs;
    // Leverage mix vs liquidated share. Not every estimated position reaches its liquidation
    // price: stop-losses and manual exits close a part before it (the estimate cannot see
    // which), so realized liquidations fall short of the prediction at every leverage alike.
    // Taken as evidence about leverage, that global shortfall punishes the buckets that get
    // tested most (high leverage, near price) and hands their weight to buckets never tested
    // (low leverage, far away): the mix drifted low (liq-eval balanced: 2x-10x held ~0.6 of
    // the weight). With relativeAdapt each bucket's realized/predicted factor is divided by
    // the overall ratio over adaptMemory (sum realized / sum predicted), clamped to
    // [minLiquidatedShare, 1]: a shortfall down to that share is blamed on early exits, not on
    // the leverage mix. An overall excess (ratio > 1) stays leverage evidence (more
    // liquidated than the mix predicts means more high leverage), and so does a shortfall
    // below the floor (almost nothing liquidated: little high leverage, e.g. funds). 0.3: at
    // least 30% of the notional is assumed to reach its liquidation price; 0.25..0.7 measured
    // alike on liq-eval seeds 1-3 (0.15 worse).
    bool relativeAdapt = true;
    double minLiquidatedShare = 0.3;

    // Heatmap history: one column per heatmapInterval, +-heatmapRange around price, at most
    // heatmapColumns kept (24 h of 1-minute columns by default).
    TimeMs heatmapInterval = kMinuteMs;
    double heatmapRange = 0.15;
    std::size_t heatmapColumns = 1440;
    // Range of the current density profile around price.
    double profileRange = 0.25;
};

} // namespace perp::liq
