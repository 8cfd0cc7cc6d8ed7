// SPDX-License-Identifier: MIT
// One full signal cycle (all cards, 21 symbols, 3 modes) on a warmed-up synthetic market.
#include "engine/engine.h"
#include "signals/synthmarket.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

int main(int argc, char** argv)
{
    using namespace perp;
    const int warmHours = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    sig::test::SynthConfig cfg;
    cfg.symbols = 21;
    sig::test::SynthMarket market(cfg);
    Engine engine;
    const auto t0 = std::chrono::steady_clock::now();
    for (int s = 0; s < warmHours * 3600; ++s)
        for (const auto& e : market.step())
            engine.apply(e);
    const auto t1 = std::chrono::steady_clock::now();
    auto& se = engine.signalEngine();
    std::printf("warm-up: %d h of 21 symbols, %llu events, %llu cycles run in %.2f s\n", warmHours,
        static_cast<unsigned long long>(engine.stats().events), static_cast<unsigned long long>(se.cycles()),
        std::chrono::duration<double>(t1 - t0).count());

    // Between timed cycles the market runs on for 5 minutes (the engine runs its own cycles), so
    // every input is fresh. A timed cycle re-runs the newest 300 s boundary, where all three modes'
    // composites are due as well.
    // CPU time of this thread: the machine may be shared, wall time would count the waits.
    auto cpuMs = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    auto timeCycles = [&](TimeMs offset) {
        std::vector<double> ms;
        for (int i = 0; i < 30; ++i) {
            for (int s = 0; s < 300; ++s)
                for (const auto& e : market.step())
                    engine.apply(e);
            const TimeMs t = floorTo(se.lastCycle(), 300'000) + offset;
            const double a = cpuMs();
            se.runCycle(t);
            ms.push_back(cpuMs() - a);
        }
        std::sort(ms.begin(), ms.end());
        return ms;
    };
    const auto full = timeCycles(0);
    std::printf("full cycle (%zu cards x %zu symbols x 3 frames, 3 composites), CPU time: median %.3f ms, "
                "min %.3f ms, "
                "max %.3f ms (target <= 5 ms)\n",
        se.cards().size(), se.symbols().size(), full[full.size() / 2], full.front(), full.back());
    const auto cardsOnly = timeCycles(10'000);
    std::printf("card-only cycle (no composite due): median %.3f ms\n", cardsOnly[cardsOnly.size() / 2]);
    std::printf("pending call sections (bounded by horizon / cycle): %zu\n", se.pendingSections());
    std::printf("signal engine memory (frames, aux bars, books, readings, stats, pending calls): %.2f MB\n",
        static_cast<double>(se.memoryBytes()) / (1024.0 * 1024.0));
    return 0;
}
