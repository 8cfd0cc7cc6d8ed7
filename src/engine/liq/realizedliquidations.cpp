// SPDX-License-Identifier: MIT
#include "realizedliquidations.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

TimeMs windowMs(RealizedWindow w)
{
    switch (w) {
    case RealizedWindow::H1:
        return kHourMs;
    case RealizedWindow::H4:
        return 4 * kHourMs;
    case RealizedWindow::H24:
        return kDayMs;
    }
    return kHourMs;
}

const char* windowName(RealizedWindow w)
{
    switch (w) {
    case RealizedWindow::H1:
        return "1h";
    case RealizedWindow::H4:
        return "4h";
    case RealizedWindow::H24:
        return "24h";
    }
    return "?";
}

RealizedLiquidations::RealizedLiquidations(LogGrid grid, std::size_t maxEvents)
    : m_grid(grid)
    , m_maxEvents(std::max<std::size_t>(1, maxEvents))
{ }

std::optional<RealizedLiq> toRealized(const Liquidation& l)
{
    const double p = l.price.toDouble();
    const double q = l.qty.toDouble();
    if (!(p > 0) || !(q > 0) || !std::isfinite(p * q))
        return std::nullopt;
    return RealizedLiq {l.h.exchangeTime, p, p * q, l.liquidated, l.h.venue};
}

std::optional<RealizedLiq> RealizedLiquidations::add(const Liquidation& l)
{
    const auto normalized = toRealized(l);
    if (!normalized) {
        ++m_rejected;
        return std::nullopt;
    }
    const RealizedLiq& e = *normalized;
    // Events arrive nearly in order; keep the deque sorted by time.
    auto it = std::upper_bound(
        m_events.begin(), m_events.end(), e.time, [](TimeMs t, const RealizedLiq& x) { return t < x.time; });
    const auto pos = static_cast<std::size_t>(it - m_events.begin());
    m_events.insert(it, e);
    const int bin = m_grid.bin(e.price);
    for (std::size_t w = 0; w < 3; ++w) {
        // An event inserted before a window's expiry point is already out of that window.
        if (pos < m_expired[w]) {
            ++m_expired[w];
            continue;
        }
        auto& c = m_cells[w][bin];
        (e.side == PositionSide::Long ? c.longs : c.shorts) += e.notional;
    }
    advance(std::max(m_now, e.time));
    while (m_events.size() > m_maxEvents) {
        for (std::size_t w = 0; w < 3; ++w) {
            if (m_expired[w] == 0)
                subtract(w, m_events.front());
            else
                --m_expired[w];
        }
        m_events.pop_front();
    }
    return e;
}

void RealizedLiquidations::subtract(std::size_t w, const RealizedLiq& e)
{
    auto it = m_cells[w].find(m_grid.bin(e.price));
    if (it == m_cells[w].end())
        return;
    (e.side == PositionSide::Long ? it->second.longs : it->second.shorts) -= e.notional;
    if (it->second.longs <= 1e-9 && it->second.shorts <= 1e-9)
        m_cells[w].erase(it);
}

void RealizedLiquidations::advance(TimeMs now)
{
    m_now = std::max(m_now, now);
    for (std::size_t w = 0; w < 3; ++w) {
        const TimeMs from = m_now - windowMs(kRealizedWindows[w]);
        while (m_expired[w] < m_events.size() && m_events[m_expired[w]].time <= from)
            subtract(w, m_events[m_expired[w]++]);
    }
    // The 24 h window is the longest: anything out of it can go.
    while (m_expired[2] > 0) {
        for (std::size_t w = 0; w < 2; ++w)
            if (m_expired[w] > 0)
                --m_expired[w];
        --m_expired[2];
        m_events.pop_front();
    }
}

RealizedProfile RealizedLiquidations::profile(RealizedWindow w) const
{
    RealizedProfile p;
    p.window = w;
    p.grid = m_grid;
    const auto& cells = m_cells[static_cast<std::size_t>(w)];
    if (cells.empty())
        return p;
    p.firstBin = cells.begin()->first;
    const int last = cells.rbegin()->first;
    p.longs.assign(static_cast<std::size_t>(last - p.firstBin + 1), 0.0);
    p.shorts.assign(p.longs.size(), 0.0);
    for (const auto& [bin, c] : cells) {
        const auto i = static_cast<std::size_t>(bin - p.firstBin);
        p.longs[i] = std::max(0.0, c.longs);
        p.shorts[i] = std::max(0.0, c.shorts);
        p.totalLong += p.longs[i];
        p.totalShort += p.shorts[i];
    }
    return p;
}

std::vector<RealizedLiq> RealizedLiquidations::since(TimeMs from) const
{
    auto it = std::lower_bound(
        m_events.begin(), m_events.end(), from, [](const RealizedLiq& x, TimeMs t) { return x.time < t; });
    return {it, m_events.end()};
}

double RealizedLiquidations::notionalSince(TimeMs from, int sideFilter) const
{
    double sum = 0;
    for (auto it = m_events.rbegin(); it != m_events.rend() && it->time >= from; ++it)
        if (sideFilter == 0 || static_cast<int>(it->side) == sideFilter)
            sum += it->notional;
    return sum;
}

} // namespace perp::liq
