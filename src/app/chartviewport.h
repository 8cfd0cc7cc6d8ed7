// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstddef>

namespace perp {

// The visible time window of the chart, in seconds since the epoch (QCustomPlot keys).
struct KeyRange
{
    double lower = 0;
    double upper = 0;
    double width() const { return upper - lower; }
    bool operator==(const KeyRange&) const = default;
};

// Decides what time window the chart shows: follows the newest candle until the user
// pans it out of view, keeps the user's zoom level across updates and timeframe changes,
// and keeps zoom and pan within sensible limits.
class ChartViewport
{
public:
    static constexpr double kMinCandles = 10;
    static constexpr double kDefaultMaxCandles = 150;

    void setTimeframe(TimeMs timeframe);
    // The candles currently available: open of the first, open of the last, how many.
    void setData(TimeMs firstOpen, TimeMs lastOpen, std::size_t count);
    void reset(); // new symbol or timeframe: follow again, keep the zoom level

    bool following() const { return m_following; }
    void setFollowing(bool on) { m_following = on; }

    // The window that shows the newest candle at the right edge with a small gap.
    KeyRange followRange() const;
    // Limits width to [kMinCandles, all data + margin] and keeps some data in view.
    KeyRange clamp(KeyRange r) const;
    // Zooms by factor (< 1 zooms in) around anchor; while following, around the right edge.
    KeyRange zoom(KeyRange current, double factor, double anchor);
    // After the user panned or zoomed: remember the zoom level; follow only while the
    // newest candle is still visible.
    void userMoved(KeyRange r);

private:
    double periodSec() const { return static_cast<double>(m_timeframe) / 1000.0; }
    double defaultWidth() const;

    TimeMs m_timeframe = kMinuteMs;
    double m_firstStart = 0; // seconds
    double m_lastEnd = 0; // seconds, end of the newest candle
    std::size_t m_count = 0;
    double m_userCandles = 0; // zoom level chosen by the user, in candles; 0 = automatic
    bool m_following = true;
};

} // namespace perp
