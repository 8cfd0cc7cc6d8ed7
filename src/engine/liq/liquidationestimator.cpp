// SPDX-License-Identifier: MIT
#include "liquidationestimator.h"

#include "liqprice.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

namespace {
constexpr int kLong = 0;
constexpr int kShort = 1;
int sideIdx(PositionSide s)
{
    return s == PositionSide::Long ? kLong : kShort;
}
} // namespace

LiquidationEstimator::LiquidationEstimator(SymbolId symbol, EstimatorConfig config)
    : m_symbol(symbol)
    , m_config(std::move(config))
    , m_grid {m_config.binStep > 0 ? m_config.binStep : 0.001}
    , m_book(m_config.buckets.size(), m_config.halfBins)
    , m_heatmap(m_config.heatmapColumns, m_grid)
    , m_crowding(m_config)
    , m_calibration(m_config)
{
    setTiers(symbolInfo(symbol).tiers);
    for (auto& c : m_scratch)
        c.assign(m_config.buckets.size(), 0.0);
}

void LiquidationEstimator::setTiers(std::span<const MarginTier> tiers)
{
    std::vector<MarginTier> copy(tiers.begin(), tiers.end()); // tiers may view m_tiers
    m_tiers = std::move(copy);
    m_ratios.build(m_config, m_tiers);
    m_iv.tierNotional.assign(m_ratios.tierGroups(), 0.0);
}

void LiquidationEstimator::apply(const MarketEvent& event)
{
    std::visit(
        [this](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if (e.h.symbol != m_symbol)
                return;
            if constexpr (std::is_same_v<T, Trade>)
                onTrade(e);
            else if constexpr (std::is_same_v<T, OpenInterest>)
                onOpenInterest(e);
            else if constexpr (std::is_same_v<T, MarkFunding>)
                onMark(e);
            else if constexpr (std::is_same_v<T, Liquidation>)
                onLiquidation(e);
        },
        event);
}

void LiquidationEstimator::ensureCentred(double price)
{
    const int bin = m_grid.bin(price);
    if (m_book.empty()) {
        m_book.recentre(bin);
        return;
    }
    const int margin = m_config.halfBins / 2;
    if (bin < m_book.firstBin() + margin || bin >= m_book.endBin() - margin)
        m_book.recentre(bin);
}

void LiquidationEstimator::advanceTo(TimeMs t)
{
    if (t <= m_now)
        return;
    if (m_now == 0) {
        m_now = t;
        m_nextColumn = floorTo(t, m_config.heatmapInterval) + m_config.heatmapInterval;
        m_adaptStart = t;
        m_lastDecay = t;
        m_lastFallback = t;
        return;
    }
    // Close heatmap columns for every interval boundary passed (state as of the boundary).
    if (t >= m_nextColumn && m_price > 0) {
        captureColumn(m_nextColumn - m_config.heatmapInterval);
        m_nextColumn = floorTo(t, m_config.heatmapInterval) + m_config.heatmapInterval;
    }
    m_now = t;
    const bool fallback = m_lastOiTime == 0 || m_now - m_lastOiTime > m_config.fallbackAfter;
    if (fallback && m_now - m_lastFallback >= m_config.fallbackInterval) {
        flushOrder();
        if (m_iv.q > 0)
            openAt(
                m_iv.pq / m_iv.q, m_config.volumeOpenShare * m_iv.pq, longShareOf(m_iv), m_iv.tierNotional);
        m_iv.clear();
        decay(m_now - m_lastFallback, m_config.fallbackHalfLife);
        m_lastFallback = m_now;
        m_lastDecay = m_now;
    } else if (!fallback && m_config.decayHalfLife > 0 && m_now - m_lastDecay >= kMinuteMs) {
        decay(m_now - m_lastDecay, m_config.decayHalfLife);
        m_lastDecay = m_now;
    }
    // Re-weight only where the feed publishes liquidations at all.
    if (m_config.adaptLeverage && m_config.liquidationFeed && m_now - m_adaptStart >= m_config.adaptWindow) {
        if (m_calibration.update())
            ++m_revision;
        m_adaptStart = m_now;
    }
}

