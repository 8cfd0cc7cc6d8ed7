// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "rng.h"

#include <cmath>
#include <vector>

namespace perp::sim {

// A simple order book: a mid price with a spread of about one tick and a depth
// density (quote currency per 1% of price on each side). A taker order walks the
// book, so its fill is worse than the touch and it moves the mid by
// notional / (100 * depth): linear price impact in log terms.
class BookModel
{
public:
    BookModel(const SymbolInfo& info, double depthUsdPerPct, double startMid);

    double mid() const { return m_mid; }
    // Shifts the mid without trading (quotes following the fair value). Multiplicative.
    void shift(double logMove) { m_mid *= std::exp(logMove); }

    static constexpr int kMaxFills = 5;
    static constexpr double kLevelShare = 0.01; // notional of a visible level, as a share of the 1% depth

    // Executes a taker order; depthScale thins or thickens the book. The order walks the
    // book from the touch to the level at the new mid: `fills` gets up to kMaxFills
    // (price, qty) pairs, best first. Returns the average fill price rounded on the tick
    // grid against the taker (up for a buy, down for a sell). Moves the mid.
    Price execute(Side taker, Qty qty, double depthScale, std::vector<BookLevel>& fills);
    // Log move a taker order of this notional causes.
    double impact(double notional, double depthScale) const
    {
        return notional / (100.0 * m_depthUsdPerPct * depthScale);
    }

    Price bestBid() const;
    Price bestAsk() const;

    // Top of book with its sizes.
    BookUpdate topOfBook(double depthScale, Rng& rng) const;
    // Depth snapshot with `levels` price levels per side, best first.
    BookUpdate snapshot(int levels, double depthScale, Rng& rng) const;

    Price floorTick(double p) const;
    Price ceilTick(double p) const;
    Qty roundQty(double q) const; // to the qty step, at least one step

private:
    double halfSpread() const;
    Qty levelQty(double priceSpan, double depthScale, Rng& rng) const;

    double m_tick; // as double
    std::int64_t m_tickRaw;
    double m_step;
    std::int64_t m_stepRaw;
    double m_depthUsdPerPct;
    double m_mid;
};

} // namespace perp::sim
