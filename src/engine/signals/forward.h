// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "types.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <vector>

namespace perp::sig {

// Everything called at one composite cycle of one mode, for all symbols, kept until
// the mode's horizon has passed and the forward return is known. Arrays are
// symbol-major: index = symbol * cards + card.
struct CallSection
{
    Mode mode = Mode::Scalp;
    TimeMs time = 0;
    std::size_t cards = 0;
    std::vector<SymbolId> symbols;
    std::vector<double> price; // per symbol at the call
    std::vector<float> z; // NaN when the reading was missing
    std::vector<std::int8_t> dir;
    std::vector<float> conf;
    std::vector<float> categoryScore; // symbols x categories, NaN when no card was valid
    std::vector<float> bias, confidence; // composite per symbol
    std::vector<std::uint8_t> state; // BiasState per symbol
    std::vector<double> ret; // forward log return per symbol, NaN when unknown (set when resolved)

    std::size_t at(std::size_t symbolIndex, std::size_t card) const { return symbolIndex * cards + card; }
};

// Holds sections until their horizon passes; bounded to horizon / cycle + a few per mode.
class ForwardTracker
{
public:
    void push(CallSection s);
    // Resolves every section whose time + horizon <= now with current prices
    // (price(symbol) <= 0 means unknown) and hands it to sink, oldest first.
    void resolve(TimeMs now, const std::function<double(SymbolId)>& price,
        const std::function<void(const CallSection&)>& sink);
    std::size_t pending() const;
    std::size_t memoryBytes() const;
    std::uint64_t dropped() const { return m_dropped; }

private:
    std::array<std::deque<CallSection>, kModeCount> m_pending;
    std::uint64_t m_dropped = 0;
};

} // namespace perp::sig
