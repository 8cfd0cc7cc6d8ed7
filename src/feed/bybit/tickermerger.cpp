// SPDX-License-Identifier: MIT
#include "tickermerger.h"

namespace perp::bybit {

namespace {
template <typename T> bool mergeField(std::optional<T>& into, const std::optional<T>& from)
{
    if (!from || into == from)
        return false;
    into = from;
    return true;
}
} // namespace

std::size_t TickerMerger::apply(
    const EventHeader& h, bool snapshot, const TickerFields& in, std::vector<MarketEvent>& out)
{
    auto& s = m_state[h.symbol];
    if (snapshot)
        s = TickerFields {};
    bool markChanged = mergeField(s.mark, in.mark);
    markChanged |= mergeField(s.index, in.index);
    markChanged |= mergeField(s.fundingRate, in.fundingRate);
    markChanged |= mergeField(s.nextFundingTime, in.nextFundingTime);
    // A message with the two-sided figure but no one-sided one makes the old one-sided stale.
    if (in.openInterestBothSides && !in.openInterestOneSide)
        s.openInterestOneSide.reset();
    bool oiChanged = mergeField(s.openInterestBothSides, in.openInterestBothSides);
    oiChanged |= mergeField(s.openInterestOneSide, in.openInterestOneSide);

    std::size_t added = 0;
    if (markChanged && s.mark) {
        MarkFunding m;
        m.h = h;
        m.markPrice = *s.mark;
        m.indexPrice = s.index.value_or(Price {});
        m.fundingRate = s.fundingRate.value_or(0.0);
        m.nextFundingTime = s.nextFundingTime.value_or(0);
        out.emplace_back(m);
        ++added;
    }
    if (oiChanged && (s.openInterestOneSide || s.openInterestBothSides)) {
        OpenInterest oi;
        oi.h = h;
        oi.openInterest
            = s.openInterestOneSide ? *s.openInterestOneSide : Qty::fromRaw(s.openInterestBothSides->raw / 2);
        out.emplace_back(oi);
        ++added;
    }
    return added;
}

} // namespace perp::bybit
