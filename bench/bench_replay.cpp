// SPDX-License-Identifier: MIT
// Replay throughput of Binance trade/aggTrade messages: parse -> normalize -> candles
// (binance::Parser + Engine) against a parse-only simdjson baseline over the same
// in-memory messages, in the same run, on one core.
//
//   bench_replay [DATA_DIR] [passes]
// DATA_DIR defaults to $PERPSCOPE_SHARED_DATA; the messages are every @trade frame of
// the hftbacktest USD-M captures and every @aggTrade frame of the cryptofeed capture.
// Times are the thread's CPU time, so other load on the machine does not count.
#include "engine/engine.h"
#include "feed/binance/binanceparser.h"
#include "feed/parse/jsonfields.h"
#include "feed/replay/replayreader.h"

#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace perp;

// Thread CPU time: on a shared machine this leaves out the time other processes run.
struct Clock
{
    using duration = std::chrono::nanoseconds;
    using time_point = std::chrono::time_point<Clock, duration>;
    static time_point now()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return time_point(duration(std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec));
    }
};

namespace {

// Raw trade frames (without the receive timestamp) of the real captures.
std::vector<std::string> loadMessages(const std::string& dir)
{
    const char* files[]
        = {"hftbacktest/usdm/btcusdt_20230404.dat.gz", "hftbacktest/usdm/btcusdt_20230405.dat.gz",
            "hftbacktest/usdm/btcusdt_20240718.gz", "hftbacktest/usdm/btcusdt_20240719.gz",
            "hftbacktest/usdm/btcusdt_20240808.gz", "cryptofeed/BINANCE_FUTURES.ws.1.0"};
    std::vector<std::string> out;
    for (const char* f : files) {
        std::string error;
        auto lines = replay::LineSource::open(dir + "/" + f, error);
        if (!lines) {
            std::fprintf(stderr, "skipping %s: %s\n", f, error.c_str());
            continue;
        }
        std::string_view line;
        while (lines->next(line)) {
            if (line.find("@trade\"") == std::string_view::npos
                && line.find("@aggTrade\"") == std::string_view::npos)
                continue;
            const auto brace = line.find('{');
            out.emplace_back(line.substr(brace));
        }
    }
    return out;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main(int argc, char** argv)
{
    std::string dir = argc > 1 ? argv[1] : "";
    if (dir.empty())
        if (const char* env = std::getenv("PERPSCOPE_SHARED_DATA"))
            dir = env;
    if (dir.empty())
        dir = PERPSCOPE_SHARED_DATA_DEFAULT;
    const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;

    const auto messages = loadMessages(dir);
    if (messages.empty()) {
        std::fprintf(stderr, "no trade messages found under %s\n", dir.c_str());
        return 1;
    }
    std::size_t bytes = 0;
    for (const auto& m : messages)
        bytes += m.size();
    std::printf("simdjson kernel: %s\n", feed::jsonImplementation().c_str());
    std::printf("messages: %zu real trade/aggTrade frames (avg %zu bytes), %d passes\n", messages.size(),
        bytes / messages.size(), passes);

    // The three pipelines run interleaved, pass after pass, so load from other
    // processes hits them alike; each figure is reported as total and best pass.
    simdjson::dom::parser json;
    std::vector<MarketEvent> out;
    out.reserve(8);
    std::size_t checksum = 0;
    std::uint64_t trades = 0;
    Clock::duration total[3] {};
    Clock::duration best[3] = {Clock::duration::max(), Clock::duration::max(), Clock::duration::max()};
    auto account = [&](int which, Clock::time_point t0) {
        const auto d = Clock::now() - t0;
        total[which] += d;
        best[which] = std::min(best[which], d);
    };
    for (int p = 0; p < passes; ++p) {
        // 0: simdjson DOM parse of each message, nothing else.
        auto t0 = Clock::now();
        for (const auto& m : messages) {
            simdjson::dom::element e;
            if (!json.parse(m.data(), m.size()).get(e))
                ++checksum;
        }
        account(0, t0);

        // 1: parse + normalize into core events (no engine).
        {
            binance::Parser parser;
            t0 = Clock::now();
            for (const auto& m : messages) {
                out.clear();
                checksum += parser.parse(feed::Frame {m, 0, "bench", 0}, out).added;
            }
            account(1, t0);
        }

        // 2: parse -> normalize -> engine (candles in all six timeframes, duplicate check).
        // A fresh engine per pass, else the repeated trade ids would be dropped as duplicates.
        binance::Parser parser;
        Engine engine;
        t0 = Clock::now();
        for (const auto& m : messages) {
            out.clear();
            parser.parse(feed::Frame {m, 0, "bench", 0}, out);
            for (const auto& e : out)
                engine.apply(e);
        }
        account(2, t0);
        trades += engine.stats().trades;
    }

    const double n = double(messages.size());
    const char* names[3] = {"parse-only (simdjson DOM)          ", "parse + normalize (binance::Parser)",
        "parse + normalize + candles       "};
    double rate[3], bestRate[3];
    for (int i = 0; i < 3; ++i) {
        rate[i] = n * passes / seconds(total[i]);
        bestRate[i] = n / seconds(best[i]);
        std::printf("%s %10.0f msg/s (best pass %10.0f)", names[i], rate[i], bestRate[i]);
        if (i > 0)
            std::printf("  %3.0f%% of parse-only (best %3.0f%%)", 100.0 * rate[i] / rate[0],
                100.0 * bestRate[i] / bestRate[0]);
        std::printf("\n");
    }
    std::printf("parse-only throughput: %.0f MB/s\n", double(bytes) * passes / seconds(total[0]) / 1e6);
    std::printf("targets (full path): >= 1,000,000 msg/s: %s; >= 40%% of parse-only: %s\n",
        rate[2] >= 1e6 ? "met" : "NOT met", rate[2] >= 0.4 * rate[0] ? "met" : "NOT met");
    std::printf("(trades through the engine: %llu, checksum %zu)\n", static_cast<unsigned long long>(trades),
        checksum);
    return 0;
}
