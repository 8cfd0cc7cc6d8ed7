// SPDX-License-Identifier: MIT
#pragma once

#include "replaytypes.h"
#include "venueparsers.h"

#include <simdjson.h>

#include <map>
#include <optional>
#include <string>

namespace perp::replay {

// Lines of "<receive time> <raw frame>": the hftbacktest captures (ns or us
// timestamps), cryptofeed .ws captures ("<seconds>: <frame>" after a
// "<url> <-> <connect time>" header) and bare JSON lines (receive time 0).
class TimestampedJsonDecoder final : public LineDecoder
{
public:
    // `fileName` names the symbol of REST depth snapshots in hftbacktest files
    // ("btcusdt_20240719.gz" -> BTCUSDT).
    explicit TimestampedJsonDecoder(std::string_view fileName);
    feed::ParseResult decode(const feed::Frame& line, ReplayChunk& out) override;
    const char* formatName() const override { return "timestamped JSON frames"; }

private:
    VenueParsers m_parsers;
    std::optional<Venue> m_venue;
};

// cryptofeed's raw-data recorder: JSON records {"t":"recv|send|connect|http|header",
// "conn","ts","data"} (usually zstd-compressed). Received frames are parsed with the
// exchange of their connection; connections to non-linear markets (Bybit spot,
// inverse, option) are skipped and counted as ignored.
class CryptofeedJsonlDecoder final : public LineDecoder
{
public:
    feed::ParseResult decode(const feed::Frame& line, ReplayChunk& out) override;
    const char* formatName() const override { return "cryptofeed JSON lines"; }

private:
    struct Connection
    {
        Venue venue = Venue::Binance;
        bool skipped = false;
    };
    simdjson::dom::parser m_json;
    VenueParsers m_parsers;
    std::map<std::string, Connection, std::less<>> m_connections;
};

// "btcusdt_20240719.gz" -> "BTCUSDT", "btcusd_perp_20240808.gz" -> "BTCUSD_PERP"; empty if no such shape.
std::string symbolFromCaptureName(std::string_view fileName);

} // namespace perp::replay
