// SPDX-License-Identifier: MIT
// Market Breadth: how many of the watched symbols agree (the same value for every symbol).
#include "crosssymbol.h"
#include "engine/signals/card.h"

namespace perp::sig {

using namespace math;

namespace {
// Mean of values (each in [-1, 1] or {0, 1}) across symbols, or missing with too few symbols.
Opt breadth(const std::vector<double>& v, double centre)
{
    if (v.size() < kMinBreadthSymbols)
        return std::nullopt;
    double s = 0;
    for (double x : v)
        s += x;
    return s / static_cast<double>(v.size()) - centre;
}
} // namespace

void addBreadthCards(CardList& out)
{
    const auto cat = Category::MarketBreadth;
    addCard(out,
        {"breadth.adv_decl", cat, "Advance/decline",
            "Symbols up over the lookback minus symbols down, as a share.",
            "Positive: most of the market is rising (a broad move); negative: most falling.",
            "raw = (#up - #down) / #symbols with data, r = close/close[n] - 1", InCandles | InCrossSymbol, 20,
            true},
        [](const CardInput& in, int n) {
            return breadth(acrossMarket(in,
                               [n](const FrameView& f) -> Opt {
                                   auto r = change(f.c, n);
                                   return r ? Opt(sgn(*r)) : std::nullopt;
                               }),
                0.0);
        });
    addCard(out,
        {"breadth.above_sma", cat, "Share above SMA",
            "Share of symbols trading above their own n-bar average.",
            "Positive: more than half above their average; negative: fewer than half.",
            "raw = #(close > SMA n) / #symbols - 0.5", InCandles | InCrossSymbol, 20, true},
        [](const CardInput& in, int n) {
            return breadth(acrossMarket(in,
                               [n](const FrameView& f) -> Opt {
                                   auto m = mean(f.c, n);
                                   return m ? Opt(f.c.back() > *m ? 1.0 : 0.0) : std::nullopt;
                               }),
                0.5);
        });
    addCard(out,
        {"breadth.flow", cat, "Flow breadth",
            "Share of symbols whose takers are net buyers over the lookback.",
            "Positive: buying is broad across the market; negative: selling is broad.",
            "raw = #(sum buy > sum sell over n) / #symbols - 0.5", InCandles | InFlow | InCrossSymbol, 10,
            true},
        [](const CardInput& in, int n) {
            return breadth(acrossMarket(in,
                               [n](const FrameView& f) -> Opt {
                                   auto b = sum(f.buy, n), s = sum(f.sell, n);
                                   return b && s ? Opt(*b > *s ? 1.0 : 0.0) : std::nullopt;
                               }),
                0.5);
        });
    addCard(out,
        {"breadth.highs_lows", cat, "New highs minus new lows",
            "Symbols closing at an n-bar closing high minus those at an n-bar closing low.",
            "Positive: more symbols making new highs; negative: more making new lows.",
            "raw = (#close >= highest close n - #close <= lowest close n) / #symbols",
            InCandles | InCrossSymbol, 20, true},
        [](const CardInput& in, int n) {
            return breadth(acrossMarket(in,
                               [n](const FrameView& f) -> Opt {
                                   auto hi = highest(f.c, n), lo = lowest(f.c, n);
                                   if (!hi || !lo)
                                       return std::nullopt;
                                   const double c = f.c.back();
                                   return Opt(c >= *hi ? 1.0 : (c <= *lo ? -1.0 : 0.0));
                               }),
                0.0);
        });
    addCard(out,
        {"breadth.thrust", cat, "Breadth thrust",
            "How much more of the market rose on the newest bar than on the bars before it.",
            "Positive: a sudden broad lift (more symbols up now than usual lately); negative: a sudden broad "
            "drop.",
            "b(k) = (#up - #down) / #symbols on the bar k back; raw = b(0) - mean(b(1..n))",
            InCandles | InCrossSymbol, 10, true},
        [](const CardInput& in, int n) -> Opt {
            std::vector<double> b;
            for (int k = 0; k <= n; ++k) {
                auto v = breadth(acrossMarket(in,
                                     [k](const FrameView& f) -> Opt {
                                         auto a = back(f.c, static_cast<std::size_t>(k));
                                         auto p = back(f.c, static_cast<std::size_t>(k) + 1);
                                         return a && p && *p > 0 ? Opt(sgn(*a - *p)) : std::nullopt;
                                     }),
                    0.0);
                if (!v)
                    return std::nullopt;
                b.push_back(*v);
            }
            double past = 0;
            for (std::size_t k = 1; k < b.size(); ++k)
                past += b[k];
            return b[0] - past / n;
        });
}

} // namespace perp::sig
