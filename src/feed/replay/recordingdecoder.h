// SPDX-License-Identifier: MIT
#pragma once

#include "replaytypes.h"
#include "venueparsers.h"

namespace perp::replay {

// PerpScope's own recordings (format in feed/record/framerecorder.h): every WebSocket
// frame goes through its exchange's parser as it did live; REST bodies the adapters
// turn into events do too: Binance depth snapshots, aggTrades pages (gap and head
// backfill), openInterest and premiumIndex; Bybit recent-trade pages (backfill), of
// which, as live, only trades from the session on (the first stream event) count.
// Other bodies (klines history, server time, endpoints added later) are ignored.
// Duplicate trades (reconnect overlaps, backfill pages) are left to the engine, which
// drops them by venue and id like the adapters do.
class RecordingDecoder final : public LineDecoder
{
public:
    feed::ParseResult decode(const feed::Frame& line, ReplayChunk& out) override;
    const char* formatName() const override { return "PerpScope recording"; }

private:
    feed::ParseResult rest(Venue venue, std::string_view path, std::string_view query,
        const feed::Frame& body, ReplayChunk& out);

    VenueParsers m_stream;
    binance::Parser m_binanceRest;
    TimeMs m_bybitSessionStart = -1;
};

} // namespace perp::replay
