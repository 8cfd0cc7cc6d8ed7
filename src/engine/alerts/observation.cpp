// SPDX-License-Identifier: MIT
#include "observation.h"

#include <algorithm>
#include <cmath>

namespace perp::alerts {

namespace {

std::string sideText(BandSide s)
{
    return s == BandSide::Long ? "long" : "short";
}

bool sideMatches(SideFilter f, BandSide s)
{
    return f == SideFilter::Any || (f == SideFilter::Long) == (s == BandSide::Long);
}

// A crossing of `threshold` in the rule's direction(s), with hysteresis h.
void crossing(const Condition& c, double v, double h, std::vector<Observation>& out)
{
    auto add = [&](Direction d) {
        Observation o;
        o.sub = std::string(directionName(d));
        o.value = v;
        o.threshold = c.threshold;
        o.enter = d == Direction::Above ? v > c.threshold : v < c.threshold;
        o.release = d == Direction::Above ? v < c.threshold - h : v > c.threshold + h;
        o.vars["direction"] = std::string(directionName(d));
        out.push_back(std::move(o));
    };
    if (c.direction != Direction::Below)
        add(Direction::Above);
    if (c.direction != Direction::Above)
        add(Direction::Below);
}

void biasRange(const Condition& c, double v, double h, std::vector<Observation>& out)
{
    Observation o;
    o.value = v;
    o.threshold = std::abs(v - c.low) <= std::abs(v - c.high) ? c.low : c.high;
    const bool inside = v >= c.low && v <= c.high;
    if (c.direction == Direction::Below) { // leaves
        o.enter = !inside;
        o.release = v >= c.low + h && v <= c.high - h;
        o.vars["direction"] = "left";
    } else { // enters
        o.enter = inside;
        o.release = v < c.low - h || v > c.high + h;
        o.vars["direction"] = "entered";
    }
    out.push_back(std::move(o));
}

void funding(const Condition& c, double f, double h, std::vector<Observation>& out)
{
    auto add = [&](Direction d) {
        Observation o;
        o.sub = std::string(directionName(d));
        o.value = f;
        o.fireOnFirst = true;
        o.threshold = d == Direction::Above ? c.threshold : -c.threshold;
        o.enter = d == Direction::Above ? f >= c.threshold : f <= -c.threshold;
        o.release = d == Direction::Above ? f < c.threshold - h : f > -c.threshold + h;
        o.vars["direction"] = std::string(directionName(d));
        out.push_back(std::move(o));
    };
    if (c.direction != Direction::Below)
        add(Direction::Above);
    if (c.direction != Direction::Above)
        add(Direction::Below);
}

void bandProximity(const Condition& c, const SymbolInput& in, double h, std::vector<Observation>& out)
{
    if (!in.price || *in.price <= 0)
        return;
    const double price = *in.price;
    if (c.unit == DistanceUnit::Atr && (!in.atr || *in.atr <= 0))
        return;
    for (const LiqBand& b : in.bands) {
        if (!sideMatches(c.side, b.side))
            continue;
        const double gap = price < b.low ? b.low - price : (price > b.high ? price - b.high : 0.0);
        const double dist = c.unit == DistanceUnit::Percent ? gap / price * 100.0 : gap / *in.atr;
        Observation o;
        o.sub = b.id;
        o.value = dist;
        o.threshold = c.threshold;
        o.fireOnFirst = true;
        o.enter = dist <= c.threshold;
        o.release = dist > c.threshold + h;
        o.vars["side"] = sideText(b.side);
        o.vars["unit"] = c.unit == DistanceUnit::Percent ? "%" : "ATR";
        o.vars["price"] = formatNumber(price);
        out.push_back(std::move(o));
    }
}

} // namespace

void observe(
    const Rule& rule, const SymbolInput& in, const ModeReading* reading, std::vector<Observation>& out)
{
    const Condition& c = rule.condition;
    const double h = c.hysteresis.value_or(defaultHysteresis(c));
    switch (c.kind) {
    case ConditionKind::BiasCross:
        if (reading)
            crossing(c, reading->bias, h, out);
        break;
    case ConditionKind::BiasRange:
        if (reading)
            biasRange(c, reading->bias, h, out);
        break;
    case ConditionKind::Confidence:
        if (reading) {
            const bool signOk = c.side == SideFilter::Any || (c.side == SideFilter::Long && reading->bias > 0)
                || (c.side == SideFilter::Short && reading->bias < 0);
            Observation o;
            o.value = reading->confidence;
            o.threshold = c.threshold;
            o.fireOnFirst = true;
            o.enter = signOk && reading->confidence >= c.threshold;
            o.release = !signOk || reading->confidence < c.threshold - h;
            o.vars["state"] = reading->state;
            out.push_back(std::move(o));
        }
        break;
    case ConditionKind::CategoryState:
        if (reading) {
            const auto it = reading->categoryStates.find(c.category);
            if (it == reading->categoryStates.end())
                break;
            Observation o;
            o.style = Observation::Style::Change;
            o.sub = c.category;
            o.stateNow = it->second;
            o.vars["category"] = c.category;
            o.vars["state"] = it->second;
            out.push_back(std::move(o));
        }
        break;
    case ConditionKind::BandProximity:
        bandProximity(c, in, h, out);
        break;
    case ConditionKind::CascadeStart: {
        if (in.cascadeActive && in.cascadeSide && !sideMatches(c.side, *in.cascadeSide))
            break;
        Observation o;
        o.style = Observation::Style::Change;
        o.stateNow = in.cascadeActive ? "on" : "off";
        o.value = in.cascadeIntensity;
        o.vars["side"] = in.cascadeSide ? sideText(*in.cascadeSide) : std::string();
        o.vars["state"] = o.stateNow;
        out.push_back(std::move(o));
        break;
    }
    case ConditionKind::RealizedLiquidation: {
        const RealizedLiq* best = nullptr;
        for (const RealizedLiq& l : in.newLiquidations)
            if (l.notional >= c.threshold && sideMatches(c.side, l.side)
                && (!best || l.notional > best->notional))
                best = &l;
        if (!best)
            break;
        Observation o;
        o.style = Observation::Style::Event;
        o.event = true;
        o.value = best->notional;
        o.threshold = c.threshold;
        o.vars["side"] = sideText(best->side);
        o.vars["price"] = formatNumber(best->price);
        out.push_back(std::move(o));
        break;
    }
    case ConditionKind::Funding:
        if (in.fundingRate)
            funding(c, *in.fundingRate, h, out);
        break;
    case ConditionKind::ZoneTouched:
        if (in.price)
            for (const Zone& z : in.zones) {
                const double p = *in.price;
                const double zh = c.hysteresis.value_or(p * 0.0005);
                Observation o;
                o.sub = z.id;
                o.value = p;
                o.threshold = p < (z.low + z.high) / 2 ? z.low : z.high;
                o.enter = p >= z.low && p <= z.high;
                o.release = p < z.low - zh || p > z.high + zh;
                o.vars["zone"] = z.id;
                o.vars["state"] = z.state;
                out.push_back(std::move(o));
            }
        break;
    case ConditionKind::ZoneBroken:
        for (const Zone& z : in.zones) {
            Observation o;
            o.style = Observation::Style::Change;
            o.sub = z.id;
            o.stateNow = z.state;
            o.value = in.price.value_or(0);
            o.threshold = (z.low + z.high) / 2;
            o.vars["zone"] = z.id;
            o.vars["state"] = z.state;
            out.push_back(std::move(o));
        }
        break;
    case ConditionKind::PriceCross:
        if (in.price)
            crossing(c, *in.price, h, out);
        break;
    }
}

bool changeMatches(const Rule& rule, const std::string& previous, const std::string& now)
{
    if (previous == now)
        return false;
    const Condition& c = rule.condition;
    switch (c.kind) {
    case ConditionKind::CategoryState:
        return (c.fromState.empty() || c.fromState == previous) && (c.toState.empty() || c.toState == now);
    case ConditionKind::CascadeStart:
        return now == "on";
    case ConditionKind::ZoneBroken:
        return now == "broken";
    default:
        return false;
    }
}

} // namespace perp::alerts
