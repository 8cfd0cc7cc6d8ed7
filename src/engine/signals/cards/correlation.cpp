// SPDX-License-Identifier: MIT
// Correlation and Beta: this symbol's co-movement with BTC (all missing for BTC itself).
#include "crosssymbol.h"
#include "engine/signals/card.h"

namespace perp::sig {

using namespace math;

namespace {
const FrameView* btcFrame(const CardInput& in)
{
    if (!in.market.btc || in.market.btc == &in.symbol)
        return nullptr;
    return &in.market.btc->frame(in.frame);
}
double tail(const std::vector<double>& v, std::size_t k)
{
    double s = 0;
    for (std::size_t i = v.size() - k; i < v.size(); ++i)
        s += v[i];
    return s;
}
} // namespace

void addCorrelationCards(CardList& out)
{
    const auto cat = Category::CorrelationBeta;
    addCard(out,
        {"corr.residual", cat, "Beta-adjusted residual",
            "Last 5 bars' return not explained by BTC times beta.",
            "Positive: rising more than its beta to BTC implies (idiosyncratic strength); negative: weaker.",
            "beta = cov(r, rBTC) / var(rBTC) over n aligned bars; raw = sum r(5) - beta * sum rBTC(5)",
            InCandles | InCrossSymbol, 60},
        [](const CardInput& in, int n) -> Opt {
            const FrameView* b = btcFrame(in);
            auto r = b ? alignReturns(in.f, *b, n) : std::nullopt;
            auto fit = r ? betaFit(*r) : std::nullopt;
            if (!fit)
                return std::nullopt;
            return tail(r->a, 5) - fit->beta * tail(r->b, 5);
        });
    addCard(out,
        {"corr.catch_up", cat, "BTC catch-up",
            "BTC moved in the last 2 bars and this symbol has not followed yet.",
            "Positive: BTC rose and this symbol lags (expected to catch up); negative: BTC fell and it has "
            "not yet.",
            "raw = corr * (beta * sum rBTC(2) - sum r(2)), beta and corr over n aligned bars",
            InCandles | InCrossSymbol, 60},
        [](const CardInput& in, int n) -> Opt {
            const FrameView* b = btcFrame(in);
            auto r = b ? alignReturns(in.f, *b, n) : std::nullopt;
            auto fit = r ? betaFit(*r) : std::nullopt;
            if (!fit)
                return std::nullopt;
            return std::max(0.0, fit->corr) * (fit->beta * tail(r->b, 2) - tail(r->a, 2));
        });
    addCard(out,
        {"corr.decoupling", cat, "Decoupling direction",
            "Low correlation to BTC together with the sign of the residual trend.",
            "Positive: decoupled from BTC and drifting up on its own; negative: decoupled and drifting down.",
            "raw = (1 - corr) * sign(sum r(20) - beta * sum rBTC(20)), corr and beta over n aligned bars",
            InCandles | InCrossSymbol, 60},
        [](const CardInput& in, int n) -> Opt {
            const FrameView* b = btcFrame(in);
            auto r = b ? alignReturns(in.f, *b, n) : std::nullopt;
            auto fit = r ? betaFit(*r) : std::nullopt;
            if (!fit)
                return std::nullopt;
            return (1.0 - fit->corr) * sgn(tail(r->a, 20) - fit->beta * tail(r->b, 20));
        });
    addCard(out,
        {"corr.beta_implied", cat, "Beta-implied move",
            "The move BTC's recent trend implies for this symbol through its beta.",
            "Positive: BTC trending up and this symbol moves with it (high beta amplifies); negative: BTC "
            "trending down.",
            "raw = beta * sum rBTC(20), beta over n aligned bars", InCandles | InCrossSymbol, 60},
        [](const CardInput& in, int n) -> Opt {
            const FrameView* b = btcFrame(in);
            auto r = b ? alignReturns(in.f, *b, n) : std::nullopt;
            auto fit = r ? betaFit(*r) : std::nullopt;
            if (!fit)
                return std::nullopt;
            return fit->beta * tail(r->b, 20);
        });
}

} // namespace perp::sig
