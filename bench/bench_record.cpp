// SPDX-License-Identifier: MIT
// Cost of recording on the feed thread, and the recording's size and read-back speed.
//
//   bench_record [DATA_DIR] [passes]
// The frames are every WebSocket frame (all streams: trades, depth, bookTicker, mark) of
// the real hftbacktest USD-M captures, held in memory and recorded `passes` times into a
// zstd recording in the temp directory, each with a receive time. Figures: the calling
// thread's CPU per frame in FrameRecorder::record() (what the live adapter pays), the
// writer thread's CPU (process CPU minus the caller's), bytes on disk per frame, and the
// read-back rate of the file through ReplayReader (decompress, parse, normalize).
#include "feed/record/framerecorder.h"
#include "feed/replay/replayreader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

using namespace perp;

namespace {

double cpuSeconds(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

std::vector<std::string> loadFrames(const std::string& dir)
{
    const char* files[] = {"hftbacktest/usdm/btcusdt_20240718.gz", "hftbacktest/usdm/btcusdt_20240719.gz",
        "hftbacktest/usdm/btcusdt_20240808.gz"};
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
            const auto brace = line.find('{');
            if (brace != std::string_view::npos && line.find("\"stream\"") != std::string_view::npos)
                out.emplace_back(line.substr(brace));
        }
    }
    return out;
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
    const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const auto frames = loadFrames(dir);
    if (frames.empty()) {
        std::fprintf(stderr, "no frames found under %s\n", dir.c_str());
        return 1;
    }
    const auto path = (std::filesystem::temp_directory_path() / "perpscope-bench-record.rec.zst").string();
    record::RecorderOptions o;
    o.path = path;
    std::string error;
    auto rec = record::FrameRecorder::open(o, error);
    if (!rec) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const double proc0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double thread0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    TimeUs t = 1721347200000000;
    std::uint64_t n = 0;
    for (int p = 0; p < passes; ++p)
        for (const auto& f : frames) {
            rec->record(t += 137, "binance", "ws:market", f);
            ++n;
        }
    const double caller = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread0;
    rec->close();
    const double total = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - proc0;
    const auto s = rec->stats();

    const double read0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    auto reader = replay::ReplayReader::open(path, error);
    if (!reader) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    replay::ReplayChunk chunk;
    std::uint64_t events = 0;
    while (reader->read(chunk)) {
        events += chunk.events.size();
        chunk.clear();
    }
    const double read = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - read0;

    std::printf("frames recorded           %llu (%zu real frames x %d passes), dropped %llu\n",
        static_cast<unsigned long long>(n), frames.size(), passes,
        static_cast<unsigned long long>(s.dropped));
    std::printf("record() on the feed thread %.0f ns/frame CPU (%.1f M frames/s)\n", caller / double(n) * 1e9,
        double(n) / caller / 1e6);
    std::printf("writer thread (zstd -3)     %.0f ns/frame CPU (%.1f MB/s of raw lines)\n",
        (total - caller) / double(n) * 1e9, double(s.rawBytes) / (total - caller) / 1e6);
    std::printf("size                        %.1f bytes/frame raw, %.1f on disk (ratio %.1f)\n",
        double(s.rawBytes) / double(n), double(s.diskBytes) / double(n),
        double(s.rawBytes) / double(s.diskBytes));
    std::printf("read back (ReplayReader)    %.2f M lines/s CPU, %llu events, %llu rejected\n",
        double(reader->stats().lines) / read / 1e6, static_cast<unsigned long long>(events),
        static_cast<unsigned long long>(reader->stats().rejected));
    std::filesystem::remove(path);
    return 0;
}
