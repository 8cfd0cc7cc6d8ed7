// SPDX-License-Identifier: MIT
#include "symbolmarket.h"

#include "margin.h"

#include <algorithm>
#include <cmath>

namespace perp::sim {

namespace {
constexpr double kDaySec = 86400.0;
constexpr double kFlowSigma = 1.2; // log-sigma of flow order sizes
constexpr double kPullHalfLifeSec = 10; // how fast flow traders pull the mid back to fair
constexpr double kPositionImpact = 0.3; // share of an opening/closing order's impact that lasts
constexpr double kLiquidationImpact = 0.5; // share of a forced order's impact that lasts
constexpr int kDepthLevels = 20;
constexpr double kReferenceDepthUsd = 12e6; // BTC's depth: position sizes scale with sqrt(depth / this)
constexpr double kStressRecoverySec = 30; // time constant of liquidity returning after forced orders
constexpr double kStressPerLiquidation = 0.995; // each forced order thins the book ...
constexpr double kStressNotionalShare = 0.3; // ... and more so the larger it is (share of 1% depth)
constexpr double kMinStress = 0.5;

std::uint64_t symbolSeed(std::uint64_t seed, SymbolId id)
{
    std::uint64_t sm
        = seed * 0x9E3779B97F4A7C15ULL + (static_cast<std::uint64_t>(id) + 1) * 0xD1B54A32D192ED03ULL;
    return splitmix64(sm);
}
} // namespace

SymbolMarket::SymbolMarket(SymbolId id, const SimConfig& config, const TraderProfile& profile)
    : m_id(id)
    , m_info(symbolInfo(id))
    , m_traits(symbolTraits(m_info))
    , m_profile(profile)
    , m_rng(symbolSeed(config.seed, id))
    , m_book(m_info, m_traits.depthUsdPerPct,
          (m_info.referencePrice > 0 ? m_info.referencePrice : 1.0) * std::exp(0.01 * m_rng.normal()))
    , m_fair(m_book.mid())
    , m_recordLiquidations(config.recordLiquidations)
{
    // Mean-reversion rate k of the mid towards fair = 2 * rate * gain * E[notional] / (100 * depth).
    const double meanNotional = m_traits.tradeMedianUsd * std::exp(0.5 * kFlowSigma * kFlowSigma);
    const double k = std::log(2.0) / kPullHalfLifeSec;
    m_pullGain = k * 100.0 * m_traits.depthUsdPerPct / (2.0 * m_traits.tradesPerSec * meanNotional);

    // Traders of thinner markets hold smaller positions.
    m_sizeScale = std::clamp(std::sqrt(m_traits.depthUsdPerPct / kReferenceDepthUsd), 0.1, 1.0);

    const TimeMs start = config.startTime;
    m_nextFlow = static_cast<double>(start) + m_rng.exponential(1000.0 / m_traits.tradesPerSec);
    m_nextOpen = static_cast<double>(start) + m_rng.exponential(1000.0);
    m_nextMark = start + (id * 37) % 1000;
    m_nextOi = start + (id * 211) % 3000;
    m_nextTop = start + (id * 53) % 500;
    m_nextSnapshot = start + (id * 379) % 5000;
    seedPopulation(start);
}

double SymbolMarket::drawNotional(double median, double sigma)
{
    // Capped so one order moves the price by at most about half a percent.
    return std::min(m_rng.logNormal(median, sigma), 0.5 * m_traits.depthUsdPerPct * m_depthScale);
}

void SymbolMarket::seedPopulation(TimeMs start)
{
    // Positions opened before the simulation starts, so ground truth is never empty.
    const auto n = static_cast<int>(m_profile.populationPerTradeRate * m_traits.tradesPerSec);
    const double mid = m_book.mid();
    for (int i = 0; i < n; ++i) {
        const auto side = m_rng.chance(0.5) ? PositionSide::Long : PositionSide::Short;
        const double notional
            = drawNotional(m_profile.medianNotionalUsd * m_sizeScale, m_profile.notionalSigma);
        const double lev = std::min(m_profile.drawLeverage(m_rng), maxLeverageFor(m_info.tiers, notional));
        const double ageSec
            = std::min(m_rng.exponential(m_profile.meanLifetimeSec), 3 * m_profile.meanLifetimeSec);
        const double entry
            = m_book.floorTick(mid * std::exp(0.02 * std::sqrt(ageSec / kDaySec) * m_rng.normal()))
                  .toDouble();
        const Qty qty = m_book.roundQty(notional / entry);
        const double lp = liquidationPrice(m_info.tiers, side, qty.toDouble(), entry, lev);
        if (side == PositionSide::Long ? mid <= lp : mid >= lp)
            continue; // would already have been liquidated
        const TimeMs openedAt = start - static_cast<TimeMs>(ageSec * 1000.0);
        const TimeMs closeAt = start
            + std::max<TimeMs>(
                10'000, static_cast<TimeMs>(m_rng.exponential(m_profile.meanLifetimeSec * 1000.0)));
        double stop = m_profile.drawStop(m_rng, entry, lp);
        if (side == PositionSide::Long ? mid <= stop : mid >= stop)
            stop = 0; // a stop the price already passed would have fired
        m_positions.open({side, entry, lp, qty.raw, lev, openedAt, stop}, closeAt, entry);
    }
}

double SymbolMarket::target(const MarketFactor&) const
{
    // The perp trades at a small premium to spot (~0.01%), more when traders are net long.
    return m_fair * (1.0 + 0.0001 + 0.002 * m_positions.imbalance());
}

Price SymbolMarket::trade(TimeMs t, Side side, Qty qty, double permanentImpact, std::vector<MarketEvent>& out)
{
    const double before = m_book.mid();
    const Price average = m_book.execute(side, qty, m_depthScale, m_fills);
    m_fair *= std::exp(permanentImpact * std::log(m_book.mid() / before));
    for (const BookLevel& f : m_fills)
        out.emplace_back(Trade {header(t), f.price, f.qty, side, ++m_tradeId});
    return average;
}

void SymbolMarket::flowTrade(TimeMs t, const MarketFactor& factor, std::vector<MarketEvent>& out)
{
    const double dev = std::log(target(factor) / m_book.mid());
    const double pBuy = 0.5 + std::clamp(m_pullGain * dev, -0.4, 0.4);
    const Side side = m_rng.chance(pBuy) ? Side::Buy : Side::Sell;
    const Qty qty = m_book.roundQty(drawNotional(m_traits.tradeMedianUsd, kFlowSigma) / m_book.mid());
    trade(t, side, qty, 0.0, out);
    settle(t, out);
}

void SymbolMarket::openPosition(TimeMs t, const MarketFactor& factor, std::vector<MarketEvent>& out)
{
    const double pLong = std::clamp(
        0.5 + m_profile.trendChasing * factor.trendSign() - 0.25 * m_positions.imbalance(), 0.1, 0.9);
    const auto side = m_rng.chance(pLong) ? PositionSide::Long : PositionSide::Short;
    const double notional = drawNotional(m_profile.medianNotionalUsd * m_sizeScale, m_profile.notionalSigma);
    const double lev = std::min(m_profile.drawLeverage(m_rng), maxLeverageFor(m_info.tiers, notional));
    const Qty qty = m_book.roundQty(notional / m_book.mid());
    const Price fill
        = trade(t, side == PositionSide::Long ? Side::Buy : Side::Sell, qty, kPositionImpact, out);
    const double entry = fill.toDouble();
    const double lp = liquidationPrice(m_info.tiers, side, qty.toDouble(), entry, lev);
    const auto life = static_cast<TimeMs>(m_rng.exponential(m_profile.meanLifetimeSec * 1000.0));
    const double stop = m_profile.drawStop(m_rng, entry, lp);
    m_positions.open({side, entry, lp, qty.raw, lev, t, stop}, t + std::max<TimeMs>(10'000, life), entry);
    settle(t, out);
}

void SymbolMarket::closePosition(
    TimeMs t, PositionBook::Slot slot, std::vector<MarketEvent>& out, bool settleAfter)
{
    const Position& p = m_positions.at(slot);
    const Side side = p.side == PositionSide::Long ? Side::Sell : Side::Buy;
    const Price fill = trade(t, side, Qty::fromRaw(p.qtyRaw), kPositionImpact, out);
    m_positions.close(slot, fill.toDouble(), t);
    if (settleAfter)
        settle(t, out);
}

void SymbolMarket::settle(TimeMs t, std::vector<MarketEvent>& out)
{
    for (;;) {
        if (m_positions.crossed(m_book.mid()))
            liquidateOne(t, out);
        else if (auto slot = m_positions.stopped(m_book.mid()))
            closePosition(t, *slot, out, false);
        else
            return;
    }
}

void SymbolMarket::liquidateOne(TimeMs t, std::vector<MarketEvent>& out)
{
    if (auto slot = m_positions.crossed(m_book.mid())) {
        const double trigger = m_book.mid();
        const Position p = m_positions.at(*slot);
        const Qty qty = Qty::fromRaw(p.qtyRaw);
        const Side side = p.side == PositionSide::Long ? Side::Sell : Side::Buy;
        const Price fill = trade(t, side, qty, kLiquidationImpact, out);
        m_positions.close(*slot, fill.toDouble(), t);
        out.emplace_back(Liquidation {header(t), fill, qty, p.side});
        ++m_liquidations;
        // Market makers pull quotes while forced orders hit the book: the next one moves price more.
        const double notional = qty.toDouble() * fill.toDouble();
        m_stress = std::max(kMinStress,
            m_stress * kStressPerLiquidation
                * std::exp(-notional / (kStressNotionalShare * m_traits.depthUsdPerPct)));
        m_depthScale = m_regimeDepth * m_stress;
        if (m_recordLiquidations)
            m_liqLog.push_back(
                {t, m_id, p.side, p.entryPrice, p.leverage, p.liquidationPrice, trigger, fill, qty});
    }
}

void SymbolMarket::publishBook(TimeMs t, bool snapshot, std::vector<MarketEvent>& out)
{
    BookUpdate u = snapshot ? m_book.snapshot(kDepthLevels, m_depthScale, m_rng)
                            : m_book.topOfBook(m_depthScale, m_rng);
    u.h = header(t);
    u.prevLastUpdateId = m_bookUpdateId;
    u.firstUpdateId = u.lastUpdateId = ++m_bookUpdateId;
    m_lastBid = u.bids.empty() ? Price {} : u.bids.front().price;
    m_lastAsk = u.asks.empty() ? Price {} : u.asks.front().price;
    out.emplace_back(std::move(u));
}

void SymbolMarket::step(TimeMs from, TimeMs to, const MarketFactor& factor, std::vector<MarketEvent>& out)
{
    const double dt = static_cast<double>(to - from) / 1000.0;
    m_fair *= std::exp(
        m_traits.beta * factor.shock() + m_traits.idioVolDaily * std::sqrt(dt / kDaySec) * m_rng.normal());
    m_activity = factor.traits().activity;
    m_stress = 1.0 - (1.0 - m_stress) * std::exp(-dt / kStressRecoverySec);
    m_regimeDepth = factor.traits().depth;
    m_depthScale = m_regimeDepth * m_stress;
    const double flowRate = m_traits.tradesPerSec * m_activity;
    const double openRate
        = m_profile.populationPerTradeRate * m_traits.tradesPerSec / m_profile.meanLifetimeSec * m_activity;

    for (;;) {
        const auto closeAt = m_positions.nextCloseTime();
        const auto flowAt = static_cast<TimeMs>(m_nextFlow);
        const auto openAt = static_cast<TimeMs>(m_nextOpen);
        const TimeMs t = std::min(
            {closeAt.value_or(to), openAt, flowAt, m_nextMark, m_nextOi, m_nextTop, m_nextSnapshot});
        if (t >= to)
            break;
        if (closeAt && *closeAt == t) {
            if (auto slot = m_positions.dueForClose(t))
                closePosition(t, *slot, out);
        } else if (openAt == t) {
            m_nextOpen += m_rng.exponential(1000.0 / openRate);
            openPosition(t, factor, out);
        } else if (flowAt == t) {
            m_nextFlow += m_rng.exponential(1000.0 / flowRate);
            flowTrade(t, factor, out);
        } else if (m_nextMark == t) {
            m_nextMark += 1000;
            MarkFunding e = m_funding.sample(t, m_book.mid(), m_fair, m_book);
            e.h = header(t);
            out.emplace_back(e);
        } else if (m_nextOi == t) {
            m_nextOi += 3000;
            out.emplace_back(OpenInterest {header(t), Qty::fromRaw(m_positions.openInterestRaw())});
        } else if (m_nextTop == t) {
            m_nextTop += 500;
            if (m_book.bestBid() != m_lastBid || m_book.bestAsk() != m_lastAsk)
                publishBook(t, false, out);
        } else {
            m_nextSnapshot += 5000;
            publishBook(t, true, out);
        }
    }
}

} // namespace perp::sim
