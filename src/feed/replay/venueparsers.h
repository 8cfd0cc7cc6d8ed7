// SPDX-License-Identifier: MIT
#pragma once

#include "feed/binance/binanceparser.h"
#include "feed/bybit/bybitparser.h"
#include "feed/okx/okxparser.h"

#include <optional>

namespace perp::replay {

// The three exchange parsers behind one call, for files that may hold any of them.
class VenueParsers
{
public:
    feed::ParseResult parse(Venue venue, const feed::Frame& f, std::vector<MarketEvent>& out);
    binance::Parser& binance() { return m_binance; }
    okx::Parser& okx() { return m_okx; }

    // Guesses the exchange of a raw frame: Bybit has "topic", OKX "arg" or "event",
    // anything else is read as Binance.
    static Venue sniff(std::string_view json);
    // The exchange a WebSocket URL belongs to, if known.
    static std::optional<Venue> fromUrl(std::string_view url);

private:
    binance::Parser m_binance;
    bybit::Parser m_bybit;
    okx::Parser m_okx;
};

} // namespace perp::replay
