// SPDX-License-Identifier: MIT
// Simulator throughput and realism figures. Usage: bench_sim [hours] [seed] [scenario]
#include "engine/engine.h"
#include "feed/sim/simulator.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>

using namespace perp;

namespace {

struct Run
{
    double wallSec = 0;
    double cpuSec = 0;
    std::uint64_t events = 0;
    std::uint64_t trades = 0;
    std::uint64_t liquidations = 0;
};

Run throughput(std::size_t symbolCount, double hours, std::uint64_t seed, sim::Scenario scenario)
{
    sim::SimConfig c;
    c.seed = seed;
    c.scenario = scenario;
    for (SymbolId id = 0; id < symbolCount; ++id)
        c.symbols.push_back(id);
    sim::Simulator s(c);
    Run r;
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    const TimeMs end = s.now() + static_cast<TimeMs>(hours * kHourMs);
    std::vector<MarketEvent> events;
    while (s.now() < end) {
        events.clear();
        s.advanceTo(std::min(end, s.now() + 60'000), events);
        r.events += events.size();
        for (const auto& e : events)
            r.trades += std::holds_alternative<Trade>(e);
    }
    r.wallSec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.cpuSec = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    r.liquidations = s.liquidationCount();
    return r;
}

// Realism figures per symbol from a full run through the engine.
void realism(double hours, std::uint64_t seed, sim::Scenario scenario)
{
    sim::SimConfig c;
    c.seed = seed;
    c.scenario = scenario;
    sim::Simulator s(c);
    Engine engine;
    const TimeMs end = s.now() + static_cast<TimeMs>(hours * kHourMs);
    std::map<SymbolId, std::map<TimeMs, int>> liqPerMinute;
    std::map<SymbolId, double> fundingSum, fundingAbsMax;
    std::map<SymbolId, int> fundingN;
    while (s.now() < end) {
        EventBatch b;
        s.advanceTo(std::min(end, s.now() + 60'000), b.events);
        for (const auto& e : b.events) {
            if (const auto* l = std::get_if<Liquidation>(&e))
                ++liqPerMinute[l->h.symbol][floorTo(l->h.exchangeTime, kMinuteMs)];
            if (const auto* m = std::get_if<MarkFunding>(&e)) {
                fundingSum[m->h.symbol] += m->fundingRate;
                fundingAbsMax[m->h.symbol] = std::max(fundingAbsMax[m->h.symbol], std::abs(m->fundingRate));
                ++fundingN[m->h.symbol];
            }
        }
        engine.apply(b);
    }
    std::printf("%-9s %8s %9s %9s %8s %8s %9s %9s %8s\n", "symbol", "trades/s", "vol/day%", "range%", "liq/h",
        "maxliq/m", "fund%avg", "fund%max", "OI");
    for (SymbolId id : s.symbols()) {
        const auto& m1 = engine.book(id)->series(Timeframe::M1).candles();
        double sum = 0, sum2 = 0, hi = 0, lo = 1e300;
        std::uint64_t trades = 0;
        for (std::size_t i = 1; i < m1.size(); ++i) {
            const double r = std::log(m1[i].close.toDouble() / m1[i - 1].close.toDouble());
            sum += r;
            sum2 += r * r;
        }
        for (const auto& k : m1) {
            trades += k.trades;
            hi = std::max(hi, k.high.toDouble());
            lo = std::min(lo, k.low.toDouble());
        }
        const double n = static_cast<double>(m1.size() - 1);
        const double vol = std::sqrt(std::max(0.0, sum2 / n - (sum / n) * (sum / n)) * 1440.0) * 100.0;
        int maxPerMin = 0, liqs = 0;
        for (const auto& [t, k] : liqPerMinute[id]) {
            maxPerMin = std::max(maxPerMin, k);
            liqs += k;
        }
        std::printf("%-9s %8.2f %9.2f %9.2f %8.1f %8d %9.4f %9.4f %8.1f\n", symbolName(id).c_str(),
            static_cast<double>(trades) / (hours * 3600.0), vol, (hi / lo - 1) * 100, liqs / hours, maxPerMin,
            fundingSum[id] / std::max(1, fundingN[id]) * 100, fundingAbsMax[id] * 100, s.openInterest(id));
    }
}

} // namespace

int main(int argc, char** argv)
{
    const double hours = argc > 1 ? std::atof(argv[1]) : 24.0;
    const std::uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
    const auto scenario
        = sim::parseScenario(argc > 3 ? argv[3] : "balanced").value_or(sim::Scenario::Balanced);
    std::printf("bench_sim: %.1f simulated hours, seed %llu, scenario %s\n", hours,
        static_cast<unsigned long long>(seed), std::string(sim::scenarioName(scenario)).c_str());
    for (std::size_t n : {std::size_t {5}, std::size_t {21}}) {
        const Run r = throughput(n, hours, seed, scenario);
        std::printf("%2zu symbols: %.2f s wall, %.2f s CPU, %.1f simulated hours per wall second (%.1f per "
                    "CPU second), "
                    "%.0f events and %.0f trades per simulated hour, %.0f liquidations per hour\n",
            n, r.wallSec, r.cpuSec, hours / r.wallSec, hours / r.cpuSec,
            static_cast<double>(r.events) / hours, static_cast<double>(r.trades) / hours,
            static_cast<double>(r.liquidations) / hours);
    }
    realism(hours, seed, scenario);
    return 0;
}
