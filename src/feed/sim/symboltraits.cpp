// SPDX-License-Identifier: MIT
#include "symboltraits.h"

#include <string_view>

namespace perp::sim {

namespace {
struct Row
{
    std::string_view base;
    SymbolTraits traits;
};

// Roughly the ordering of real USDT-perp activity: BTC busiest and deepest.
constexpr Row kRows[] = {
    {"BTC", {22, 1.0, 0.0, 12e6, 1500}},
    {"ETH", {16, 1.15, 0.012, 6e6, 1000}},
    {"SOL", {10, 1.35, 0.02, 2.5e6, 600}},
    {"XRP", {7, 1.2, 0.02, 1.5e6, 500}},
    {"DOGE", {7, 1.45, 0.025, 1.2e6, 400}},
    {"BNB", {4, 0.8, 0.012, 1.0e6, 500}},
    {"ADA", {3.5, 1.3, 0.025, 0.5e6, 300}},
    {"AVAX", {3, 1.4, 0.025, 0.4e6, 300}},
    {"LINK", {3, 1.3, 0.025, 0.4e6, 300}},
    {"DOT", {2, 1.3, 0.025, 0.3e6, 250}},
    {"LTC", {2.5, 1.0, 0.02, 0.4e6, 300}},
    {"BCH", {2, 1.0, 0.025, 0.3e6, 300}},
    {"TRX", {1.5, 0.6, 0.015, 0.3e6, 250}},
    {"SUI", {4, 1.5, 0.028, 0.5e6, 300}},
    {"APT", {2, 1.4, 0.025, 0.25e6, 250}},
    {"ARB", {2, 1.4, 0.025, 0.25e6, 250}},
    {"OP", {2, 1.4, 0.025, 0.25e6, 250}},
    {"NEAR", {2, 1.4, 0.025, 0.25e6, 250}},
    {"ATOM", {1.5, 1.2, 0.025, 0.2e6, 200}},
    {"FIL", {1.5, 1.3, 0.025, 0.2e6, 200}},
    {"INJ", {2, 1.5, 0.028, 0.2e6, 250}},
};
} // namespace

SymbolTraits symbolTraits(const SymbolInfo& info)
{
    for (const auto& r : kRows)
        if (r.base == info.base)
            return r.traits;
    return {2, 1.3, 0.025, 0.25e6, 250};
}

} // namespace perp::sim
