// SPDX-License-Identifier: MIT
#include "chartviewport.h"

#include <algorithm>

namespace perp {

void ChartViewport::setTimeframe(TimeMs timeframe)
{
    m_timeframe = std::max<TimeMs>(timeframe, 1000);
}

void ChartViewport::setData(TimeMs firstOpen, TimeMs lastOpen, std::size_t count)
{
    m_firstStart = static_cast<double>(firstOpen) / 1000.0;
    m_lastEnd = static_cast<double>(lastOpen + m_timeframe) / 1000.0;
    m_count = count;
}

void ChartViewport::reset()
{
    m_following = true;
    m_count = 0;
}

double ChartViewport::defaultWidth() const
{
    const double candles = m_userCandles > 0
        ? m_userCandles
        : std::clamp(static_cast<double>(m_count) + 6.0, 30.0, kDefaultMaxCandles);
    return candles * periodSec();
}

KeyRange ChartViewport::followRange() const
{
    const double width = defaultWidth();
    const double upper = m_lastEnd + std::max(3.0 * periodSec(), width * 0.05);
    // Less data than the window holds: start at the first candle instead of showing
    // empty time before the data began.
    if (m_count > 0 && upper - width < m_firstStart - periodSec())
        return clamp({m_firstStart - periodSec(), m_firstStart - periodSec() + width});
    return clamp({upper - width, upper});
}

KeyRange ChartViewport::clamp(KeyRange r) const
{
    const double p = periodSec();
    const double span = m_count > 0 ? m_lastEnd - m_firstStart : 0.0;
    const double maxWidth = std::max(span * 1.25 + 20 * p, kDefaultMaxCandles * p);
    const double width = std::clamp(r.width(), kMinCandles * p, maxWidth);
    const double mid = (r.lower + r.upper) / 2.0;
    KeyRange out {mid - width / 2.0, mid + width / 2.0};
    if (m_count == 0)
        return out;
    // Keep at least a couple of candles on screen.
    const double shiftRight = (m_firstStart + 2 * p) - out.upper;
    if (shiftRight > 0) {
        out.lower += shiftRight;
        out.upper += shiftRight;
    }
    const double shiftLeft = out.lower - (m_lastEnd - 2 * p);
    if (shiftLeft > 0) {
        out.lower -= shiftLeft;
        out.upper -= shiftLeft;
    }
    return out;
}

KeyRange ChartViewport::zoom(KeyRange current, double factor, double anchor)
{
    KeyRange r;
    if (m_following) {
        r = {current.upper - current.width() * factor, current.upper};
    } else {
        r = {anchor - (anchor - current.lower) * factor, anchor + (current.upper - anchor) * factor};
    }
    r = clamp(r);
    if (m_following) {
        // Keep the right edge pinned where it was, after clamping the width.
        const double w = r.width();
        r = {current.upper - w, current.upper};
    }
    userMoved(r);
    return r;
}

void ChartViewport::userMoved(KeyRange r)
{
    m_userCandles = r.width() / periodSec();
    m_following = m_count == 0 || r.upper >= m_lastEnd;
}

} // namespace perp
