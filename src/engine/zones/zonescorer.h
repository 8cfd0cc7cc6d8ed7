// SPDX-License-Identifier: MIT
#pragma once

#include "touchscanner.h"
#include "volumeprofile.h"
#include "zonemerger.h"

namespace perp::zones {

// Step 5 (second half): the direction-free score of a zone, 0..1.
struct ScoreParts
{
    int touches = 0, rejections = 0, sweeps = 0, breaks = 0;
    TimeMs lastTouch = 0; // end of the newest visit, 0 = none
    double volumeRatio = 0; // volume inside the zone / average for that width
    double touchScore = 0; // 1 - exp(-rejections / 2)
    double confluence = 0; // min(1, summed level weight / 4)
    double volumeScore = 0; // clamp((volumeRatio - 1) / 2, 0, 1)
    double recency = 0; // 0.5 ^ (hours since the last touch or formation / half-life)
    double base = 0; // 0.30 touch + 0.25 confluence + 0.20 volume + 0.25 recency
};

ScoreParts scoreZone(const Candidate& zone, const std::vector<Visit>& visits, const VolumeProfile& profile,
    TimeMs now, const ZoneConfig& config);

} // namespace perp::zones