void LiquidationEstimator::onTrade(const Trade& t)
{
    const double p = t.price.toDouble();
    const double q = t.qty.toDouble();
    if (!plausible(p) || !(q > 0)) {
        ++m_rejected;
        return;
    }
    advanceTo(t.h.exchangeTime);
    if (m_iv.q == 0)
        m_iv.first = p;
    m_iv.last = p;
    m_iv.pq += p * q;
    m_iv.q += q;
    if (m_config.sizeFromTrades) {
        if (t.h.exchangeTime != m_order.time || t.takerSide != m_order.side)
            flushOrder();
        m_order.time = t.h.exchangeTime;
        m_order.side = t.takerSide;
        m_order.notional += p * q;
    }
    (t.takerSide == Side::Buy ? m_iv.buy : m_iv.sell) += q;
    m_price = p;
    ensureCentred(p);
    if (m_config.consumeOnTrades)
        consumeAt(p);
}

bool LiquidationEstimator::plausible(double p) const
{
    // A price more than x1.65 away from the last one is a bad tick, not a market move (it
    // would re-centre the grid and consume or drop the whole estimate).
    return p > 0 && std::isfinite(p) && (m_price <= 0 || std::abs(std::log(p / m_price)) <= 0.5);
}

void LiquidationEstimator::onMark(const MarkFunding& m)
{
    const double p = m.markPrice.toDouble();
    if (!plausible(p)) {
        ++m_rejected;
        return;
    }
    advanceTo(m.h.exchangeTime);
    m_mark = p;
    const double index = m.indexPrice.toDouble();
    if (index > 0 && std::isfinite(index) && std::abs(std::log(p / index)) < 0.1)
        m_crowding.add(p / index - 1.0, m.h.exchangeTime);
    if (m_price <= 0) {
        m_price = p;
        ensureCentred(p);
    }
    // Exchanges liquidate on the mark price: a mark through a level consumes it too.
    consumeAt(p);
}

void LiquidationEstimator::onLiquidation(const Liquidation& l)
{
    const double p = l.price.toDouble();
    const double q = l.qty.toDouble();
    if (!(p > 0) || !(q > 0) || !std::isfinite(p)) {
        ++m_rejected;
        return;
    }
    advanceTo(l.h.exchangeTime);
    m_calibration.addRealized(sideIdx(l.liquidated), p * q);
}

void LiquidationEstimator::onOpenInterest(const OpenInterest& oi)
{
    const double v = oi.openInterest.toDouble();
    if (!(v >= 0) || !std::isfinite(v)) {
        ++m_rejected;
        return;
    }
    advanceTo(oi.h.exchangeTime);
    m_lastOiTime = std::max(m_lastOiTime, oi.h.exchangeTime);
    if (m_lastOi < 0) {
        m_lastOi = v;
        m_lastBalance = oi.h.exchangeTime;
        seed(v);
        m_iv.clear();
        m_consumedSinceOi[0] = m_consumedSinceOi[1] = 0;
        return;
    }
    flushOrder();
    const double delta = v - m_lastOi;
    m_lastOi = v;
    // Churn: part of the traded volume replaces old positions with new ones without moving
    // OI (a new position taking over from a closing one or from a market maker).
    const double churn = m_config.churnShare * m_iv.q + m_config.oiChurn * std::abs(delta);
    const double closeQty = std::max(0.0, -delta) + churn;
    const double openQty = std::max(0.0, delta) + churn;
    if (closeQty > 0)
        close(closeQty, 1.0 - longShareOf(m_iv), v - delta);
    if (openQty > 0 && (m_iv.q > 0 || m_price > 0)) {
        const double vwap = m_iv.q > 0 ? m_iv.pq / m_iv.q : m_price;
        openAt(vwap, openQty * vwap, longShareOf(m_iv), m_iv.tierNotional);
    }
    balanceSides(oi.h.exchangeTime - m_lastBalance);
    m_lastBalance = oi.h.exchangeTime;
    m_iv.clear();
    m_consumedSinceOi[0] = m_consumedSinceOi[1] = 0;
}

