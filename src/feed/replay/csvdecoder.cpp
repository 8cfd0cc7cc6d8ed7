// SPDX-License-Identifier: MIT
#include "csvdecoder.h"

#include "datetime.h"
#include "feed/parse/jsonfields.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace perp::replay {

using feed::Frame;
using feed::ParseResult;

namespace {

struct KindSpec
{
    CsvKind kind;
    const char* name;
    std::vector<std::string_view> columns; // expected names, in the headerless order
};

const std::vector<KindSpec>& specs()
{
    static const std::vector<KindSpec> list = {
        {CsvKind::AggTrades, "binance aggTrades CSV",
            {"agg_trade_id", "price", "quantity", "first_trade_id", "last_trade_id", "transact_time",
                "is_buyer_maker"}},
        {CsvKind::Trades, "binance trades CSV",
            {"id", "price", "qty", "quote_qty", "time", "is_buyer_maker"}},
        {CsvKind::Klines, "binance klines CSV",
            {"open_time", "open", "high", "low", "close", "volume", "close_time", "quote_volume", "count",
                "taker_buy_volume", "taker_buy_quote_volume", "ignore"}},
        {CsvKind::Metrics, "binance metrics CSV",
            {"create_time", "symbol", "sum_open_interest", "sum_open_interest_value",
                "count_toptrader_long_short_ratio", "sum_toptrader_long_short_ratio",
                "count_long_short_ratio", "sum_taker_long_short_vol_ratio"}},
        {CsvKind::FundingRate, "binance fundingRate CSV",
            {"calc_time", "funding_interval_hours", "last_funding_rate"}},
        {CsvKind::BookDepth, "binance bookDepth CSV", {"timestamp", "percentage", "depth", "notional"}},
        {CsvKind::LiquidationSnapshot, "binance liquidationSnapshot CSV",
            {"time", "side", "order_type", "time_in_force", "original_quantity", "price", "average_price",
                "order_status", "last_fill_quantity", "accumulated_fill_quantity"}},
        {CsvKind::ForceOrderLog, "forceOrder log CSV",
            {"timestamp", "symbol", "side", "avg_price", "filled_qty", "usd_value"}},
        {CsvKind::LiqmapEvents, "multi-exchange liquidation events CSV",
            {"exchange", "symbol", "side", "qty", "price", "event_ts"}},
        {CsvKind::LiqmapMarketState, "multi-exchange market state CSV",
            {"exchange", "symbol", "mark_price", "oi_qty", "funding_rate", "updated_ts"}},
        {CsvKind::Ohlcv, "OHLCV CSV", {"date", "open", "high", "low", "close", "volume"}},
    };
    return list;
}

const KindSpec& spec(CsvKind k)
{
    return specs()[static_cast<std::size_t>(k)];
}

std::vector<std::string_view> split(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const auto comma = line.find(',', start);
        auto f = line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!f.empty() && f.front() == ' ')
            f.remove_prefix(1);
        while (!f.empty() && f.back() == ' ')
            f.remove_suffix(1);
        if (f.size() >= 2 && f.front() == '"' && f.back() == '"')
            f = f.substr(1, f.size() - 2);
        out.push_back(f);
        if (comma == std::string_view::npos)
            return out;
        start = comma + 1;
    }
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool numeric(std::string_view s)
{
    return !s.empty() && (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-');
}

std::string baseName(std::string_view path)
{
    if (const auto slash = path.find_last_of('/'); slash != std::string_view::npos)
        path.remove_prefix(slash + 1);
    return std::string(path);
}

// Header column positions for `kind`, or empty when a column is missing.
std::vector<int> columnsByName(CsvKind kind, const std::vector<std::string_view>& header)
{
    std::vector<int> idx;
    for (auto want : spec(kind).columns) {
        int found = -1;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const auto h = lower(header[i]);
            if (h == want || (want == "date" && h == "timestamp"))
                found = static_cast<int>(i);
        }
        if (found < 0)
            return {};
        idx.push_back(found);
    }
    return idx;
}

TimeMs intervalFromName(std::string_view name)
{
    // the last "<n>m", "<n>h" or "<n>d" token between separators
    TimeMs best = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (i > 0 && name[i - 1] != '_' && name[i - 1] != '-')
            continue;
        std::size_t j = i;
        TimeMs n = 0;
        while (j < name.size() && std::isdigit(static_cast<unsigned char>(name[j])))
            n = n * 10 + (name[j++] - '0');
        if (j == i || j >= name.size() || n == 0)
            continue;
        const char unit = name[j];
        const bool end
            = j + 1 == name.size() || name[j + 1] == '_' || name[j + 1] == '-' || name[j + 1] == '.';
        if (!end)
            continue;
        if (unit == 'm')
            best = n * kMinuteMs;
        else if (unit == 'h')
            best = n * kHourMs;
        else if (unit == 'd')
            best = n * kDayMs;
    }
    return best;
}

} // namespace

const char* csvKindName(CsvKind k)
{
    return spec(k).name;
}

std::optional<CsvKind> detectCsv(std::string_view firstLine, std::string_view fileName)
{
    const auto f = split(firstLine);
    if (f.empty())
        return std::nullopt;
    if (numeric(f[0])) { // headerless dump
        if (f.size() == 12)
            return CsvKind::Klines;
        if (f.size() == 7)
            return CsvKind::AggTrades;
        if (f.size() == 6 && baseName(fileName).find("trades") != std::string::npos)
            return CsvKind::Trades;
        return std::nullopt;
    }
    for (const auto& s : specs())
        if (!columnsByName(s.kind, f).empty())
            return s.kind;
    return std::nullopt;
}

CsvDecoder::CsvDecoder(CsvKind kind, std::string_view fileName, std::string symbolOverride)
    : m_kind(kind)
    , m_symbol(std::move(symbolOverride))
{
    const auto name = baseName(fileName);
    if (m_symbol.empty()) {
        const auto stop = name.find_first_of("-_.");
        m_symbol = name.substr(0, stop);
        for (auto& c : m_symbol)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    m_symbolId = internSymbol(m_symbol);
    m_intervalMs = intervalFromName(name);
}

std::string_view CsvDecoder::col(const std::vector<std::string_view>& f, int name) const
{
    return f[static_cast<std::size_t>(m_index[static_cast<std::size_t>(name)])];
}

ParseResult CsvDecoder::decode(const Frame& line, ReplayChunk& out)
{
    if (line.text.empty())
        return ParseResult::skip();
    const auto fields = split(line.text);
    if (!m_headerChecked) {
        m_headerChecked = true;
        if (!numeric(fields[0])) {
            m_index = columnsByName(m_kind, fields);
            if (m_index.empty())
                return ParseResult::fail(line, std::string("header does not match a ") + csvKindName(m_kind));
            return ParseResult::skip();
        }
        for (std::size_t i = 0; i < spec(m_kind).columns.size(); ++i)
            m_index.push_back(static_cast<int>(i));
    }
    if (m_index.empty())
        return ParseResult::fail(line, "no usable header line");
    const auto maxIndex = static_cast<std::size_t>(*std::max_element(m_index.begin(), m_index.end()));
    if (fields.size() <= maxIndex)
        return ParseResult::fail(line,
            "expected at least " + std::to_string(maxIndex + 1) + " fields, got "
                + std::to_string(fields.size()));
    return decodeRow(line, fields, out);
}

} // namespace perp::replay
