// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include "engine/liq/liqconfig.h"

namespace perp::liqtest {

inline Trade trade(TimeMs t, double price, double qty, Side side, SymbolId sym = 0)
{
    Trade tr;
    tr.h.symbol = sym;
    tr.h.exchangeTime = t;
    tr.price = Price::fromDouble(price);
    tr.qty = Qty::fromDouble(qty);
    tr.takerSide = side;
    return tr;
}

inline OpenInterest oi(TimeMs t, double value, SymbolId sym = 0)
{
    OpenInterest o;
    o.h.symbol = sym;
    o.h.exchangeTime = t;
    o.openInterest = Qty::fromDouble(value);
    return o;
}

inline Liquidation liquidation(TimeMs t, double price, double qty, PositionSide side, SymbolId sym = 0)
{
    Liquidation l;
    l.h.symbol = sym;
    l.h.exchangeTime = t;
    l.price = Price::fromDouble(price);
    l.qty = Qty::fromDouble(qty);
    l.liquidated = side;
    return l;
}

constexpr TimeMs kT0 = 1767225600000; // 2026-01-01T00:00:00Z

// One leverage, placed exactly, nothing learned, no unseen turnover or side balance: levels
// exactly where the formula puts them.
inline liq::EstimatorConfig oneBucket(double leverage, bool sizeFromTrades = true)
{
    liq::EstimatorConfig c;
    c.buckets = {{leverage, 1.0}};
    c.adaptLeverage = false;
    c.spreadLeverage = false;
    c.churnShare = 0;
    c.oiChurn = 0;
    c.sideBalanceTime = 0;
    c.sizeFromTrades = sizeFromTrades;
    return c;
}

} // namespace perp::liqtest
