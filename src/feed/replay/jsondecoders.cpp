// SPDX-License-Identifier: MIT
#include "jsondecoders.h"

#include "datetime.h"
#include "feed/parse/jsonfields.h"

#include <cctype>

namespace perp::replay {

using feed::Frame;
using feed::ParseResult;

std::string symbolFromCaptureName(std::string_view name)
{
    if (const auto slash = name.find_last_of('/'); slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    name = name.substr(0, name.find('.'));
    const auto us = name.find_last_of('_');
    if (us == std::string_view::npos || us == 0)
        return {};
    const auto date = name.substr(us + 1);
    if (date.size() != 8)
        return {};
    for (char c : date)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return {};
    std::string out(name.substr(0, us));
    for (auto& c : out) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            return {};
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

TimestampedJsonDecoder::TimestampedJsonDecoder(std::string_view fileName)
{
    if (auto s = symbolFromCaptureName(fileName); !s.empty())
        m_parsers.binance().setSnapshotSymbol(s);
}

ParseResult TimestampedJsonDecoder::decode(const Frame& line, ReplayChunk& out)
{
    std::string_view text = line.text;
    if (text.find(" <-> ") != std::string_view::npos && !text.starts_with("{")) {
        // cryptofeed header: "<ws url> <-> <connect time>"
        if (auto v = VenueParsers::fromUrl(text.substr(0, text.find(' '))))
            m_venue = v;
        return ParseResult::skip();
    }
    TimeUs recv = 0;
    if (!text.starts_with("{")) {
        const auto sp = text.find(' ');
        if (sp == std::string_view::npos)
            return ParseResult::fail(line, "expected '<timestamp> <json>'");
        auto stamp = text.substr(0, sp);
        if (stamp.ends_with(":"))
            stamp.remove_suffix(1);
        const auto t = parseTimestampUs(stamp);
        if (!t)
            return ParseResult::fail(
                line, "bad receive timestamp '" + std::string(stamp.substr(0, 40)) + "'");
        recv = *t;
        text.remove_prefix(sp + 1);
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
    }
    const Venue venue = m_venue ? *m_venue : VenueParsers::sniff(text);
    return m_parsers.parse(venue, Frame {text, recv, line.source, line.line}, out.events);
}

ParseResult CryptofeedJsonlDecoder::decode(const Frame& line, ReplayChunk& out)
{
    simdjson::dom::element root;
    if (auto err = m_json.parse(line.text.data(), line.text.size()).get(root))
        return ParseResult::fail(line, std::string("invalid JSON record: ") + simdjson::error_message(err));
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return ParseResult::fail(line, "record is not a JSON object");
    feed::JsonFields j(obj);
    const auto type = j.str("t");
    if (!j.ok())
        return ParseResult::fail(line, "record: " + j.error());
    if (type == "connect") {
        const auto conn = j.str("conn");
        const auto addr = j.str("addr");
        if (!j.ok())
            return ParseResult::fail(line, "connect record: " + j.error());
        Connection c;
        c.venue = VenueParsers::fromUrl(addr).value_or(Venue::Binance);
        c.skipped = c.venue == Venue::Bybit && addr.find("/linear") == std::string_view::npos;
        m_connections[std::string(conn)] = c;
        return ParseResult::skip();
    }
    if (type != "recv")
        return ParseResult::skip(); // header, send, http request/response records
    const auto conn = j.str("conn");
    const auto data = j.str("data");
    const double ts = j.f64("ts");
    if (!j.ok())
        return ParseResult::fail(line, "recv record: " + j.error());
    if (!(ts >= 0 && ts < 9.0e12))
        return ParseResult::fail(line, "recv record: field 'ts': out of range");
    const auto it = m_connections.find(conn);
    if (it != m_connections.end() && it->second.skipped)
        return ParseResult::skip();
    const Venue venue = it != m_connections.end() ? it->second.venue : VenueParsers::sniff(data);
    const auto recv = static_cast<TimeUs>(ts * 1e6 + 0.5);
    return m_parsers.parse(venue, Frame {data, recv, line.source, line.line}, out.events);
}

} // namespace perp::replay
