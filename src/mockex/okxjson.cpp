// SPDX-License-Identifier: MIT
#include "okxjson.h"

#include "feed/okx/okxcontracts.h"
#include "quote.h"

namespace perp::mockex::okx {

namespace {

QByteArray q(const std::string& s)
{
    return '"' + QByteArray::fromStdString(s) + '"';
}
QByteArray qn(std::int64_t v)
{
    return '"' + QByteArray::number(static_cast<qlonglong>(v)) + '"';
}
QByteArray push(
    const QByteArray& channel, const QByteArray& key, const QByteArray& value, const QByteArray& data)
{
    return R"({"arg":{"channel":")" + channel + R"(",")" + key + R"(":")" + value + R"("},"data":[)" + data
        + "]}";
}
template <typename Levels> QByteArray levels(SymbolId id, const Levels& side)
{
    QByteArray out = "[";
    int i = 0;
    for (const auto& [p, qty] : side) {
        if (i >= 5)
            break;
        if (i++)
            out += ',';
        out += '[' + q(p.toString()) + ',' + q(toContracts(id, qty).toString()) + R"(,"0","1"])";
    }
    return out + ']';
}

} // namespace

QByteArray instId(SymbolId id)
{
    return QByteArray::fromStdString(symbolInfo(id).base) + "-USDT-SWAP";
}

QByteArray indexId(SymbolId id)
{
    return QByteArray::fromStdString(symbolInfo(id).base) + "-USDT";
}

Qty contractValue(SymbolId id)
{
    static const perp::okx::ContractTable table;
    const auto v = table.contractValue(instId(id).toStdString());
    return v ? *v : *Qty::parse("1");
}

Qty toContracts(SymbolId id, Qty base)
{
    __extension__ using Wide = __int128;
    return Qty::fromRaw(
        static_cast<std::int64_t>(static_cast<Wide>(base.raw) * Qty::scale / contractValue(id).raw));
}

QByteArray trades(SymbolId id, std::span<const SentTrade> list)
{
    const QByteArray inst = instId(id);
    QByteArray data;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const SentTrade& t = list[i];
        if (i)
            data += ',';
        data += R"({"instId":")" + inst + R"(","tradeId":)" + qn(t.id) + R"(,"px":)" + q(t.price.toString())
            + R"(,"sz":)" + q(toContracts(id, t.qty).toString()) + R"(,"side":")"
            + (t.taker == Side::Buy ? "buy" : "sell") + R"(","ts":)" + qn(t.time)
            + R"(,"count":"1","source":"0","seqId":)" + QByteArray::number(static_cast<qlonglong>(t.id))
            + '}';
    }
    return push("trades", "instId", inst, data);
}

QByteArray liquidation(const Liquidation& l, bool hedge)
{
    const bool longLiq = l.liquidated == PositionSide::Long;
    // The forced order closes the position: a long is closed by a sell.
    const QByteArray posSide = hedge ? (longLiq ? "long" : "short") : "net";
    const QByteArray inst = instId(l.h.symbol);
    const QByteArray details = R"({"bkLoss":"0","bkPx":)" + q(l.price.toString()) + R"(,"ccy":"","posSide":")"
        + posSide + R"(","side":")" + (longLiq ? "sell" : "buy") + R"(","sz":)"
        + q(toContracts(l.h.symbol, l.qty).toString()) + R"(,"ts":)" + qn(l.h.exchangeTime) + '}';
    return R"({"arg":{"channel":"liquidation-orders","instType":"SWAP"},"data":[{"details":[)" + details
        + R"(],"instFamily":")" + indexId(l.h.symbol) + R"(","instId":")" + inst
        + R"(","instType":"SWAP","uly":")" + indexId(l.h.symbol) + "\"}]}";
}

QByteArray fundingRate(const SymbolMarket& s, TimeMs ts)
{
    const QByteArray inst = instId(s.id);
    const QByteArray rate = QByteArray::number(s.fundingRate, 'f', 8);
    return push("funding-rate", "instId", inst,
        R"({"formulaType":"withRate","fundingRate":")" + rate + R"(","fundingTime":)" + qn(s.nextFunding)
            + R"(,"instId":")" + inst
            + R"(","instType":"SWAP","method":"current_period","maxFundingRate":"0.0075",)"
            + R"("minFundingRate":"-0.0075","nextFundingRate":"","nextFundingTime":)"
            + qn(s.nextFunding + 8 * kHourMs) + R"(,"premium":"0","settFundingRate":")" + rate
            + R"(","settState":"settled","ts":)" + qn(ts) + '}');
}

QByteArray markPrice(const SymbolMarket& s, TimeMs ts)
{
    const QByteArray inst = instId(s.id);
    return push("mark-price", "instId", inst,
        R"({"instType":"SWAP","instId":")" + inst + R"(","markPx":)" + q(s.mark.toString()) + R"(,"ts":)"
            + qn(ts) + '}');
}

