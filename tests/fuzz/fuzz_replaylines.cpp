// SPDX-License-Identifier: MIT
// libFuzzer: the first byte picks a replay line decoder (each CSV kind, timestamped
// frames, cryptofeed records, PerpScope recordings); the rest is fed to it line by line. Must never crash.
#include "feed/replay/csvdecoder.h"
#include "feed/replay/jsondecoders.h"
#include "feed/replay/recordingdecoder.h"

#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    using namespace perp::replay;
    std::unique_ptr<LineDecoder> decoder;
    const int pick = data[0] % 14;
    if (pick == 13)
        decoder = std::make_unique<RecordingDecoder>();
    else if (pick == 11)
        decoder = std::make_unique<TimestampedJsonDecoder>("btcusdt_20240719.gz");
    else if (pick == 12)
        decoder = std::make_unique<CryptofeedJsonlDecoder>();
    else
        decoder = std::make_unique<CsvDecoder>(static_cast<CsvKind>(pick), "BTCUSDT-1m-2024-01-01.csv");
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    ReplayChunk chunk;
    std::uint64_t line = 0;
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        const auto text = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        const auto before = chunk.events.size() + chunk.klines.size();
        const auto r = decoder->decode(perp::feed::Frame {text, 0, "fuzz", ++line}, chunk);
        if (!r.ok() && chunk.events.size() + chunk.klines.size() != before)
            std::abort(); // a rejected line must leave nothing behind
    }
    return 0;
}
