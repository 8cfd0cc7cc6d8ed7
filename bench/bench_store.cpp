// SPDX-License-Identifier: MIT
// Storage figures: load time of a year of 1m candles for one symbol, and the CPU
// cost of the live write pattern for 21 symbols (every second: the forming candle
// of 21 symbols x 6 timeframes, plus open interest and funding points).
//   bench_store [--dir DIR] [--seconds N]
#include "store/candlereader.h"
#include "store/candlestore.h"
#include "store/database.h"
#include "store/historyrecorder.h"
#include "store/historystore.h"
#include "store/sqlutil.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace perp;
using namespace perp::store;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// The real path: an Engine fed 20 trades per symbol per second, mark/funding every
// second, open interest every 3 s, a liquidation now and then; HistoryRecorder +
// StoreWriter::writeNow once per engine second. Returns storage CPU seconds (the
// recorder and the writer, not the engine) for `seconds` simulated seconds.
double realPath(Database& db, TimeMs start, int seconds, std::size_t* rows)
{
    Engine engine;
    HistoryRecorder recorder;
    StoreWriter writer(db);
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> jitter(-0.5, 0.5);
    std::int64_t tradeId = 0;
    double storageCpu = 0;
    for (int s = 0; s < seconds; ++s) {
        EventBatch b;
        for (SymbolId sym = 0; sym < kDefaultSymbolCount; ++sym) {
            const double ref = symbolInfo(sym).referencePrice;
            for (int k = 0; k < 20; ++k) {
                const TimeMs t = start + TimeMs(s) * 1000 + k * 50;
                const EventHeader h {sym, Venue::Sim, t, t * 1000};
                b.events.push_back(Trade {h, Price::fromDouble(ref * (1 + jitter(rng) * 1e-3)),
                    Qty::fromDouble(0.01), k % 2 ? Side::Buy : Side::Sell, ++tradeId});
            }
            const TimeMs t = start + TimeMs(s) * 1000 + 999;
            const EventHeader h {sym, Venue::Sim, t, t * 1000};
            b.events.push_back(MarkFunding {h, Price::fromDouble(ref), Price::fromDouble(ref), 0.0001, 0});
            if (s % 3 == 0)
                b.events.push_back(OpenInterest {h, Qty::fromDouble(1e6 + s)});
            if ((s + sym) % 7 == 0)
                b.events.push_back(
                    Liquidation {h, Price::fromDouble(ref), Qty::fromDouble(1), PositionSide::Long});
        }
        engine.apply(b);
        const double c0 = threadCpuSeconds();
        recorder.observe(b);
        if (const auto batch = recorder.take(engine)) {
            *rows += batch->rows();
            if (!writer.writeNow(*batch))
                return -1;
        }
        storageCpu += threadCpuSeconds() - c0;
    }
    return storageCpu;
}

