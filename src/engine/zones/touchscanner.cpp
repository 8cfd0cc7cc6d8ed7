// SPDX-License-Identifier: MIT
#include "touchscanner.h"

namespace perp::zones {

std::vector<BarPoint> toBarPoints(std::span<const Candle> bars)
{
    std::vector<BarPoint> out;
    out.reserve(bars.size());
    for (const Candle& c : bars)
        out.push_back({c.openTime, c.low.toDouble(), c.high.toDouble(), c.close.toDouble(),
            c.buyVolume.toDouble() - c.sellVolume.toDouble(), c.volume.toDouble()});
    return out;
}

std::vector<Visit> scanVisits(
    double low, double high, std::span<const Candle> bars, double atr, const ZoneConfig& config)
{
    const auto points = toBarPoints(bars);
    return scanVisits(low, high, std::span<const BarPoint>(points), atr, config);
}

std::vector<Visit> scanVisits(
    double low, double high, std::span<const BarPoint> bars, double atr, const ZoneConfig& config)
{
    std::vector<Visit> out;
    const double leave = config.leaveAtr * atr, tol = config.sweepAtr * atr;
    int side = 0; // where price is while not visiting: +1 above, -1 below, 0 unknown
    bool in = false;
    bool poked = false;
    std::size_t beyondRun = 0;
    Visit v;
    for (const BarPoint& c : bars) {
        const double lo = c.low, hi = c.high, cl = c.close;
        if (!in) {
            if (lo > high)
                side = 1;
            else if (hi < low)
                side = -1;
            else if (side != 0) {
                in = true;
                poked = false;
                beyondRun = 0;
                v = Visit {};
                v.start = c.time;
                v.from = side;
                v.extreme = side > 0 ? lo : hi;
            }
            if (!in)
                continue;
        }
        const double d = c.delta;
        v.end = c.time;
        v.delta += d;
        v.volume += c.volume;
        const bool deeper = v.from > 0 ? lo <= v.extreme : hi >= v.extreme;
        if (deeper) { // the reaction is measured from the deepest bar on
            v.extreme = v.from > 0 ? lo : hi;
            v.reactionDelta = 0;
            v.reactionVolume = 0;
        } else {
            v.reactionDelta += d;
            v.reactionVolume += c.volume;
        }
        poked = poked || (v.from > 0 ? lo < low - tol : hi > high + tol);
        const bool beyond = v.from > 0 ? cl < low - tol : cl > high + tol;
        beyondRun = beyond ? beyondRun + 1 : 0;
        if (beyondRun >= config.breakBars) {
            v.outcome = Outcome::Broke;
            out.push_back(v);
            in = false;
            // A new visit (a retest from the other side) needs price away from the zone first.
            side = (v.from > 0 ? hi < low : lo > high) ? -v.from : 0;
            continue;
        }
        const bool left = v.from > 0 ? lo > high + leave : hi < low - leave;
        if (left) {
            v.outcome = poked ? Outcome::Swept : Outcome::Held;
            out.push_back(v);
            in = false;
            side = v.from;
        }
    }
    if (in) {
        v.outcome = Outcome::Open;
        out.push_back(v);
    }
    return out;
}

} // namespace perp::zones
