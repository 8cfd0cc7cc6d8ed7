// SPDX-License-Identifier: MIT
#include "flowjudge.h"

#include <algorithm>

namespace perp::zones {

namespace {

// Reaction-leg delta share in the visit's role direction (0 without volume).
double reactionFlow(const Visit& v)
{
    if (v.outcome == Outcome::Broke)
        return v.volume > 0 ? v.from * v.delta / v.volume : 0.0;
    if (v.reactionVolume > 0)
        return v.from * v.reactionDelta / v.reactionVolume;
    return v.volume > 0 ? v.from * v.delta / v.volume : 0.0;
}

} // namespace

Judgement judgeZone(const Candidate& zone, const std::vector<Visit>& visits, double price,
    const std::vector<LiqCluster>& liquidity, double atr, const ZoneConfig& config)
{
    Judgement j;
    // Kind: which side of the zone price is on; inside, the side the current visit came from.
    if (price > zone.high)
        j.kind = ZoneKind::Support;
    else if (price < zone.low)
        j.kind = ZoneKind::Resistance;
    else if (!visits.empty() && visits.back().outcome == Outcome::Open)
        j.kind = visits.back().from > 0 ? ZoneKind::Support : ZoneKind::Resistance;
    else
        j.kind = price >= zone.level ? ZoneKind::Support : ZoneKind::Resistance;

    double num = 0, den = 0;
    for (std::size_t i = 0; i < visits.size(); ++i) {
        const double w = static_cast<double>(i + 1);
        num += w * reactionFlow(visits[i]);
        den += w;
        if (visits[i].outcome != Outcome::Open)
            j.decisive = visits[i];
    }
    j.flow = den > 0 ? std::clamp(num / den, -1.0, 1.0) : 0.0;

    if (!j.decisive || (visits.size() <= 1 && j.decisive->outcome == Outcome::Held))
        j.state = ZoneState::Fresh;
    else if (j.decisive->outcome == Outcome::Broke)
        j.state = ZoneState::Broken;
    else if (j.decisive->outcome == Outcome::Swept)
        j.state = reactionFlow(*j.decisive) >= -config.trapMaxAgainst ? ZoneState::Trap : ZoneState::Tested;
    else
        j.state = ZoneState::Tested;

    // A broken zone keeps the role it had when it was broken ("broken support" below price);
    // a later visit that holds from the new side makes it tested in its new role.
    if (j.state == ZoneState::Broken)
        j.kind = j.decisive->from > 0 ? ZoneKind::Support : ZoneKind::Resistance;

    // The pool a sweep of this zone would take: long liquidations peaking below support,
    // shorts above resistance, within 1.5 ATR of the zone.
    const bool support = j.kind == ZoneKind::Support;
    const double reach = 1.5 * atr;
    for (const LiqCluster& c : liquidity) {
        if (c.longs != support || !(c.notional > 0))
            continue;
        const bool near = support ? c.peak < zone.low && c.peak >= zone.low - reach
                                  : c.peak > zone.high && c.peak <= zone.high + reach;
        if (near)
            j.liqBeyond += c.notional;
        if (j.state == ZoneState::Trap && j.decisive) {
            const double x = j.decisive->extreme;
            if (support ? c.high >= x && c.low <= zone.low : c.low <= x && c.high >= zone.high)
                j.sweptLiquidity = true;
        }
    }

    j.multiplier = 1.0 + 0.25 * j.flow;
    if (j.state == ZoneState::Broken)
        j.multiplier *= 0.5;
    else if (j.state == ZoneState::Trap && j.sweptLiquidity)
        j.multiplier *= 1.1;
    else if (j.state != ZoneState::Trap && j.liqBeyond > 0)
        j.multiplier *= 0.9; // resting liquidations just beyond invite a sweep
    return j;
}

} // namespace perp::zones
