// SPDX-License-Identifier: MIT
#include "zonescorer.h"

#include <algorithm>
#include <cmath>

namespace perp::zones {

ScoreParts scoreZone(const Candidate& zone, const std::vector<Visit>& visits, const VolumeProfile& profile,
    TimeMs now, const ZoneConfig& config)
{
    ScoreParts p;
    p.touches = static_cast<int>(visits.size());
    for (const Visit& v : visits) {
        p.rejections += v.outcome == Outcome::Held || v.outcome == Outcome::Swept;
        p.sweeps += v.outcome == Outcome::Swept;
        p.breaks += v.outcome == Outcome::Broke;
        p.lastTouch = std::max(p.lastTouch, v.end);
    }
    p.volumeRatio = profile.ratio(zone.low, zone.high);
    p.touchScore = 1.0 - std::exp(-p.rejections / 2.0);
    p.confluence = std::min(1.0, zone.weight / 4.0);
    p.volumeScore = std::clamp((p.volumeRatio - 1.0) / 2.0, 0.0, 1.0);
    const TimeMs active = std::max(p.lastTouch, zone.formed);
    const double hours
        = static_cast<double>(std::max<TimeMs>(0, now - active)) / static_cast<double>(kHourMs);
    p.recency = config.ageHalfLifeHours > 0 ? std::pow(0.5, hours / config.ageHalfLifeHours) : 1.0;
    p.base = 0.30 * p.touchScore + 0.25 * p.confluence + 0.20 * p.volumeScore + 0.25 * p.recency;
    return p;
}

} // namespace perp::zones
