// SPDX-License-Identifier: MIT
#include "zonetracker.h"

#include <algorithm>
#include <cmath>

namespace perp::zones {

namespace {

double distance(const Zone& z, double price)
{
    return price < z.low ? z.low - price : price > z.high ? price - z.high : 0.0;
}

} // namespace

std::vector<Zone> ZoneTracker::publish(std::vector<Zone> zones, double price, std::size_t maxZones)
{
    std::sort(zones.begin(), zones.end(), [price](const Zone& a, const Zone& b) {
        if (a.strength != b.strength)
            return a.strength > b.strength;
        const double da = distance(a, price), db = distance(b, price);
        if (da != db)
            return da < db;
        return a.low < b.low;
    });
    std::vector<bool> used(m_previous.size(), false);
    for (Zone& z : zones) {
        double best = m_matchOverlap;
        std::size_t pick = m_previous.size();
        for (std::size_t i = 0; i < m_previous.size(); ++i) {
            if (used[i])
                continue;
            const Zone& p = m_previous[i];
            const double overlap = std::min(z.high, p.high) - std::max(z.low, p.low);
            const double narrower = std::min(z.high - z.low, p.high - p.low);
            if (overlap <= 0 || narrower <= 0)
                continue;
            const double share = overlap / narrower;
            if (share >= best && (pick == m_previous.size() || share > best)) {
                best = share;
                pick = i;
            }
        }
        if (pick < m_previous.size()) {
            used[pick] = true;
            z.id = m_previous[pick].id;
        } else {
            z.id = m_nextId++;
        }
    }
    m_previous = zones;
    if (zones.size() > maxZones)
        zones.resize(maxZones);
    return zones;
}

void ZoneTracker::restore(const std::vector<Zone>& zones)
{
    m_previous = zones;
    for (const Zone& z : zones)
        m_nextId = std::max(m_nextId, z.id + 1);
}

} // namespace perp::zones
