// SPDX-License-Identifier: MIT
#pragma once

#include "feed/sim/simulator.h"

#include <cstdint>
#include <vector>

namespace perp::test {

inline sim::SimConfig simConfig(
    std::uint64_t seed, std::vector<SymbolId> symbols, sim::Scenario scenario = sim::Scenario::Balanced)
{
    sim::SimConfig c;
    c.seed = seed;
    c.speed = 0;
    c.scenario = scenario;
    c.symbols = std::move(symbols);
    return c;
}

// Runs a simulator for `minutes` and returns every event.
inline std::vector<MarketEvent> runMinutes(sim::Simulator& s, double minutes, TimeMs chunkMs = 60'000)
{
    std::vector<MarketEvent> out;
    const TimeMs end = s.now() + static_cast<TimeMs>(minutes * kMinuteMs);
    while (s.now() < end)
        s.advanceTo(std::min(end, s.now() + chunkMs), out);
    return out;
}

// Runs a simulator for `minutes`, handing each event to fn without keeping them.
template <typename Fn> void forEachEvent(sim::Simulator& s, double minutes, Fn&& fn)
{
    std::vector<MarketEvent> chunk;
    const TimeMs end = s.now() + static_cast<TimeMs>(minutes * kMinuteMs);
    while (s.now() < end) {
        chunk.clear();
        s.advanceTo(std::min(end, s.now() + 60'000), chunk);
        for (const auto& e : chunk)
            fn(e);
    }
}

// FNV-1a over every field of every event: equal streams give equal hashes.
class EventHasher
{
public:
    void add(const MarketEvent& e)
    {
        mix(e.index());
        const auto& h = header(e);
        mix(h.symbol);
        mix(static_cast<int>(h.venue));
        mix(h.exchangeTime);
        mix(h.receiveTime);
        std::visit(
            [this](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, Trade>) {
                    mix(x.price.raw), mix(x.qty.raw), mix(static_cast<int>(x.takerSide)), mix(x.id);
                } else if constexpr (std::is_same_v<T, Liquidation>) {
                    mix(x.price.raw), mix(x.qty.raw), mix(static_cast<int>(x.liquidated));
                } else if constexpr (std::is_same_v<T, MarkFunding>) {
                    mix(x.markPrice.raw), mix(x.indexPrice.raw),
                        mix(static_cast<std::int64_t>(x.fundingRate * 1e12)), mix(x.nextFundingTime);
                } else if constexpr (std::is_same_v<T, OpenInterest>) {
                    mix(x.openInterest.raw);
                } else if constexpr (std::is_same_v<T, BookUpdate>) {
                    mix(static_cast<int>(x.kind)), mix(x.firstUpdateId), mix(x.lastUpdateId);
                    for (const auto& l : x.bids)
                        mix(l.price.raw), mix(l.qty.raw);
                    for (const auto& l : x.asks)
                        mix(l.price.raw), mix(l.qty.raw);
                } else {
                    mix(static_cast<int>(x.kind)), mix(static_cast<std::int64_t>(x.value * 1e9));
                }
            },
            e);
    }
    std::uint64_t value() const { return m_h; }

private:
    template <typename T> void mix(T v)
    {
        const auto u = static_cast<std::uint64_t>(v);
        for (int i = 0; i < 8; ++i) {
            m_h ^= (u >> (8 * i)) & 0xFF;
            m_h *= 0x100000001B3ULL;
        }
    }
    std::uint64_t m_h = 0xCBF29CE484222325ULL;
};

inline std::uint64_t hashEvents(const std::vector<MarketEvent>& events)
{
    EventHasher h;
    for (const auto& e : events)
        h.add(e);
    return h.value();
}

} // namespace perp::test
