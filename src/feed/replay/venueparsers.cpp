// SPDX-License-Identifier: MIT
#include "venueparsers.h"

namespace perp::replay {

feed::ParseResult VenueParsers::parse(Venue venue, const feed::Frame& f, std::vector<MarketEvent>& out)
{
    switch (venue) {
    case Venue::Bybit:
        return m_bybit.parse(f, out);
    case Venue::Okx:
        return m_okx.parse(f, out);
    default:
        return m_binance.parse(f, out);
    }
}

Venue VenueParsers::sniff(std::string_view json)
{
    if (json.find("\"topic\"") != std::string_view::npos)
        return Venue::Bybit;
    if (json.find("\"arg\"") != std::string_view::npos || json.find("\"event\"") != std::string_view::npos
        || json == "pong")
        return Venue::Okx;
    return Venue::Binance;
}

std::optional<Venue> VenueParsers::fromUrl(std::string_view url)
{
    if (url.find("binance") != std::string_view::npos)
        return Venue::Binance;
    if (url.find("bybit") != std::string_view::npos)
        return Venue::Bybit;
    if (url.find("okx") != std::string_view::npos || url.find("okex") != std::string_view::npos)
        return Venue::Okx;
    return std::nullopt;
}

} // namespace perp::replay