std::vector<Candle> makeYear(TimeMs start, std::size_t n)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0, 8);
    std::vector<Candle> out(n);
    double price = 60000;
    for (std::size_t i = 0; i < n; ++i) {
        Candle& c = out[i];
        c.openTime = start + TimeMs(i) * kMinuteMs;
        c.open = Price::fromDouble(price);
        price = std::max(1.0, price + step(rng));
        c.close = Price::fromDouble(price);
        c.high = Price::fromDouble(std::max(c.open.toDouble(), price) + 3.5);
        c.low = Price::fromDouble(std::min(c.open.toDouble(), price) - 2.25);
        c.buyVolume = Qty::fromDouble(10.123456 + double(i % 17));
        c.sellVolume = Qty::fromDouble(9.5 + double(i % 13));
        c.volume = c.buyVolume + c.sellVolume;
        c.trades = std::uint32_t(100 + i % 50);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QTemporaryDir tmp;
    QString dir = tmp.path();
    int liveSeconds = 600;
    if (int i = int(args.indexOf("--dir")); i > 0 && i + 1 < args.size())
        dir = resolveDataDir(args[i + 1]);
    if (int i = int(args.indexOf("--seconds")); i > 0 && i + 1 < args.size())
        liveSeconds = args[i + 1].toInt();

    Database db(databasePath(dir));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CandleStore candles(db);
    const TimeMs start = 1'700'000'000'000 / kDayMs * kDayMs;
    const std::size_t yearMinutes = 525'600;

    if (candles.count(0, Timeframe::M1) < yearMinutes) {
        const auto year = makeYear(start, yearMinutes);
        QElapsedTimer t;
        t.start();
        for (std::size_t i = 0; i < year.size(); i += 10'000) {
            const std::size_t n = std::min<std::size_t>(10'000, year.size() - i);
            if (!candles.upsert(0, Timeframe::M1, std::span(year).subspan(i, n), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        std::printf("write  %zu 1m candles in batches of 10000: %.0f ms\n", year.size(), double(t.elapsed()));
    }

    std::printf("candle reads through %s\n", directCandleReads() ? "the SQLite C API" : "QSqlQuery");
    auto timedLoad = [&](Database& from, const char* label) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuSeconds();
        const auto loaded = CandleStore(from).load(
            0, Timeframe::M1, start, start + TimeMs(yearMinutes) * kMinuteMs, &error);
        std::printf("load   %zu 1m candles (one year, one symbol), %s: wall %.1f ms, cpu %.1f ms\n",
            loaded.size(), label, double(t.nsecsElapsed()) / 1e6, (threadCpuSeconds() - c0) * 1e3);
        return loaded.size() == yearMinutes;
    };
    {
        Database fresh(db.path()); // a new connection, as at application start
        if (!timedLoad(fresh, "new connection"))
            return 1;
    }
    for (const char* label : {"run 1", "run 2", "run 3"})
        if (!timedLoad(db, label)) {
            std::fprintf(stderr, "expected %zu candles: %s\n", yearMinutes, qPrintable(error));
            return 1;
        }

    // Live pattern: one transaction per second with 21 x 6 forming candles, 21 OI
    // points and 21 funding points. Run as fast as possible; CPU per simulated second
    // divided by one second is the share of one core it would use live.
    HistoryStore history(db);
    const TimeMs liveStart = start + TimeMs(yearMinutes) * kMinuteMs;
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (int s = 0; s < liveSeconds; ++s) {
        const TimeMs now = liveStart + TimeMs(s) * 1000;
        Transaction tx(db.connection());
        std::vector<CandleRow> rows;
        rows.reserve(std::size_t(kDefaultSymbolCount) * kAllTimeframes.size());
        for (SymbolId sym = 0; sym < kDefaultSymbolCount; ++sym) {
            for (Timeframe tf : kAllTimeframes) {
                Candle c;
                c.openTime = floorTo(now, timeframeMs(tf));
                c.open = Price::fromDouble(100);
                c.high = Price::fromDouble(101 + s % 7);
                c.low = Price::fromDouble(99);
                c.close = Price::fromDouble(100.5);
                c.volume = Qty::fromDouble(double(s));
                c.trades = std::uint32_t(s);
                rows.push_back({sym, tf, c});
            }
        }
        bool ok = candles.upsert(rows, &error);
        for (SymbolId sym = 0; ok && sym < kDefaultSymbolCount; ++sym) {
            const OpenInterestPoint oi {now, Qty::fromDouble(12345.6 + s)};
            const FundingPoint f {now, 0.0001, Price::fromDouble(100.2)};
            ok = history.addOpenInterest(sym, std::span(&oi, 1), &error)
                && history.addFunding(sym, std::span(&f, 1), &error);
        }
        if (!ok || !tx.commit()) {
            std::fprintf(stderr, "%s %s\n", qPrintable(error), qPrintable(tx.error()));
            return 1;
        }
    }
    const double cpu = cpuSeconds() - cpu0;
    std::printf("live   %d simulated seconds of 21 symbols x 6 tf + OI + funding: cpu %.3f s, wall %.3f s\n",
        liveSeconds, cpu, double(wall.elapsed()) / 1000);
    std::printf("live   cpu per simulated second: %.2f ms = %.2f%% of one core\n", cpu * 1000 / liveSeconds,
        cpu * 100 / liveSeconds);

    std::size_t rows = 0;
    const int realSeconds = std::max(60, liveSeconds / 2);
    const double storage = realPath(db, liveStart + TimeMs(liveSeconds) * 1000, realSeconds, &rows);
    if (storage < 0) {
        std::fprintf(stderr, "real path write failed\n");
        return 1;
    }
    std::printf(
        "real   %d s of 21 symbols through Engine -> HistoryRecorder -> StoreWriter: %zu rows, storage cpu "
        "%.2f ms per second = %.2f%% of one core\n",
        realSeconds, rows, storage * 1000 / realSeconds, storage * 100 / realSeconds);
    return 0;
}
