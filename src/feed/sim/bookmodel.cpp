// SPDX-License-Identifier: MIT
#include "bookmodel.h"

#include <algorithm>
#include <cmath>

namespace perp::sim {

BookModel::BookModel(const SymbolInfo& info, double depthUsdPerPct, double startMid)
    : m_tick(info.tickSize.toDouble())
    , m_tickRaw(std::max<std::int64_t>(1, info.tickSize.raw))
    , m_step(info.qtyStep.toDouble())
    , m_stepRaw(std::max<std::int64_t>(1, info.qtyStep.raw))
    , m_depthUsdPerPct(depthUsdPerPct)
    , m_mid(startMid)
{ }

Price BookModel::floorTick(double p) const
{
    const auto ticks = static_cast<std::int64_t>(std::floor(p / m_tick + 1e-9));
    return Price::fromRaw(std::max<std::int64_t>(1, ticks) * m_tickRaw);
}

Price BookModel::ceilTick(double p) const
{
    const auto ticks = static_cast<std::int64_t>(std::ceil(p / m_tick - 1e-9));
    return Price::fromRaw(std::max<std::int64_t>(1, ticks) * m_tickRaw);
}

Qty BookModel::roundQty(double q) const
{
    const auto steps = static_cast<std::int64_t>(std::llround(q / m_step));
    return Qty::fromRaw(std::max<std::int64_t>(1, steps) * m_stepRaw);
}

double BookModel::halfSpread() const
{
    return std::max(0.5 * m_tick, m_mid * 0.5e-5);
}

Price BookModel::bestBid() const
{
    return floorTick(m_mid - halfSpread());
}

Price BookModel::bestAsk() const
{
    const Price ask = ceilTick(m_mid + halfSpread());
    const Price bid = bestBid();
    return ask > bid ? ask : Price::fromRaw(bid.raw + m_tickRaw);
}

Price BookModel::execute(Side taker, Qty qty, double depthScale, std::vector<BookLevel>& fills)
{
    fills.clear();
    const bool buy = taker == Side::Buy;
    const double q = qty.toDouble();
    const double move = impact(q * m_mid, depthScale);
    const Price touch = buy ? bestAsk() : bestBid();
    m_mid *= std::exp(buy ? move : -move);
    Price worst = buy ? ceilTick(m_mid + halfSpread()) : floorTick(m_mid - halfSpread());
    if (buy ? worst < touch : worst > touch)
        worst = touch;
    const std::int64_t ticks = std::llabs(worst.raw - touch.raw) / m_tickRaw;
    const std::int64_t steps = std::max<std::int64_t>(1, qty.raw / m_stepRaw);
    // Resting orders cluster near the touch: an order takes one more fill per
    // kLevelShare of the 1% depth it consumes.
    const auto levels
        = 1 + static_cast<std::int64_t>(q * m_mid / (kLevelShare * m_depthUsdPerPct * depthScale));
    const auto n = std::min<std::int64_t>({kMaxFills, ticks + 1, steps, levels});
    const std::int64_t dir = buy ? 1 : -1;
    std::int64_t leftover = qty.raw - (qty.raw / m_stepRaw) * m_stepRaw; // normally 0
    double notional = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t at = n == 1 ? 0 : (ticks * i + (n - 1) / 2) / (n - 1);
        const Price price
            = Price::fromRaw(std::max<std::int64_t>(m_tickRaw, touch.raw + dir * at * m_tickRaw));
        std::int64_t raw = (steps / n + (i < steps % n ? 1 : 0)) * m_stepRaw + leftover;
        if (qty.raw < m_stepRaw)
            raw = qty.raw;
        leftover = 0;
        fills.push_back({price, Qty::fromRaw(raw)});
        notional += price.toDouble() * Qty::fromRaw(raw).toDouble();
    }
    const double avg = notional / q;
    return buy ? std::max(touch, ceilTick(avg)) : std::min(touch, floorTick(avg));
}

Qty BookModel::levelQty(double priceSpan, double depthScale, Rng& rng) const
{
    // Base units resting within priceSpan of price: depth is quote per 1% of price.
    const double perPrice = m_depthUsdPerPct * depthScale * 100.0 / (m_mid * m_mid);
    return roundQty(perPrice * priceSpan * rng.uniform(0.4, 1.6));
}

BookUpdate BookModel::topOfBook(double depthScale, Rng& rng) const
{
    BookUpdate u;
    u.kind = BookKind::TopOfBook;
    const double span = std::max(m_tick, m_mid * 1e-4);
    u.bids.push_back({bestBid(), levelQty(span, depthScale, rng)});
    u.asks.push_back({bestAsk(), levelQty(span, depthScale, rng)});
    return u;
}

BookUpdate BookModel::snapshot(int levels, double depthScale, Rng& rng) const
{
    BookUpdate u;
    u.kind = BookKind::Snapshot;
    const auto stepTicks = std::max<std::int64_t>(1, std::llround(m_mid * 0.5e-4 / m_tick));
    const double span = static_cast<double>(stepTicks) * m_tick;
    const Price bid = bestBid();
    const Price ask = bestAsk();
    u.bids.reserve(static_cast<std::size_t>(levels));
    u.asks.reserve(static_cast<std::size_t>(levels));
    for (int i = 0; i < levels; ++i) {
        const std::int64_t off = i * stepTicks * m_tickRaw;
        if (bid.raw - off > 0)
            u.bids.push_back({Price::fromRaw(bid.raw - off), levelQty(span, depthScale, rng)});
        u.asks.push_back({Price::fromRaw(ask.raw + off), levelQty(span, depthScale, rng)});
    }
    return u;
}

} // namespace perp::sim
