// SPDX-License-Identifier: MIT
#include "bandscorecard.h"

#include "liqmetrics.h"

#include <algorithm>

namespace perp::liq {

BandScorecard::BandScorecard(TimeMs window, double range, std::size_t topBands)
    : m_window(window)
    , m_range(range)
    , m_top(topBands)
{ }

void BandScorecard::onBands(TimeMs time, double price, std::span<const LiqBand> bands)
{
    if (!(price > 0) || time < m_latest.time)
        return;
    const auto top = bands.first(std::min(m_top, bands.size()));
    m_latest.time = time;
    m_latest.price = price;
    m_latest.coverage = coverage(top, price, m_range);
    m_latest.ranges.clear();
    for (const auto& b : top)
        m_latest.ranges.emplace_back(b.low, b.high);
    if (m_minutes.empty() || floorTo(time, kMinuteMs) > floorTo(m_minutes.back().time, kMinuteMs))
        m_minutes.push_back(m_latest);
    // Keep what the longest horizon needs: the newest sample at or before now - horizon.
    const TimeMs keepFrom = time - kHorizons.back() - kMinuteMs;
    while (m_minutes.size() > 1 && m_minutes[1].time <= keepFrom)
        m_minutes.pop_front();
}

const BandScorecard::Drawn* BandScorecard::drawnBefore(TimeMs t) const
{
    const auto it = std::upper_bound(
        m_minutes.begin(), m_minutes.end(), t, [](TimeMs v, const Drawn& d) { return v < d.time; });
    return it == m_minutes.begin() ? nullptr : &*std::prev(it);
}

void BandScorecard::onLiquidation(const RealizedLiq& l)
{
    if (!(l.price > 0) || !(l.notional > 0))
        return;
    for (std::size_t h = 0; h < kHorizons.size(); ++h) {
        const Drawn* d = h == 0 ? (m_latest.price > 0 && m_latest.time <= l.time ? &m_latest : nullptr)
                                : drawnBefore(l.time - kHorizons[h]);
        // Bands drawn more than an hour before the horizon describe another market.
        if (d && l.time - d->time <= kHorizons[h] + kHourMs)
            score(h, *d, l);
    }
}

void BandScorecard::score(std::size_t h, const Drawn& d, const RealizedLiq& l)
{
    if (l.price < d.price * (1 - m_range) || l.price > d.price * (1 + m_range))
        return;
    const bool inside = std::any_of(d.ranges.begin(), d.ranges.end(),
        [&](const auto& r) { return l.price >= r.first && l.price < r.second; });
    auto& buckets = m_buckets[h];
    const TimeMs hour = floorTo(l.time, kHourMs);
    if (buckets.empty() || buckets.back().hour < hour)
        buckets.push_back({hour});
    Bucket& b = buckets.back(); // a late event counts in the newest hour
    ++b.events;
    b.notional += l.notional;
    b.captured += inside ? l.notional : 0.0;
    b.covered += l.notional * d.coverage;
    while (!buckets.empty() && buckets.front().hour + kHourMs <= hour - m_window)
        buckets.pop_front();
}

std::array<BandRecord, 3> BandScorecard::records(TimeMs now) const
{
    std::array<BandRecord, 3> out;
    for (std::size_t h = 0; h < kHorizons.size(); ++h) {
        BandRecord& r = out[h];
        r.horizon = kHorizons[h];
        double captured = 0, covered = 0;
        for (const auto& b : m_buckets[h]) {
            if (b.hour + kHourMs <= now - m_window)
                continue;
            r.events += b.events;
            r.notional += b.notional;
            captured += b.captured;
            covered += b.covered;
        }
        if (r.notional > 0) {
            r.captured = captured / r.notional;
            r.coverage = covered / r.notional;
        }
    }
    return out;
}

} // namespace perp::liq
