// SPDX-License-Identifier: MIT
// libFuzzer: any bytes into the Bybit parser; it must never crash and must report
// an error with a reason for anything it cannot turn into events.
#include "feed/bybit/bybitparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static perp::bybit::Parser parser;
    std::vector<perp::MarketEvent> out;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = parser.parse(perp::feed::Frame {text, 1, "fuzz", 1}, out);
    if (!r.ok() && (r.error->reason.empty() || !out.empty()))
        std::abort(); // an error must explain itself and add nothing
    if (r.ok() && r.added != out.size())
        std::abort();
    return 0;
}