void LiquidationEstimator::balanceSides(TimeMs dt)
{
    if (m_config.sideBalanceTime <= 0 || dt <= 0)
        return;
    const double l = openNotional(PositionSide::Long);
    const double s = openNotional(PositionSide::Short);
    if (!(l > 0) || !(s > 0))
        return;
    // The side that is larger than the target ratio (equal sides, or the premium's crowding
    // signal) moves geometrically towards it.
    const double share = m_crowding.targetLongShare();
    const double ratio = share / (1.0 - share); // target longs / shorts
    const double f = 1.0 - std::exp(-static_cast<double>(dt) / static_cast<double>(m_config.sideBalanceTime));
    if (l > s * ratio)
        m_book.scale(PositionSide::Long, std::pow(s * ratio / l, f));
    else if (l < s * ratio)
        m_book.scale(PositionSide::Short, std::pow(l / (s * ratio), f));
}

double LiquidationEstimator::longShareOf(const Interval& iv) const
{
    double longShare = 0.5;
    if (iv.buy + iv.sell > 0)
        longShare += m_config.flowWeight * (iv.buy - iv.sell) / (iv.buy + iv.sell);
    if (iv.last > iv.first)
        longShare += m_config.directionWeight;
    else if (iv.last < iv.first)
        longShare -= m_config.directionWeight;
    return std::clamp(longShare, m_config.minSideShare, 1.0 - m_config.minSideShare);
}

void LiquidationEstimator::seed(double oi)
{
    // Positions opened before we started watching: entries unknown, assumed around the
    // current price (weights 1-2-3-2-1 at -2%..+2%), both sides alike.
    if (!(m_price > 0) || !(oi > 0))
        return;
    static constexpr double kOffsets[] = {-0.02, -0.01, 0.0, 0.01, 0.02};
    static constexpr double kWeights[] = {1.0 / 9, 2.0 / 9, 3.0 / 9, 2.0 / 9, 1.0 / 9};
    for (int i = 0; i < 5; ++i)
        openAt(m_price * (1 + kOffsets[i]), oi * m_price * kWeights[i], 0.5);
}

void LiquidationEstimator::flushOrder()
{
    if (m_order.notional > 0 && !m_iv.tierNotional.empty())
        m_iv.tierNotional[m_ratios.groupOf(m_order.notional)] += m_order.notional;
    m_order.notional = 0;
}

void LiquidationEstimator::openAt(
    double entry, double notional, double longShare, std::span<const double> groupNotional)
{
    if (!(notional > 0) || !(entry > 0))
        return;
    ensureCentred(entry);
    double total = 0;
    if (m_config.sizeFromTrades) {
        for (double n : groupNotional)
            total += n;
    }
    if (total > 0) {
        // Each tier's share of the interval's taker-order notional opens that share.
        for (std::size_t g = 0; g < groupNotional.size(); ++g) {
            if (groupNotional[g] > 0)
                place(entry, notional * groupNotional[g] / total, longShare, g);
        }
    } else {
        place(entry, notional, longShare, m_ratios.defaultGroup());
    }
    ++m_revision;
}

void LiquidationEstimator::place(double entry, double notional, double longShare, std::size_t group)
{
    const double perSide[2] = {2 * notional * longShare, 2 * notional * (1 - longShare)};
    for (std::size_t b = 0; b < m_calibration.weights().size(); ++b) {
        for (int s = 0; s < 2; ++s) {
            const auto side = s == kLong ? PositionSide::Long : PositionSide::Short;
            const auto& ratios = m_ratios.at(group, side, b);
            const double n = perSide[s] / static_cast<double>(ratios.size()); // notional at entry
            for (double r : ratios) {
                const double lp = entry * r;
                if (!(lp > 0))
                    continue;
                // A level already on the wrong side of the current price was liquidated in
                // the interval it was opened in.
                const bool crossed = s == kLong ? lp >= m_price : lp <= m_price;
                if (crossed)
                    m_liquidated[s] += n * m_calibration.weight(b);
                else
                    m_book.add(side, b, m_grid.bin(lp), n);
            }
        }
    }
}

