// SPDX-License-Identifier: MIT
#include "bybitjson.h"

#include "quote.h"

#include <cstdio>

namespace perp::mockex::bybit {

namespace {

QByteArray q(const std::string& s)
{
    return '"' + QByteArray::fromStdString(s) + '"';
}
QByteArray n(std::int64_t v)
{
    return QByteArray::number(static_cast<qlonglong>(v));
}
QByteArray name(SymbolId id)
{
    return QByteArray::fromStdString(symbolName(id));
}
template <typename Levels> QByteArray levels(const Levels& side)
{
    QByteArray out = "[";
    int i = 0;
    for (const auto& [p, qty] : side) {
        if (i++)
            out += ',';
        out += '[' + q(p.toString()) + ',' + q(qty.toString()) + ']';
    }
    return out + ']';
}
QByteArray changes(const std::vector<LevelChange>& side)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < side.size(); ++i) {
        if (i)
            out += ',';
        out += '[' + q(side[i].price.toString()) + ',' + q(side[i].qty.toString()) + ']';
    }
    return out + ']';
}

} // namespace

QByteArray tradeId(SymbolId id, std::int64_t serverId)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%08x-%04x-5b31-9112-%012llx", 0x20f40000u + id, static_cast<unsigned>(id),
        static_cast<unsigned long long>(serverId));
    return QByteArray(buf);
}

QByteArray publicTrade(SymbolId id, std::span<const SentTrade> trades, TimeMs ts)
{
    QByteArray out
        = R"({"topic":"publicTrade.)" + name(id) + R"(","type":"snapshot","ts":)" + n(ts) + R"(,"data":[)";
    for (std::size_t i = 0; i < trades.size(); ++i) {
        const SentTrade& t = trades[i];
        if (i)
            out += ',';
        out += R"({"T":)" + n(t.time) + R"(,"s":")" + name(id) + R"(","S":")"
            + (t.taker == Side::Buy ? "Buy" : "Sell") + R"(","v":)" + q(t.qty.toString()) + R"(,"p":)"
            + q(t.price.toString()) + R"(,"L":"PlusTick","i":")" + tradeId(id, t.id)
            + R"(","BT":false,"RPI":false,"seq":)" + n(t.id) + '}';
    }
    return out + "]}";
}

QByteArray allLiquidation(const Liquidation& l, TimeMs ts)
{
    // Bybit's S is the side of the liquidated position: Buy means a long was liquidated.
    return R"({"topic":"allLiquidation.)" + name(l.h.symbol) + R"(","type":"snapshot","ts":)" + n(ts)
        + R"(,"data":[{"T":)" + n(l.h.exchangeTime) + R"(,"s":")" + name(l.h.symbol) + R"(","S":")"
        + (l.liquidated == PositionSide::Long ? "Buy" : "Sell") + R"(","v":)" + q(l.qty.toString())
        + R"(,"p":)" + q(l.price.toString()) + "}]}";
}

QByteArray tickers(const SymbolMarket& s, bool snapshot, TimeMs ts, std::int64_t cs)
{
    QByteArray data = R"({"symbol":")" + name(s.id) + R"(","markPrice":)" + q(s.mark.toString())
        + R"(,"indexPrice":)" + q(s.index.toString());
    // Bybit reports open interest for both sides; the server keeps one side.
    const Qty both = Qty::fromRaw(s.openInterest.raw * 2);
    data += R"(,"openInterest":)" + q(both.toString()) + R"(,"openInterestValue":)"
        + q(quoteOf(s.mark, both).toString()) + R"(,"singleOpenInterest":)" + q(s.openInterest.toString())
        + R"(,"fundingRate":")" + QByteArray::number(s.fundingRate, 'f', 6) + R"(","nextFundingTime":")"
        + n(s.nextFunding) + '"';
    if (snapshot) {
        data += R"(,"lastPrice":)" + q((s.trades.empty() ? s.mark : s.trades.back().price).toString())
            + R"(,"fundingIntervalHour":"8","fundingCap":"0.005")";
        if (!s.book->bids().empty() && !s.book->asks().empty()) {
            data += R"(,"bid1Price":)" + q(s.book->bids().begin()->first.toString()) + R"(,"bid1Size":)"
                + q(s.book->bids().begin()->second.toString()) + R"(,"ask1Price":)"
                + q(s.book->asks().begin()->first.toString()) + R"(,"ask1Size":)"
                + q(s.book->asks().begin()->second.toString());
        }
    }
    data += '}';
    return R"({"topic":"tickers.)" + name(s.id) + R"(","type":")" + (snapshot ? "snapshot" : "delta")
        + R"(","data":)" + data + R"(,"cs":)" + n(cs) + R"(,"ts":)" + n(ts) + '}';
}

