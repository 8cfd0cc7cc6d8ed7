// SPDX-License-Identifier: MIT
#include "zoneengine.h"

#include "flowjudge.h"
#include "liqlevels.h"
#include "swingfinder.h"
#include "volumeprofile.h"
#include "zonemerger.h"
#include "zonescorer.h"
#include "zonewhy.h"

#include <algorithm>
#include <cmath>

namespace perp::zones {

namespace {

std::span<const Candle> newest(std::span<const Candle> bars, std::size_t n)
{
    return bars.size() > n ? bars.subspan(bars.size() - n) : bars;
}

} // namespace

double meanTrueRange(std::span<const Candle> bars, int period)
{
    if (period <= 0 || bars.size() < static_cast<std::size_t>(period) + 1)
        return 0;
    double sum = 0;
    for (std::size_t i = bars.size() - static_cast<std::size_t>(period); i < bars.size(); ++i) {
        const double h = bars[i].high.toDouble(), l = bars[i].low.toDouble();
        const double pc = bars[i - 1].close.toDouble();
        sum += std::max({h - l, std::abs(h - pc), std::abs(l - pc)});
    }
    return sum / period;
}

ZoneEngine::ZoneEngine(ZoneConfig config)
    : m_config(config)
    , m_tracker(config.matchOverlap)
{ }

const std::vector<Zone>& ZoneEngine::update(const ZoneInput& in)
{
    const ZoneConfig& cfg = m_config;
    const std::span<const Candle> base = newest(in.frames[0], cfg.frameBars[0]);
    m_atr = meanTrueRange(base, cfg.atrPeriod);
    if (!(m_atr > 0) || !(in.price > 0)) {
        m_zones.clear();
        return m_zones;
    }
    // Steps 1-3: levels.
    std::vector<Level> levels;
    for (std::size_t f = 0; f < in.frames.size(); ++f) {
        auto swings = findSwings(newest(in.frames[f], cfg.frameBars[f]), cfg.pivotBars, cfg.frameWeight[f],
            static_cast<std::uint8_t>(f));
        levels.insert(levels.end(), swings.begin(), swings.end());
    }
    const VolumeProfile profile(base, cfg.nodeBinAtr * m_atr);
    auto nodes = profile.nodes(cfg.nodeMinRatio, cfg.maxNodes, base.front().openTime);
    levels.insert(levels.end(), nodes.begin(), nodes.end());
    auto liq = liquidityLevels(in.liquidity, cfg.maxLiq, cfg.maxWidthAtr * m_atr, in.now);
    levels.insert(levels.end(), liq.begin(), liq.end());
    const double reach = cfg.maxDistanceAtr * m_atr;
    std::erase_if(levels, [&](const Level& l) { return std::abs(l.price - in.price) > reach; });

    // Step 4: merge; steps 5-6: score and judge each zone.
    std::vector<Zone> all;
    const std::vector<BarPoint> points = toBarPoints(base);
    for (const Candidate& c : mergeLevels(std::move(levels), m_atr, cfg)) {
        const auto visits = scanVisits(c.low, c.high, std::span<const BarPoint>(points), m_atr, cfg);
        const ScoreParts parts = scoreZone(c, visits, profile, in.now, cfg);
        const Judgement j = judgeZone(c, visits, in.price, in.liquidity, m_atr, cfg);
        Zone z;
        z.kind = j.kind;
        z.state = j.state;
        z.low = c.low;
        z.high = c.high;
        z.level = c.level;
        z.strength = std::clamp(parts.base * j.multiplier, 0.0, 1.0);
        z.touches = parts.touches;
        z.rejections = parts.rejections;
        z.sweeps = parts.sweeps;
        z.breaks = parts.breaks;
        z.flow = j.flow;
        z.volumeRatio = parts.volumeRatio;
        z.sources = c.sources;
        z.formed = c.formed;
        z.lastTouch = parts.lastTouch;
        z.why = explainZone(z, c, j, cfg);
        all.push_back(std::move(z));
    }
    // Step 7: rank, identity, publish.
    m_zones = m_tracker.publish(std::move(all), in.price, cfg.maxZones);
    return m_zones;
}

void ZoneEngine::restore(std::vector<Zone> zones)
{
    m_tracker.restore(zones);
    m_zones = std::move(zones);
}

std::string_view kindName(ZoneKind k)
{
    return k == ZoneKind::Support ? "support" : "resistance";
}

std::string_view stateName(ZoneState s)
{
    switch (s) {
    case ZoneState::Fresh:
        return "fresh";
    case ZoneState::Tested:
        return "tested";
    case ZoneState::Broken:
        return "broken";
    case ZoneState::Trap:
        return "trap";
    }
    return "fresh";
}

} // namespace perp::zones