void LiquidationEstimator::close(double qty, double longShare, double oiBefore)
{
    const double px = m_price > 0 ? m_price : m_mark;
    const double share[2] = {longShare, 1.0 - longShare};
    for (int s = 0; s < 2; ++s) {
        const auto side = s == kLong ? PositionSide::Long : PositionSide::Short;
        const double open = openNotional(side);
        const double remaining = 2 * qty * px * share[s] - m_consumedSinceOi[s];
        if (open <= 0 || remaining <= 0)
            continue;
        // The closed share is taken from the open interest, not from the estimate's own total:
        // where the estimate holds less than the OI (levels it consumed that did not exist, a
        // start without history) an absolute close would wipe the side out.
        const double base = m_config.closeShareOfOi && oiBefore > 0 ? oiBefore * px : open;
        m_book.scale(side, 1.0 - std::min(1.0, remaining / base));
    }
    ++m_revision;
}

void LiquidationEstimator::decay(TimeMs dt, TimeMs halfLife)
{
    if (halfLife <= 0 || dt <= 0)
        return;
    const double f = std::exp2(-static_cast<double>(dt) / static_cast<double>(halfLife));
    m_book.scale(PositionSide::Long, f);
    m_book.scale(PositionSide::Short, f);
    ++m_revision;
}

void LiquidationEstimator::consumeAt(double price)
{
    const int bin = m_grid.bin(price);
    bool any = false;
    auto& perBucket = m_scratch;
    for (auto& v : perBucket)
        std::fill(v.begin(), v.end(), 0.0);
    if (bin <= m_book.topLong()) {
        m_book.consumeLongsFrom(bin, perBucket[kLong]);
        any = true;
    }
    if (bin >= m_book.bottomShort()) {
        m_book.consumeShortsTo(bin, perBucket[kShort]);
        any = true;
    }
    if (!any)
        return;
    for (int s = 0; s < 2; ++s) {
        for (std::size_t b = 0; b < perBucket[s].size(); ++b) {
            const double weighted = perBucket[s][b] * m_calibration.weight(b);
            m_liquidated[s] += weighted;
            m_consumedSinceOi[s] += weighted;
            m_calibration.addConsumed(s, b, perBucket[s][b]);
        }
    }
    ++m_revision;
}

double LiquidationEstimator::openNotional(PositionSide side) const
{
    double sum = 0;
    for (std::size_t b = 0; b < m_calibration.weights().size(); ++b)
        sum += m_calibration.weight(b) * m_book.total(side, b);
    return sum;
}

Confidence LiquidationEstimator::confidence() const
{
    if (m_lastOiTime > 0 && m_now - m_lastOiTime <= m_config.fallbackAfter)
        return Confidence::Normal;
    if (openNotional(PositionSide::Long) + openNotional(PositionSide::Short) > 0)
        return Confidence::Low;
    return Confidence::None;
}

LiqProfile LiquidationEstimator::profile(double range) const
{
    LiqProfile p;
    p.time = m_now;
    p.price = m_price;
    p.grid = m_grid;
    p.confidence = confidence();
    if (m_price <= 0 || m_book.empty())
        return p;
    const int half = m_grid.binsFor(range > 0 ? range : m_config.profileRange);
    const int centre = m_grid.bin(m_price);
    p.firstBin = centre - half;
    p.longs.assign(static_cast<std::size_t>(2 * half + 1), 0.0);
    p.shorts.assign(p.longs.size(), 0.0);
    m_book.mix(PositionSide::Long, m_calibration.weights(), p.firstBin, p.longs);
    m_book.mix(PositionSide::Short, m_calibration.weights(), p.firstBin, p.shorts);
    return p;
}

void LiquidationEstimator::captureColumn(TimeMs columnTime)
{
    const LiqProfile p = profile(m_config.heatmapRange);
    if (p.longs.empty())
        return;
    auto col = std::make_shared<HeatColumn>();
    col->time = columnTime;
    col->price = p.price;
    col->firstBin = p.firstBin;
    col->values.resize(p.size());
    for (std::size_t i = 0; i < p.size(); ++i)
        col->values[i] = static_cast<float>(p.longs[i] + p.shorts[i]);
    m_heatmap.push(std::move(col));
}

} // namespace perp::liq
