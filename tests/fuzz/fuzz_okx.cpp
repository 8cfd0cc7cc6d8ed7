// SPDX-License-Identifier: MIT
// libFuzzer: any bytes into the OKX stream parser and the OKX REST readers; they must
// never crash and must report an error with a reason for anything they cannot read.
#include "feed/okx/okxparser.h"
#include "feed/okx/okxrest.h"

#include <cstdlib>

namespace {
void check(const perp::feed::ParseResult& r)
{
    if (!r.ok() && r.error->reason.empty())
        std::abort(); // an error must explain itself
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static perp::okx::Parser parser;
    std::vector<perp::MarketEvent> out;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const perp::feed::Frame frame {text, 1, "fuzz", 1};
    const auto r = parser.parse(frame, out);
    if (!r.ok() && (r.error->reason.empty() || !out.empty()))
        std::abort(); // an error must explain itself and add nothing
    if (r.ok() && r.added != out.size())
        std::abort();
    if (r.ok() && parser.tradeCounts().size() > out.size())
        std::abort();

    perp::okx::ContractTable table;
    std::size_t updated = 0;
    check(perp::okx::readInstruments(frame, table, updated));
    std::vector<perp::Candle> candles;
    check(perp::okx::readCandles(frame, candles));
    std::vector<perp::MarketEvent> events;
    check(perp::okx::readTrades(frame, table, events));
    check(perp::okx::readOpenInterest(
        frame, [](std::string_view) { return std::optional<perp::SymbolId>(0); }, events));
    perp::TimeMs t = 0;
    check(perp::okx::readServerTime(frame, t));
    return 0;
}
