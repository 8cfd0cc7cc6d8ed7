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

Price BookModel::execute(Side taker, double qty, double depthScale)
{
    const double move = impact(qty * m_mid, depthScale);
    const double before = m_mid;
    if (taker == Side::Buy) {
        const Price touch = bestAsk();
        m_mid *= std::exp(move);
        const Price fill = ceilTick(0.5 * (before + m_mid) + halfSpread());
        return std::max(fill, touch);
    }
    const Price touch = bestBid();
    m_mid *= std::exp(-move);
    const Price fill = floorTick(0.5 * (before + m_mid) - halfSpread());
    return std::min(fill, touch);
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
