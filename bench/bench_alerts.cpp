// SPDX-License-Identifier: MIT
// Alert evaluation cost on the engine thread: 12 rules (bias crossings and ranges for
// every symbol and mode, confidence, categories, bands, funding, zones, liquidations)
// against 21 symbols x 3 modes, with values that move and cross thresholds.
//   bench_alerts [evaluations]
#include "engine/alerts/evaluator.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace perp;
using namespace perp::alerts;

int main(int argc, char** argv)
{
    const int evaluations = argc > 1 ? std::atoi(argv[1]) : 20'000;
    std::vector<Rule> rules;
    auto add = [&](const char* id, ConditionKind k, Direction d, double threshold,
                   Trigger t = Trigger::EveryTime) {
        Rule r;
        r.id = id;
        r.condition.kind = k;
        r.condition.direction = d;
        r.condition.threshold = threshold;
        r.trigger = t;
        r.cooldownMs = 60'000;
        rules.push_back(r);
        return &rules.back();
    };
    add("bias-up", ConditionKind::BiasCross, Direction::Above, 20);
    add("bias-down", ConditionKind::BiasCross, Direction::Below, -20);
    add("bias-either", ConditionKind::BiasCross, Direction::Either, 10, Trigger::OncePerCycle);
    Rule* range = add("range", ConditionKind::BiasRange, Direction::Above, 0);
    range->condition.low = -10;
    range->condition.high = 10;
    add("confidence", ConditionKind::Confidence, Direction::Above, 55)->condition.side = SideFilter::Long;
    add("category", ConditionKind::CategoryState, Direction::Above, 0)->condition.category = "order_flow";
    add("band", ConditionKind::BandProximity, Direction::Above, 0.5);
    add("cascade", ConditionKind::CascadeStart, Direction::Above, 0);
    add("liq", ConditionKind::RealizedLiquidation, Direction::Above, 1e6);
    add("funding", ConditionKind::Funding, Direction::Either, 0.0005, Trigger::OncePerCycle);
    add("zone", ConditionKind::ZoneTouched, Direction::Above, 0);
    add("price", ConditionKind::PriceCross, Direction::Either, 100);
    Evaluator ev;
    ev.setRules(rules);

    const char* modes[] = {"scalp", "day", "swing"};
    AlertInput in;
    for (int s = 0; s < 21; ++s) {
        SymbolInput x;
        x.symbol = "SYM" + std::to_string(s) + "USDT";
        x.atr = 1;
        for (const char* m : modes)
            x.modes[m].categoryStates["order_flow"] = "neutral";
        x.bands = {{"b1", 95, 96, BandSide::Long, 1e6}, {"b2", 104, 105, BandSide::Short, 1e6}};
        x.zones = {{"z1", 98, 99, "fresh"}, {"z2", 101, 102, "tested"}};
        in.symbols.push_back(x);
    }
    std::size_t fired = 0;
    double us = 0;
    for (int i = 0; i < evaluations; ++i) {
        in.time = TimeMs(i) * 1000;
        for (std::size_t s = 0; s < in.symbols.size(); ++s) {
            SymbolInput& x = in.symbols[s];
            const double phase = double(i) * 0.01 + double(s);
            x.price = 100 + 4 * std::sin(phase);
            x.fundingRate = 0.0008 * std::sin(phase * 0.3);
            x.cascadeActive = (i / 50 + s) % 9 == 0;
            x.newLiquidations.clear();
            if ((i + s) % 97 == 0)
                x.newLiquidations.push_back({in.time, 100, 2e6, BandSide::Long});
            for (int m = 0; m < 3; ++m) {
                ModeReading& r = x.modes[modes[m]];
                r.bias = 40 * std::sin(phase * (1 + m));
                r.confidence = 50 + 20 * std::cos(phase);
                r.categoryStates["order_flow"]
                    = r.bias > 15 ? "bullish" : (r.bias < -15 ? "bearish" : "neutral");
            }
        }
        const auto t0 = std::chrono::steady_clock::now();
        fired += ev.evaluate(in).size();
        us += std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
    }
    std::printf(
        "alerts %zu rules x 21 symbols x 3 modes: %.1f us per evaluation (%d evaluations, %zu fired)\n",
        rules.size(), us / evaluations, evaluations, fired);
    return 0;
}
