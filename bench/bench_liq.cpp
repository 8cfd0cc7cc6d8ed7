// SPDX-License-Identifier: MIT
// bench_liq: cost of the liquidation layers per engine cycle for 21 symbols.
// Drives the simulator (all 21 default perps) for a warm-up, then runs 100 ms engine cycles
// and times (a) feeding the cycle's events to every symbol's LiqState, (b) refreshing the
// profiles and bands of the symbols that changed (what Engine::apply(batch) does) and
// (c) a forced refresh of all 21 symbols (profile + bands), plus snapshot building.
#include "engine/engine.h"
#include "engine/liq/liqstate.h"
#include "feed/sim/simulator.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace perp;

namespace {
// Thread CPU time: the machine is shared, and wall time would count preemption.
struct Clock
{
    static double now()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
    }
};
double usSince(double t0)
{
    return Clock::now() - t0;
}
struct Stat
{
    std::vector<double> v;
    void print(const char* name)
    {
        std::sort(v.begin(), v.end());
        double sum = 0;
        for (double x : v)
            sum += x;
        std::printf("%-44s mean %8.1f  p50 %8.1f  p99 %8.1f  max %8.1f  (n=%zu)\n", name,
            v.empty() ? 0 : sum / static_cast<double>(v.size()), v.empty() ? 0 : v[v.size() / 2],
            v.empty() ? 0 : v[v.size() * 99 / 100], v.empty() ? 0 : v.back(), v.size());
    }
};
} // namespace

int main(int argc, char** argv)
{
    const int warmupMin = argc > 1 ? std::atoi(argv[1]) : 120;
    const int cycles = argc > 2 ? std::atoi(argv[2]) : 6000;
    sim::SimConfig cfg;
    cfg.seed = 7;
    cfg.speed = 0;
    sim::Simulator simulator(cfg);
    std::vector<std::unique_ptr<liq::LiqState>> states;
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
        states.push_back(std::make_unique<liq::LiqState>(id));

    std::vector<MarketEvent> events;
    const TimeMs start = simulator.now();
    for (TimeMs t = start; t < start + warmupMin * kMinuteMs;) {
        t += 1000;
        events.clear();
        simulator.advanceTo(t, events);
        for (const auto& e : events)
            states[header(e).symbol]->apply(e);
    }
    for (auto& s : states)
        s->refresh(true);

    Stat feed, refresh, forced, snap, events21;
    TimeMs t = simulator.now();
    for (int c = 0; c < cycles; ++c) {
        t += 100;
        events.clear();
        simulator.advanceTo(t, events);
        events21.v.push_back(static_cast<double>(events.size()));
        auto t0 = Clock::now();
        for (const auto& e : events)
            states[header(e).symbol]->apply(e);
        feed.v.push_back(usSince(t0));
        t0 = Clock::now();
        for (auto& s : states)
            s->refresh();
        refresh.v.push_back(usSince(t0));
        if (c % 10 == 0) {
            t0 = Clock::now();
            for (auto& s : states)
                s->refresh(true);
            forced.v.push_back(usSince(t0));
            t0 = Clock::now();
            auto sp = states[0]->snapshot(t - 24 * kHourMs);
            snap.v.push_back(usSince(t0));
            if (!sp)
                return 1;
        }
    }
    std::printf("bench_liq: 21 symbols, %d min warm-up, %d cycles of 100 ms (simulated, seed 7)\n", warmupMin,
        cycles);
    std::size_t cols = 0, bands = 0;
    for (const auto& s : states) {
        cols += s->estimator().heatmap().columns().size();
        bands += s->bands().size();
    }
    std::printf("heatmap columns held: %zu, bands: %zu; times are thread CPU microseconds\n", cols, bands);
    events21.print("market events per cycle (count)");
    feed.print("feed events to 21 LiqStates");
    refresh.print("refresh changed profiles+bands (21 symbols)");
    forced.print("forced refresh all 21 profiles+bands");
    snap.print("LiqSnapshot of one symbol (24 h history)");
    std::vector<double> total(feed.v.size());
    for (std::size_t i = 0; i < total.size(); ++i)
        total[i] = feed.v[i] + refresh.v[i];
    Stat tot {total};
    tot.print("per engine cycle: feed + refresh");
    return 0;
}
