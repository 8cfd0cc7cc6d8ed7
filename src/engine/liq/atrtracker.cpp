// SPDX-License-Identifier: MIT
#include "atrtracker.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

void AtrTracker::add(TimeMs t, double price)
{
    if (!(price > 0) || !std::isfinite(price))
        return;
    const TimeMs start = floorTo(t, m_barMs);
    if (m_barStart == 0) {
        m_barStart = start;
        m_high = m_low = m_close = price;
        return;
    }
    if (start > m_barStart) {
        closeBar();
        m_barStart = start;
        m_high = m_low = m_close = price;
        return;
    }
    m_high = std::max(m_high, price);
    m_low = std::min(m_low, price);
    m_close = price;
}

void AtrTracker::closeBar()
{
    double tr = m_high - m_low;
    if (m_bars > 0)
        tr = std::max({tr, std::abs(m_high - m_prevClose), std::abs(m_low - m_prevClose)});
    ++m_bars;
    const int n = std::min(m_bars, m_period);
    m_atr += (tr - m_atr) / n;
    m_prevClose = m_close;
}

double AtrTracker::atr() const
{
    return m_bars > 0 ? m_atr : m_high - m_low;
}

} // namespace perp::liq
