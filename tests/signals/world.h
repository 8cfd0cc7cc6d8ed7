// SPDX-License-Identifier: MIT
#pragma once

// Crafted markets for card tests: bars generated from formulas, identical on the
// 1m, 5m and 1h frames (only the bar spacing differs), and their mirror image
// (prices inverted, buy/sell, long/short, bid/ask and ratios swapped).

#include "engine/signals/card.h"

#include <cmath>
#include <deque>
#include <functional>
#include <memory>

namespace perp::sig::test {

struct BarGen
{
    int bars = 200;
    std::function<double(int)> close; // required
    std::function<double(int)> volume = [](int) { return 100.0; };
    std::function<double(int)> buyShare = [](int) { return 0.5; };
    double upperWick = 0.0005; // relative to the body top
    double lowerWick = 0.0005; // relative to the body bottom
    std::function<void(int, AuxBar&)> aux; // optional extra fields
    TimeMs start = 1767225600000; // 2026-01-01T00:00Z
};

struct World
{
    std::deque<SymbolFeatures> features;
    std::deque<SymbolView> views;
    TimeMs now = 0;

    SymbolView& add(SymbolId id, const BarGen& g)
    {
        features.emplace_back();
        views.emplace_back();
        SymbolView& v = views.back();
        v.id = id;
        v.features = &features.back();
        for (std::size_t f = 0; f < kFrameCount; ++f) {
            const TimeMs step = frameMs(static_cast<Frame>(f));
            double prev = g.close(0);
            for (int i = 0; i < g.bars; ++i) {
                const double c = g.close(i);
                const double o = i == 0 ? c : prev;
                Candle k;
                k.openTime = g.start + i * step;
                k.open = Price::fromDouble(o);
                k.close = Price::fromDouble(c);
                k.high = Price::fromDouble(std::max(o, c) * (1 + g.upperWick));
                k.low = Price::fromDouble(std::min(o, c) * (1 - g.lowerWick));
                const double vol = g.volume(i);
                k.volume = Qty::fromDouble(vol);
                k.buyVolume = Qty::fromDouble(vol * g.buyShare(i));
                k.sellVolume = Qty::fromDouble(vol - k.buyVolume.toDouble());
                AuxBar a;
                a.openTime = k.openTime;
                if (g.aux)
                    g.aux(i, a);
                v.frames[f].push(k, a);
                prev = c;
            }
        }
        now = std::max(now, g.start + g.bars * kMinuteMs);
        return v;
    }

    MarketView market() const
    {
        MarketView m;
        m.now = now;
        for (const auto& v : views) {
            m.symbols.push_back(&v);
            if (v.id == 0)
                m.btc = &v;
        }
        return m;
    }

    const SymbolView* find(SymbolId id) const
    {
        for (const auto& v : views)
            if (v.id == id)
                return &v;
        return nullptr;
    }

    // The card's raw value for a symbol on a frame, NaN when it gives none.
    double raw(const SignalCard& card, SymbolId id, Frame f = Frame::M1) const
    {
        const MarketView m = market();
        const SymbolView* v = find(id);
        if (!v)
            return std::nan("");
        CardInput in {m, *v, f, v->frame(f)};
        auto r = card.compute(in);
        return r ? *r : std::nan("");
    }
};

// The mirror image of a world: every bullish fact becomes the matching bearish one.
inline void mirrorFrame(FrameView& f, double k)
{
    auto inv = [k](std::vector<double>& v) {
        for (double& x : v)
            x = std::isnan(x) ? x : k / x;
    };
    inv(f.o);
    inv(f.c);
    inv(f.h);
    inv(f.l);
    std::swap(f.h, f.l);
    inv(f.mark);
    inv(f.altPrice);
    inv(f.primPrice);
    std::swap(f.buy, f.sell);
    std::swap(f.bigBuy, f.bigSell);
    std::swap(f.liqLong, f.liqShort);
    std::swap(f.altBuy, f.altSell);
    std::swap(f.primBuy, f.primSell);
    std::swap(f.depthBid, f.depthAsk);
    std::swap(f.wallBid, f.wallAsk);
    for (double& x : f.funding)
        x = std::isnan(x) ? x : 0.0002 - x;
    for (double& x : f.premium)
        x = -x;
    for (double& x : f.obi)
        x = -x;
    for (auto* v : {&f.lsGlobal, &f.lsTopPos, &f.lsTopAcc})
        for (double& x : *v)
            x = std::isnan(x) ? x : 1.0 / x;
}

inline std::unique_ptr<World> mirrored(const World& w, double k = 10000.0)
{
    auto out = std::make_unique<World>();
    out->now = w.now;
    for (std::size_t i = 0; i < w.views.size(); ++i) {
        out->features.emplace_back();
        std::vector<LiqLevel> levels = w.features[i].liqLevels();
        for (auto& l : levels) {
            l.price = k / l.price;
            l.side = l.side == PositionSide::Long ? PositionSide::Short : PositionSide::Long;
        }
        if (!levels.empty())
            out->features.back().setLiqLevels(w.now, levels);
        out->views.push_back(w.views[i]);
        out->views.back().features = &out->features.back();
        for (auto& f : out->views.back().frames)
            mirrorFrame(f, k);
    }
    return out;
}

} // namespace perp::sig::test
