// SPDX-License-Identifier: MIT
#pragma once

#include "replaytypes.h"
#include "venueparsers.h"

#include <set>

namespace perp::replay {

// PerpScope's own recordings (format in feed/record/framerecorder.h): every WebSocket
// frame goes through its exchange's parser as it did live; REST bodies the adapters
// turn into events do too: Binance depth snapshots, aggTrades pages (gap and head
// backfill), openInterest and premiumIndex; Bybit recent-trade pages (backfill), of
// which, as live, only trades from the session on (the first stream event) count; OKX
// instruments (contract values), history-trades pages (from the session on: the server
// time reply or the first stream event) and open interest of the instruments streamed.
// Other bodies (kline history, metric history, endpoints added later) are ignored.
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
    feed::ParseResult okxRest(std::string_view path, const feed::Frame& body, ReplayChunk& out);

    TimeMs m_bybitSessionStart = -1;
    TimeMs m_okxSessionStart = -1;
    std::set<SymbolId> m_okxSymbols; // seen on the stream
};

} // namespace perp::replay