QByteArray indexTicker(const SymbolMarket& s, TimeMs ts)
{
    const QByteArray idx = indexId(s.id);
    const QByteArray px = q(s.index.toString());
    return push("index-tickers", "instId", idx,
        R"({"instId":")" + idx + R"(","idxPx":)" + px + R"(,"open24h":)" + px + R"(,"high24h":)" + px
            + R"(,"low24h":)" + px + R"(,"sodUtc0":)" + px + R"(,"sodUtc8":)" + px + R"(,"ts":)" + qn(ts)
            + '}');
}

QByteArray openInterestRow(const SymbolMarket& s, TimeMs ts)
{
    return R"({"instId":")" + instId(s.id) + R"(","instType":"SWAP","oi":)"
        + q(toContracts(s.id, s.openInterest).toString()) + R"(,"oiCcy":)" + q(s.openInterest.toString())
        + R"(,"oiUsd":)" + q(quoteOf(s.mark, s.openInterest).toString()) + R"(,"ts":)" + qn(ts) + '}';
}

QByteArray openInterest(const SymbolMarket& s, TimeMs ts)
{
    return push("open-interest", "instId", instId(s.id), openInterestRow(s, ts));
}

QByteArray books5(SymbolId id, const OrderBook& book, TimeMs ts, std::int64_t seq)
{
    const QByteArray inst = instId(id);
    return push("books5", "instId", inst,
        R"({"asks":)" + levels(id, book.asks()) + R"(,"bids":)" + levels(id, book.bids()) + R"(,"instId":")"
            + inst + R"(","ts":)" + qn(ts) + R"(,"seqId":)" + QByteArray::number(static_cast<qlonglong>(seq))
            + '}');
}

QByteArray envelope(const QByteArray& data)
{
    return R"({"code":"0","msg":"","data":)" + data + '}';
}

QByteArray error(const QByteArray& code, const QByteArray& msg)
{
    return R"({"code":")" + code + R"(","msg":")" + msg + R"(","data":[]})";
}

QByteArray instruments(std::span<const SymbolId> symbols)
{
    QByteArray out = "[";
    for (SymbolId id : symbols) {
        const SymbolInfo& info = symbolInfo(id);
        if (out.size() > 1)
            out += ',';
        const QByteArray base = QByteArray::fromStdString(info.base);
        const Qty lot = toContracts(id, info.qtyStep);
        out += R"({"instType":"SWAP","instId":")" + instId(id) + R"(","uly":")" + indexId(id)
            + R"(","instFamily":")" + indexId(id)
            + R"(","baseCcy":"","quoteCcy":"","settleCcy":"USDT","ctVal":)" + q(contractValue(id).toString())
            + R"(,"ctMult":"1","ctValCcy":")" + base
            + R"(","ctType":"linear","lever":"100","listTime":"1611916828000","lotSz":)" + q(lot.toString())
            + R"(,"minSz":)" + q(lot.toString()) + R"(,"tickSz":)" + q(info.tickSize.toString())
            + R"(,"state":"live","maxLmtSz":"100000000","maxMktSz":"10000"})";
    }
    // An inverse swap, as the real list has them: its ctVal is in USD and must be skipped.
    if (out.size() > 1)
        out += ',';
    out += R"({"instType":"SWAP","instId":"BTC-USD-SWAP","uly":"BTC-USD","instFamily":"BTC-USD",)"
           R"("settleCcy":"BTC","ctVal":"100","ctMult":"1","ctValCcy":"USD","ctType":"inverse",)"
           R"("lotSz":"1","minSz":"1","tickSz":"0.1","state":"live"})";
    return envelope(out + ']');
}

QByteArray candles(SymbolId id, std::span<const Candle> newestFirst, TimeMs now)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < newestFirst.size(); ++i) {
        const Candle& c = newestFirst[i];
        if (i)
            out += ',';
        out += '[' + qn(c.openTime) + ',' + q(c.open.toString()) + ',' + q(c.high.toString()) + ','
            + q(c.low.toString()) + ',' + q(c.close.toString()) + ','
            + q(toContracts(id, c.volume).toString()) + ',' + q(c.volume.toString()) + ','
            + q(quoteOf(c.close, c.volume).toString()) + ','
            + (c.openTime + kMinuteMs <= now ? "\"1\"" : "\"0\"") + ']';
    }
    return envelope(out + ']');
}

QByteArray tradeRows(SymbolId id, std::span<const SentTrade> newestFirst)
{
    const QByteArray inst = instId(id);
    QByteArray out = "[";
    for (std::size_t i = 0; i < newestFirst.size(); ++i) {
        const SentTrade& t = newestFirst[i];
        if (i)
            out += ',';
        out += R"({"instId":")" + inst + R"(","side":")" + (t.taker == Side::Buy ? "buy" : "sell")
            + R"(","sz":)" + q(toContracts(id, t.qty).toString()) + R"(,"px":)" + q(t.price.toString())
            + R"(,"source":"0","tradeId":)" + qn(t.id) + R"(,"ts":)" + qn(t.time) + '}';
    }
    return envelope(out + ']');
}

} // namespace perp::mockex::okx
