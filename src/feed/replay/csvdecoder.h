// SPDX-License-Identifier: MIT
#pragma once

#include "replaytypes.h"

#include <optional>
#include <string>
#include <vector>

namespace perp::replay {

enum class CsvKind : std::uint8_t {
    AggTrades, // data.binance.vision aggTrades
    Trades, // data.binance.vision trades
    Klines, // data.binance.vision klines (also mark/index/premium klines)
    Metrics, // data.binance.vision metrics (OI and long/short ratios, 5 min)
    FundingRate, // data.binance.vision fundingRate
    BookDepth, // data.binance.vision bookDepth (read and checked; no core event)
    LiquidationSnapshot, // data.binance.vision liquidationSnapshot
    ForceOrderLog, // timestamp,symbol,side,avg_price,filled_qty,usd_value (a forceOrder recorder)
    LiqmapEvents, // multi-exchange liquidation_events: exchange,symbol,side(long|short),qty,price,event_ts
    LiqmapMarketState, // multi-exchange market_state: mark, OI, funding per exchange
    Ohlcv, // Date|timestamp,open,high,low,close,volume (e.g. cleaned 1h klines)
};
const char* csvKindName(CsvKind k);

// Recognizes a CSV by its first line (a header, or a headerless Binance dump by its
// field count). `fileName` decides headerless trades vs aggTrades.
std::optional<CsvKind> detectCsv(std::string_view firstLine, std::string_view fileName);

// Decodes one kind of CSV. Columns are found by header name when there is a header.
// Symbols come from a symbol column, else the file name ("BTCUSDT-aggTrades-..."
// -> BTCUSDT), unless `symbolOverride` is set. Kline intervals come from close_time
// or from the file name ("_1h_", "-1m-").
class CsvDecoder final : public LineDecoder
{
public:
    CsvDecoder(CsvKind kind, std::string_view fileName, std::string symbolOverride = {});
    feed::ParseResult decode(const feed::Frame& line, ReplayChunk& out) override;
    const char* formatName() const override { return csvKindName(m_kind); }

private:
    feed::ParseResult decodeRow(
        const feed::Frame& line, const std::vector<std::string_view>& f, ReplayChunk& out);
    std::string_view col(const std::vector<std::string_view>& f, int name) const;

    CsvKind m_kind;
    std::string m_symbol; // from the file name or override
    SymbolId m_symbolId = 0;
    TimeMs m_intervalMs = 0;
    bool m_headerChecked = false;
    std::vector<int> m_index; // column position of each expected name
};

} // namespace perp::replay
