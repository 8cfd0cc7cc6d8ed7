// SPDX-License-Identifier: MIT
#include "zonemerger.h"

#include "zone.h"

#include <algorithm>

namespace perp::zones {

namespace {

void add(Candidate& z, const Level& l)
{
    const double w = l.weight > 0 ? l.weight : 1.0;
    z.level = (z.level * z.weight + l.price * w) / (z.weight + w);
    z.weight += w;
    z.low = std::min(z.low, l.low);
    z.high = std::max(z.high, l.high);
    z.sources |= l.source;
    z.formed = std::min(z.formed, l.time);
    if (l.source == SourceSwingHigh || l.source == SourceSwingLow)
        z.frames |= static_cast<std::uint8_t>(1u << l.frame);
    z.swingHighs += l.source == SourceSwingHigh;
    z.swingLows += l.source == SourceSwingLow;
    z.nodes += l.source == SourceVolumeNode;
    z.clusters += l.source == SourceLiquidation;
    z.liqNotional += l.notional;
}

} // namespace

std::vector<Candidate> mergeLevels(std::vector<Level> levels, double atr, const ZoneConfig& config)
{
    std::vector<Candidate> out;
    if (!(atr > 0))
        return out;
    const double half = config.levelWidthAtr * atr / 2;
    for (Level& l : levels)
        if (!(l.high > l.low)) {
            l.low = l.price - half;
            l.high = l.price + half;
        }
    std::sort(levels.begin(), levels.end(), [](const Level& a, const Level& b) {
        if (a.price != b.price)
            return a.price < b.price;
        if (a.time != b.time)
            return a.time < b.time;
        return a.source < b.source;
    });
    const double reach = config.mergeAtr * atr, maxWidth = config.maxWidthAtr * atr;
    for (const Level& l : levels) {
        if (!out.empty()) {
            Candidate& z = out.back();
            const double low = std::min(z.low, l.low), high = std::max(z.high, l.high);
            if (l.price <= z.high + reach && high - low <= maxWidth) {
                add(z, l);
                continue;
            }
        }
        Candidate z;
        z.low = l.low;
        z.high = l.high;
        z.formed = l.time;
        add(z, l);
        out.push_back(z);
    }
    return out;
}

} // namespace perp::zones
