// SPDX-License-Identifier: MIT
#pragma once

#include "engine/signals/cardmath.h"
#include "engine/signals/frame.h"

#include <optional>
#include <utility>
#include <vector>

namespace perp::sig {

// 1-bar log returns of two symbols at bars with the same open time (and the same
// previous bar time), newest n pairs, oldest first.
struct AlignedReturns
{
    std::vector<double> a, b;
};
std::optional<AlignedReturns> alignReturns(const FrameView& a, const FrameView& b, std::size_t n);

// OLS beta of a on b and the correlation.
struct BetaFit
{
    double beta;
    double corr;
};
std::optional<BetaFit> betaFit(const AlignedReturns& r);

// The value fn(frame) for every symbol with enough data, in market order.
template <typename Fn> std::vector<double> acrossMarket(const CardInput& in, Fn&& fn)
{
    std::vector<double> out;
    out.reserve(in.market.symbols.size());
    for (const auto* s : in.market.symbols)
        if (auto v = fn(s->frame(in.frame)))
            out.push_back(*v);
    return out;
}

inline constexpr std::size_t kMinBreadthSymbols = 5;

} // namespace perp::sig
