// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perp::feed {

// One raw message as it arrived, with where it came from (for error messages).
struct Frame
{
    std::string_view text;
    TimeUs receiveTime = 0;
    std::string_view source; // e.g. a file name or "binance /market"
    std::uint64_t line = 0; // 1-based line in a file, or message number on a connection
};

struct ParseError
{
    std::string source;
    std::uint64_t line = 0;
    std::string reason;

    std::string toString() const { return source + ":" + std::to_string(line) + ": " + reason; }
};

// Outcome of parsing one frame. A known message without market content (a
// subscription ack, a kline, a pong) is `ignored`; it is neither an event nor an error.
struct ParseResult
{
    std::size_t added = 0; // events appended
    bool ignored = false;
    std::optional<ParseError> error;

    bool ok() const { return !error.has_value(); }
    static ParseResult fail(const Frame& f, std::string reason)
    {
        return ParseResult {0, false, ParseError {std::string(f.source), f.line, std::move(reason)}};
    }
    static ParseResult skip() { return ParseResult {0, true, std::nullopt}; }
    static ParseResult events(std::size_t n) { return ParseResult {n, false, std::nullopt}; }
};

} // namespace perp::feed
