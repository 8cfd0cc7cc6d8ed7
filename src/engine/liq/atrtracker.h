// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

namespace perp::liq {

// Average true range of fixed-length bars built from prices (Wilder's RMA over `period`
// bars). Used to express band distances in ATR.
class AtrTracker
{
public:
    explicit AtrTracker(TimeMs barMs = 5 * kMinuteMs, int period = 14)
        : m_barMs(barMs)
        , m_period(period)
    { }

    void add(TimeMs t, double price);
    // ATR in price units; before the first complete bar, the current bar's range.
    double atr() const;
    int bars() const { return m_bars; }

private:
    void closeBar();

    TimeMs m_barMs;
    int m_period;
    TimeMs m_barStart = 0;
    double m_high = 0, m_low = 0, m_close = 0, m_prevClose = 0;
    double m_atr = 0;
    int m_bars = 0;
};

} // namespace perp::liq
