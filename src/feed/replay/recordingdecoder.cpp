// SPDX-License-Identifier: MIT
#include "recordingdecoder.h"

#include "feed/binance/binancerest.h"
#include "feed/bybit/bybitrest.h"
#include "feed/record/framerecorder.h"

#include <charconv>

namespace perp::replay {

using feed::Frame;
using feed::ParseResult;

namespace {

std::optional<Venue> venueNamed(std::string_view name)
{
    if (name == "binance")
        return Venue::Binance;
    if (name == "bybit")
        return Venue::Bybit;
    if (name == "okx")
        return Venue::Okx;
    return std::nullopt;
}

// The value of `key` in "a=1&symbol=BTCUSDT" (no percent-decoding: symbols need none).
std::string_view queryValue(std::string_view query, std::string_view key)
{
    while (!query.empty()) {
        const auto amp = query.find('&');
        const auto item = query.substr(0, amp);
        if (item.size() > key.size() && item.starts_with(key) && item[key.size()] == '=')
            return item.substr(key.size() + 1);
        if (amp == std::string_view::npos)
            break;
        query.remove_prefix(amp + 1);
    }
    return {};
}

// Splits off the text up to the next space.
std::string_view field(std::string_view& text)
{
    const auto sp = text.find(' ');
    const auto f = text.substr(0, sp);
    text = sp == std::string_view::npos ? std::string_view {} : text.substr(sp + 1);
    return f;
}

} // namespace

ParseResult RecordingDecoder::decode(const Frame& line, ReplayChunk& out)
{
    std::string_view text = line.text;
    if (text.starts_with('#')) {
        if (text.starts_with("#perpscope-record ") && !text.starts_with(record::kRecordMagic))
            return ParseResult::fail(line,
                "unsupported recording version '" + std::string(text.substr(0, 40))
                    + "' (this build reads v1)");
        return ParseResult::skip();
    }
    const auto stamp = field(text);
    TimeUs recv = 0;
    const auto [end, ec] = std::from_chars(stamp.data(), stamp.data() + stamp.size(), recv);
    if (ec != std::errc() || end != stamp.data() + stamp.size() || recv <= 0)
        return ParseResult::fail(line, "bad receive time '" + std::string(stamp.substr(0, 30)) + "'");
    const auto venueName = field(text);
    const auto venue = venueNamed(venueName);
    if (!venue)
        return ParseResult::fail(line, "unknown venue '" + std::string(venueName.substr(0, 20)) + "'");
    const auto channel = field(text);
    if (text.empty())
        return ParseResult::fail(line, "expected '<receive_us> <venue> <channel> <payload>'");
    const Frame payload {text, recv, line.source, line.line};
    if (channel.starts_with("ws:")) {
        const auto before = out.events.size();
        ParseResult r = m_stream.parse(*venue, payload, out.events);
        if (*venue == Venue::Bybit && m_bybitSessionStart < 0 && out.events.size() > before)
            m_bybitSessionStart = header(out.events[before]).exchangeTime;
        return r;
    }
    if (channel.starts_with("rest:")) {
        const auto target = channel.substr(5);
        const auto q = target.find('?');
        return rest(*venue, target.substr(0, q), q == std::string_view::npos ? "" : target.substr(q + 1),
            payload, out);
    }
    return ParseResult::fail(line, "unknown channel '" + std::string(channel.substr(0, 40)) + "'");
}

ParseResult RecordingDecoder::rest(
    Venue venue, std::string_view path, std::string_view query, const Frame& body, ReplayChunk& out)
{
    const auto symbol = queryValue(query, "symbol");
    if (venue == Venue::Binance) {
        if (path == "/fapi/v1/depth") {
            if (symbol.empty())
                return ParseResult::fail(body, "depth snapshot without a symbol in its query");
            m_binanceRest.setSnapshotSymbol(symbol);
            return m_binanceRest.parse(body, out.events);
        }
        if (path == "/fapi/v1/openInterest" || path == "/fapi/v1/premiumIndex")
            return m_binanceRest.parse(body, out.events);
        if (path == "/fapi/v1/aggTrades") {
            std::vector<std::string> payloads;
            if (auto r = binance::aggTradesAsPayloads(body, symbol, payloads); !r.ok())
                return r;
            // All or nothing: a page with one bad element is rejected whole.
            std::vector<MarketEvent> page;
            for (std::size_t i = 0; i < payloads.size(); ++i) {
                const auto r = m_binanceRest.parse(
                    Frame {payloads[i], body.receiveTime, body.source, body.line}, page);
                if (!r.ok())
                    return r;
            }
            const std::size_t added = page.size();
            out.events.insert(
                out.events.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
            return ParseResult::events(added);
        }
        return ParseResult::skip();
    }
    if (venue == Venue::Bybit && path == "/v5/market/recent-trade") {
        std::vector<MarketEvent> trades;
        if (auto r = bybit::readRecentTrades(body, trades); !r.ok())
            return r;
        std::size_t added = 0;
        for (auto& e : trades) {
            // As live: a page reaching back before the session is history, not a hole.
            if (m_bybitSessionStart < 0 || header(e).exchangeTime < m_bybitSessionStart)
                continue;
            out.events.push_back(std::move(e));
            ++added;
        }
        return added ? ParseResult::events(added) : ParseResult::skip();
    }
    return ParseResult::skip();
}

} // namespace perp::replay