QByteArray orderbook(
    SymbolId id, const OrderBook& book, const OrderBook::Diff* delta, TimeMs ts, std::int64_t seq)
{
    QByteArray data = R"({"s":")" + name(id) + R"(","b":)";
    if (delta)
        data += changes(delta->bids) + R"(,"a":)" + changes(delta->asks) + R"(,"u":)" + n(delta->lastId);
    else
        data += levels(book.bids()) + R"(,"a":)" + levels(book.asks()) + R"(,"u":)" + n(book.updateId());
    data += R"(,"seq":)" + n(seq) + '}';
    return R"({"topic":"orderbook.50.)" + name(id) + R"(","type":")" + (delta ? "delta" : "snapshot")
        + R"(","ts":)" + n(ts) + R"(,"data":)" + data + R"(,"cts":)" + n(ts) + '}';
}

QByteArray envelope(const QByteArray& result, TimeMs now)
{
    return R"({"retCode":0,"retMsg":"OK","result":)" + result + R"(,"retExtInfo":{},"time":)" + n(now) + '}';
}

QByteArray error(int retCode, const QByteArray& msg, TimeMs now)
{
    return R"({"retCode":)" + n(retCode) + R"(,"retMsg":")" + msg + R"(","result":{},"retExtInfo":{},"time":)"
        + n(now) + '}';
}

QByteArray klines(SymbolId id, std::span<const Candle> newestFirst)
{
    QByteArray out = R"({"category":"linear","symbol":")" + name(id) + R"(","list":[)";
    for (std::size_t i = 0; i < newestFirst.size(); ++i) {
        const Candle& c = newestFirst[i];
        if (i)
            out += ',';
        out += "[\"" + n(c.openTime) + "\"," + q(c.open.toString()) + ',' + q(c.high.toString()) + ','
            + q(c.low.toString()) + ',' + q(c.close.toString()) + ',' + q(c.volume.toString()) + ','
            + q(quoteOf(c.close, c.volume).toString()) + ']';
    }
    return out + "]}";
}

QByteArray openInterest(SymbolId id, std::span<const OiPoint> newestFirst, const QByteArray& cursor)
{
    QByteArray out = R"({"category":"linear","symbol":")" + name(id) + R"(","list":[)";
    for (std::size_t i = 0; i < newestFirst.size(); ++i) {
        if (i)
            out += ',';
        const Qty both = Qty::fromRaw(newestFirst[i].oi.raw * 2);
        out += R"({"openInterest":)" + q(both.toString()) + R"(,"singleOpenInterest":)"
            + q(newestFirst[i].oi.toString()) + R"(,"timestamp":")" + n(newestFirst[i].time) + "\"}";
    }
    return out + R"(],"nextPageCursor":")" + cursor + "\"}";
}

QByteArray riskLimit(std::span<const SymbolId> symbols, int cursor, int pageSize)
{
    QByteArray out = R"({"category":"linear","list":[)";
    int row = 0;
    int written = 0;
    QByteArray next;
    for (SymbolId id : symbols) {
        const SymbolInfo& info = symbolInfo(id);
        for (std::size_t t = 0; t < info.tiers.size(); ++t) {
            const MarginTier& tier = info.tiers[t];
            if (row++ < cursor)
                continue;
            if (written == pageSize) {
                next = n(row - 1);
                break;
            }
            if (written++)
                out += ',';
            // Bybit sends an empty mmDeduction for the lowest tier.
            out += R"({"id":)" + n(static_cast<std::int64_t>(t) + 1) + R"(,"symbol":")" + name(id)
                + R"(","riskLimitValue":")" + QByteArray::number(tier.notionalCap, 'f', 0)
                + R"(","maintenanceMargin":")" + QByteArray::number(tier.mmr, 'f', 4)
                + R"(","initialMargin":")" + QByteArray::number(1.0 / tier.maxLeverage, 'f', 4)
                + R"(","isLowestRisk":)" + (t == 0 ? "1" : "0") + R"(,"maxLeverage":")"
                + QByteArray::number(tier.maxLeverage, 'f', 2) + R"(","mmDeduction":")"
                + (tier.cum == 0 ? QByteArray() : QByteArray::number(tier.cum, 'f', 2)) + "\"}";
        }
        if (!next.isEmpty())
            break;
    }
    return out + R"(],"nextPageCursor":")" + next + "\"}";
}

QByteArray recentTrades(SymbolId id, std::span<const SentTrade> newestFirst)
{
    QByteArray out = R"({"category":"linear","list":[)";
    for (std::size_t i = 0; i < newestFirst.size(); ++i) {
        const SentTrade& t = newestFirst[i];
        if (i)
            out += ',';
        out += R"({"execId":")" + tradeId(id, t.id) + R"(","symbol":")" + name(id) + R"(","price":)"
            + q(t.price.toString()) + R"(,"size":)" + q(t.qty.toString()) + R"(,"side":")"
            + (t.taker == Side::Buy ? "Buy" : "Sell") + R"(","time":")" + n(t.time)
            + R"(","isBlockTrade":false,"isRPITrade":false,"seq":")" + n(t.id) + "\"}";
    }
    return out + "]}";
}

} // namespace perp::mockex::bybit
