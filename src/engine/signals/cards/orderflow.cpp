// SPDX-License-Identifier: MIT
// Order Flow: who is aggressive, takers buying or takers selling.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

namespace {
// Net taker volume (buy - sell) over the newest n bars divided by total volume.
Opt deltaShare(const FrameView& f, std::size_t n, std::size_t skip = 0)
{
    if (f.size() < n + skip)
        return std::nullopt;
    double d = 0, v = 0;
    for (std::size_t i = f.size() - n - skip; i < f.size() - skip; ++i) {
        d += f.buy[i] - f.sell[i];
        v += f.buy[i] + f.sell[i];
    }
    return v > 0 ? Opt(d / v) : std::nullopt;
}
} // namespace

void addOrderFlowCards(CardList& out)
{
    const auto cat = Category::OrderFlow;
    addCard(out,
        {"flow.cvd_slope", cat, "CVD slope",
            "Change of cumulative volume delta (taker buys minus sells) over the lookback.",
            "Positive: aggressive buyers dominate; negative: aggressive sellers.",
            "raw = sum(buyVol - sellVol) / sum(volume) over n bars", InCandles | InFlow, 20},
        [](const CardInput& in, int n) { return deltaShare(in.f, n); });
    addCard(out,
        {"flow.delta_spike", cat, "Delta spike",
            "The newest bar's net taker volume against its own recent distribution.",
            "Positive: an unusually large burst of taker buying in the last bar; negative: of taker selling.",
            "d = buyVol - sellVol per bar; raw = (d_last - mean(d, n)) / stdev(d, n)", InCandles | InFlow,
            30},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            std::vector<double> d;
            for (std::size_t i = f.size() - n; i < f.size(); ++i)
                d.push_back(f.buy[i] - f.sell[i]);
            return zLast(d, d.size());
        });
    addCard(out,
        {"flow.delta_divergence", cat, "Delta divergence",
            "CVD moving one way while price moves the other (absorption).",
            "Positive: takers net buying while price flat or down (hidden demand); negative: the reverse.",
            "raw = deltaShare(n) - ln(close / close[n]) / (stdev 1-bar returns * sqrt n)", InCandles | InFlow,
            20},
        [](const CardInput& in, int n) -> Opt {
            auto d = deltaShare(in.f, n);
            auto r = logReturns(in.f.c, n);
            if (!d || !r)
                return std::nullopt;
            auto sd = stdev(*r, r->size());
            if (!sd || !(*sd > 0))
                return std::nullopt;
            double tot = 0;
            for (double x : *r)
                tot += x;
            const double pz = tot / (*sd * std::sqrt(static_cast<double>(n)));
            return *d - 0.25 * pz; // a 4-sigma move offsets a fully one-sided delta
        });
    addCard(out,
        {"flow.persistence", cat, "Flow persistence",
            "How consistently recent bars had more taker buying than selling.",
            "Positive: most recent bars were buyer-dominated; negative: seller-dominated.",
            "raw = (count of bars with buyVol > sellVol) / n - 0.5 over n bars", InCandles | InFlow, 10},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            int up = 0, valid = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                if (f.buy[i] == f.sell[i])
                    continue;
                ++valid;
                up += f.buy[i] > f.sell[i];
            }
            return valid > 0 ? Opt(static_cast<double>(up) / valid - 0.5) : std::nullopt;
        });
    addCard(out,
        {"flow.delta_shift", cat, "Delta shift",
            "Recent taker imbalance compared with the imbalance just before it.",
            "Positive: flow swung toward buyers in the last bars; negative: toward sellers.",
            "raw = deltaShare(last 3 bars) - deltaShare(the 12 bars before)", InCandles | InFlow, 15},
        [](const CardInput& in, int) -> Opt {
            auto a = deltaShare(in.f, 3), b = deltaShare(in.f, 12, 3);
            return a && b ? Opt(*a - *b) : std::nullopt;
        });
}

} // namespace perp::sig
