// SPDX-License-Identifier: MIT
#include "frame.h"

#include <algorithm>

namespace perp::sig {

namespace {
template <typename Fn> void forEachField(FrameView& f, Fn&& fn)
{
    for (auto* v : {&f.t, &f.o, &f.h, &f.l, &f.c, &f.v, &f.buy, &f.sell, &f.bigBuy, &f.bigSell, &f.liqLong,
             &f.liqShort, &f.altBuy, &f.altSell, &f.primBuy, &f.primSell, &f.oi, &f.funding, &f.premium,
             &f.mark, &f.obi, &f.spreadBps, &f.depthBid, &f.depthAsk, &f.wallBid, &f.wallAsk, &f.lsGlobal,
             &f.lsTopPos, &f.lsTopAcc, &f.altPrice, &f.primPrice})
        fn(*v);
}
} // namespace

void FrameView::clear()
{
    forEachField(*this, [](std::vector<double>& v) { v.clear(); });
}

void FrameView::reserve(std::size_t n)
{
    forEachField(*this, [n](std::vector<double>& v) { v.reserve(n); });
}

std::size_t FrameView::memoryBytes() const
{
    std::size_t n = 0;
    forEachField(
        const_cast<FrameView&>(*this), [&n](std::vector<double>& v) { n += v.capacity() * sizeof(double); });
    return n;
}

void FrameView::push(const Candle& k, const AuxBar& a)
{
    t.push_back(static_cast<double>(k.openTime));
    o.push_back(k.open.toDouble());
    h.push_back(k.high.toDouble());
    l.push_back(k.low.toDouble());
    c.push_back(k.close.toDouble());
    v.push_back(k.volume.toDouble());
    buy.push_back(k.buyVolume.toDouble());
    sell.push_back(k.sellVolume.toDouble());
    const bool same = a.openTime == k.openTime;
    auto flow = [same](double x) { return same ? x : 0.0; };
    bigBuy.push_back(flow(a.bigBuy));
    bigSell.push_back(flow(a.bigSell));
    liqLong.push_back(flow(a.liqLong));
    liqShort.push_back(flow(a.liqShort));
    altBuy.push_back(flow(a.altBuy));
    altSell.push_back(flow(a.altSell));
    primBuy.push_back(flow(a.primBuy));
    primSell.push_back(flow(a.primSell));
    oi.push_back(a.oi);
    funding.push_back(a.funding);
    premium.push_back(a.premium);
    mark.push_back(a.mark);
    obi.push_back(a.obi);
    spreadBps.push_back(a.spreadBps);
    depthBid.push_back(a.depthBid);
    depthAsk.push_back(a.depthAsk);
    wallBid.push_back(a.wallBid);
    wallAsk.push_back(a.wallAsk);
    lsGlobal.push_back(a.lsGlobal);
    lsTopPos.push_back(a.lsTopPos);
    lsTopAcc.push_back(a.lsTopAcc);
    altPrice.push_back(a.altPrice);
    primPrice.push_back(a.primPrice);
}

void buildFrame(
    FrameView& out, const std::deque<Candle>& candles, const std::deque<AuxBar>& aux, std::size_t maxBars)
{
    out.clear();
    const std::size_t n = std::min(maxBars, candles.size());
    if (n == 0)
        return;
    out.reserve(n);
    const auto first = candles.end() - static_cast<std::ptrdiff_t>(n);
    // Aux bar in effect for a candle: the newest with openTime <= candle open.
    auto a = std::upper_bound(
        aux.begin(), aux.end(), first->openTime, [](TimeMs t, const AuxBar& b) { return t < b.openTime; });
    const AuxBar none;
    for (auto k = first; k != candles.end(); ++k) {
        while (a != aux.end() && a->openTime <= k->openTime)
            ++a;
        out.push(*k, a == aux.begin() ? none : *std::prev(a));
    }
}

} // namespace perp::sig
