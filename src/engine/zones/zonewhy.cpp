// SPDX-License-Identifier: MIT
#include "zonewhy.h"

#include <cmath>
#include <cstdio>

namespace perp::zones {

std::string formatLevel(double price)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", price);
    return buf;
}

std::string formatMoney(double notional)
{
    char buf[32];
    const double a = std::abs(notional);
    if (a >= 1e9)
        std::snprintf(buf, sizeof buf, "$%.1fB", notional / 1e9);
    else if (a >= 1e6)
        std::snprintf(buf, sizeof buf, "$%.1fM", notional / 1e6);
    else if (a >= 1e3)
        std::snprintf(buf, sizeof buf, "$%.0fK", notional / 1e3);
    else
        std::snprintf(buf, sizeof buf, "$%.0f", notional);
    return buf;
}

namespace {

std::string frameList(std::uint8_t frames, const ZoneConfig& config)
{
    std::string out;
    for (std::size_t i = 0; i < config.swingFrames.size(); ++i)
        if (frames & (1u << i)) {
            if (!out.empty())
                out += '+';
            out += timeframeName(config.swingFrames[i]);
        }
    return out;
}

std::string origin(const Candidate& c, const ZoneConfig& config)
{
    std::string out;
    auto add = [&](const std::string& s) {
        if (!out.empty())
            out += ", ";
        out += s;
    };
    const std::string frames = frameList(c.frames, config);
    if (c.swingLows > 0 && c.swingHighs > 0)
        add("swing highs and lows " + frames);
    else if (c.swingLows > 0)
        add((c.swingLows > 1 ? "swing lows " : "swing low ") + frames);
    else if (c.swingHighs > 0)
        add((c.swingHighs > 1 ? "swing highs " : "swing high ") + frames);
    if (c.nodes > 0)
        add("high-volume node");
    if (c.clusters > 0)
        add("est. liq cluster " + formatMoney(c.liqNotional));
    return out;
}

} // namespace

std::string explainZone(const Zone& zone, const Candidate& c, const Judgement& j, const ZoneConfig& config)
{
    const bool support = zone.kind == ZoneKind::Support;
    std::string out = origin(c, config);
    auto add = [&](const std::string& s) {
        if (!out.empty())
            out += "; ";
        out += s;
    };
    switch (zone.state) {
    case ZoneState::Fresh:
        add("not retested yet");
        break;
    case ZoneState::Tested:
        add("held " + std::to_string(zone.rejections) + " of " + std::to_string(zone.touches) + " touches");
        break;
    case ZoneState::Broken:
        add(std::string("closed through ") + (j.decisive && j.decisive->from > 0 ? "down" : "up")
            + " and stayed beyond");
        break;
    case ZoneState::Trap: {
        const bool wasSupport = j.decisive && j.decisive->from > 0;
        std::string s = "swept to " + formatLevel(j.decisive ? j.decisive->extreme : zone.level)
            + " and reclaimed: " + (wasSupport ? "sellers" : "buyers") + " trapped";
        if (j.sweptLiquidity)
            s += wasSupport ? ", took est. long liquidations" : ", took est. short liquidations";
        add(s);
        break;
    }
    }
    if (zone.touches > 0 && std::abs(zone.flow) >= 0.15) {
        if (zone.flow > 0)
            add(support ? "buyers defended it" : "sellers defended it");
        else
            add(support ? "taker selling at touches" : "taker buying at touches");
    }
    if (zone.state != ZoneState::Trap && j.liqBeyond > 0)
        add(std::string(support ? "est. long liquidations below" : "est. short liquidations above")
            + ": sweep risk");
    return out;
}

} // namespace perp::zones
