// SPDX-License-Identifier: MIT
// Zone update cost: all seven steps for 21 symbols with full windows (576 5m, 384 15m and
// 240 1h candles of a seeded random walk each, 8 estimated liquidation bands), as the
// engine runs it every 10 s; plus the same through Engine on a simulator run.
//   bench_zones [rounds] [simulated hours, 0 = skip the engine part]
#include "engine/engine.h"
#include "feed/sim/simulator.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>

using namespace perp;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::vector<Candle> walk(Timeframe tf, std::size_t n, TimeMs end, double price, std::mt19937& rng)
{
    std::normal_distribution<double> step(
        0.0, 0.002 * std::sqrt(static_cast<double>(timeframeMs(tf)) / 300'000.0));
    std::uniform_real_distribution<double> vol(5, 50), share(0.3, 0.7);
    std::vector<Candle> out;
    const TimeMs ms = timeframeMs(tf);
    for (std::size_t i = 0; i < n; ++i) {
        Candle c;
        c.openTime = end - static_cast<TimeMs>(n - i) * ms;
        const double o = price;
        price *= 1 + step(rng);
        const double wick = std::abs(step(rng)) * o * 0.5;
        c.open = Price::fromDouble(o);
        c.close = Price::fromDouble(price);
        c.high = Price::fromDouble(std::max(o, price) + wick);
        c.low = Price::fromDouble(std::min(o, price) - wick);
        const double v = vol(rng), b = share(rng);
        c.volume = Qty::fromDouble(v);
        c.buyVolume = Qty::fromDouble(v * b);
        c.sellVolume = c.volume - c.buyVolume;
        c.trades = 100;
        out.push_back(c);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int hours = argc > 2 ? std::max(0, std::atoi(argv[2])) : 12;
    constexpr std::size_t kSymbols = 21;
    const TimeMs end = 1767225600000 + 10 * kDayMs;
    std::mt19937 rng(42);
    std::vector<CandleBook> books(kSymbols);
    std::vector<std::vector<liq::LiqBand>> bands(kSymbols);
    std::vector<double> prices(kSymbols);
    for (std::size_t s = 0; s < kSymbols; ++s) {
        const double p0 = 100.0 * static_cast<double>(s + 1);
        books[s].seed(Timeframe::M5, walk(Timeframe::M5, 576, end, p0, rng));
        books[s].seed(Timeframe::M15, walk(Timeframe::M15, 384, end, p0, rng));
        books[s].seed(Timeframe::H1, walk(Timeframe::H1, 240, end, p0, rng));
        prices[s] = books[s].series(Timeframe::M5).candles().back().close.toDouble();
        for (int k = 0; k < 8; ++k) {
            liq::LiqBand b;
            const double off = (k < 4 ? -1 : 1) * 0.01 * (1 + k % 4);
            b.peak = prices[s] * (1 + off);
            b.low = b.peak * 0.998;
            b.high = b.peak * 1.002;
            b.notional = 1e6 * (k + 1);
            b.side = off < 0 ? PositionSide::Long : PositionSide::Short;
            bands[s].push_back(b);
        }
    }
    zones::ZoneBook book;
    std::vector<double> times;
    std::size_t published = 0;
    for (int r = 0; r < rounds; ++r) {
        const double t0 = threadCpuMs();
        for (std::size_t s = 0; s < kSymbols; ++s)
            published
                += book.update(static_cast<SymbolId>(s), books[s], bands[s], prices[s], end + r * 10'000)
                       .size();
        times.push_back(threadCpuMs() - t0);
    }
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (double t : times)
        sum += t;
    std::printf("zone update, 21 symbols, full windows (576x5m, 384x15m, 240x1h, 8 liq bands): "
                "median %.3f ms, mean %.3f ms, max %.3f ms CPU (%d rounds, %.1f zones per symbol)\n",
        times[times.size() / 2], sum / static_cast<double>(times.size()), times.back(), rounds,
        static_cast<double>(published) / (rounds * static_cast<double>(kSymbols)));
    std::printf("  per symbol: %.1f us median; at one update per 10 s: %.3f%% of a core\n",
        times[times.size() / 2] * 1000.0 / kSymbols, times[times.size() / 2] / 10'000.0 * 100.0);

    // The same inside Engine on a simulator run (21 symbols), zones on vs off.
    for (bool on : {false, true}) {
        if (hours == 0)
            break;
        sim::SimConfig cfg;
        cfg.seed = 5;
        cfg.speed = 0;
        sim::Simulator simulator(cfg);
        Engine engine;
        engine.setSignalsEnabled(false);
        engine.setZonesEnabled(on);
        const TimeMs start = simulator.now();
        double cpu = 0;
        while (simulator.now() < start + hours * kHourMs) {
            EventBatch batch;
            simulator.advanceTo(simulator.now() + 10'000, batch.events);
            const double t0 = threadCpuMs();
            engine.apply(batch);
            cpu += threadCpuMs() - t0;
        }
        std::printf("engine over %d simulated hours, 21 symbols, zones %s: %.0f ms CPU (%llu zone updates)\n",
            hours, on ? "on " : "off", cpu, static_cast<unsigned long long>(engine.zoneBook().updates()));
    }
    return 0;
}
