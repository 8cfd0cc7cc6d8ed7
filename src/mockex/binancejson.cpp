// SPDX-License-Identifier: MIT
#include "binancejson.h"

#include "quote.h"

namespace perp::mockex::binance {

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
QByteArray rate(double r)
{
    return '"' + QByteArray::number(r, 'f', 8) + '"';
}
template <typename Levels> QByteArray levels(const Levels& side, int limit)
{
    QByteArray out = "[";
    int i = 0;
    for (const auto& [p, qty] : side) {
        if (i == limit)
            break;
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

QByteArray lowerName(SymbolId id)
{
    return name(id).toLower();
}

QByteArray combined(const QByteArray& stream, const QByteArray& payload)
{
    return R"({"stream":")" + stream + R"(","data":)" + payload + '}';
}

QByteArray aggTrade(SymbolId id, const SentTrade& t, TimeMs eventTime)
{
    return R"({"e":"aggTrade","E":)" + n(eventTime) + R"(,"s":")" + name(id) + R"(","a":)" + n(t.id)
        + R"(,"p":)" + q(t.price.toString()) + R"(,"q":)" + q(t.qty.toString()) + R"(,"f":)" + n(t.id * 3)
        + R"(,"l":)" + n(t.id * 3 + 2) + R"(,"T":)" + n(t.time) + R"(,"m":)"
        + (t.taker == Side::Sell ? "true" : "false") + '}';
}

QByteArray trade(SymbolId id, const SentTrade& t, TimeMs eventTime)
{
    return R"({"e":"trade","E":)" + n(eventTime) + R"(,"T":)" + n(t.time) + R"(,"s":")" + name(id)
        + R"(","t":)" + n(t.id) + R"(,"p":)" + q(t.price.toString()) + R"(,"q":)" + q(t.qty.toString())
        + R"(,"X":"MARKET","m":)" + (t.taker == Side::Sell ? "true" : "false") + '}';
}

QByteArray markPrice(const SymbolMarket& s, TimeMs eventTime)
{
    return R"({"e":"markPriceUpdate","E":)" + n(eventTime) + R"(,"s":")" + name(s.id) + R"(","p":)"
        + q(s.mark.toString()) + R"(,"i":)" + q(s.index.toString()) + R"(,"P":)" + q(s.index.toString())
        + R"(,"r":)" + rate(s.fundingRate) + R"(,"T":)" + n(s.nextFunding) + '}';
}

QByteArray forceOrder(const Liquidation& l, TimeMs eventTime)
{
    // The order that closes a long is a SELL.
    const QByteArray side = l.liquidated == PositionSide::Long ? "SELL" : "BUY";
    const QByteArray qty = q(l.qty.toString());
    const QByteArray px = q(l.price.toString());
    return R"({"e":"forceOrder","E":)" + n(eventTime) + R"(,"o":{"s":")" + name(l.h.symbol) + R"(","S":")"
        + side + R"(","o":"LIMIT","f":"IOC","q":)" + qty + R"(,"p":)" + px + R"(,"ap":)" + px
        + R"(,"X":"FILLED","l":)" + qty + R"(,"z":)" + qty + R"(,"T":)" + n(l.h.exchangeTime) + "}}";
}

QByteArray kline(const SymbolMarket& s, const Candle& c, TimeMs eventTime, bool closed)
{
    const Price quote = quoteOf(c.close, c.volume);
    const Price buyQuote = quoteOf(c.close, c.buyVolume);
    return R"({"e":"kline","E":)" + n(eventTime) + R"(,"s":")" + name(s.id) + R"(","k":{"t":)" + n(c.openTime)
        + R"(,"T":)" + n(c.openTime + kMinuteMs - 1) + R"(,"s":")" + name(s.id)
        + R"(","i":"1m","f":0,"L":0,"o":)" + q(c.open.toString()) + R"(,"c":)" + q(c.close.toString())
        + R"(,"h":)" + q(c.high.toString()) + R"(,"l":)" + q(c.low.toString()) + R"(,"v":)"
        + q(c.volume.toString()) + R"(,"n":)" + n(c.trades) + R"(,"x":)" + (closed ? "true" : "false")
        + R"(,"q":)" + q(quote.toString()) + R"(,"V":)" + q(c.buyVolume.toString()) + R"(,"Q":)"
        + q(buyQuote.toString()) + R"(,"B":"0"}})";
}

QByteArray depthUpdate(SymbolId id, const OrderBook::Diff& d, std::int64_t prevLastId, TimeMs eventTime)
{
    return R"({"e":"depthUpdate","E":)" + n(eventTime) + R"(,"T":)" + n(eventTime) + R"(,"s":")" + name(id)
        + R"(","U":)" + n(d.firstId) + R"(,"u":)" + n(d.lastId) + R"(,"pu":)" + n(prevLastId) + R"(,"b":)"
        + changes(d.bids) + R"(,"a":)" + changes(d.asks) + '}';
}

QByteArray bookTicker(SymbolId id, const OrderBook& book, TimeMs eventTime)
{
    if (book.bids().empty() || book.asks().empty())
        return {};
    const auto& [bp, bq] = *book.bids().begin();
    const auto& [ap, aq] = *book.asks().begin();
    return R"({"e":"bookTicker","u":)" + n(book.updateId()) + R"(,"E":)" + n(eventTime) + R"(,"T":)"
        + n(eventTime) + R"(,"s":")" + name(id) + R"(","b":)" + q(bp.toString()) + R"(,"B":)"
        + q(bq.toString()) + R"(,"a":)" + q(ap.toString()) + R"(,"A":)" + q(aq.toString()) + '}';
}

QByteArray klineRow(const Candle& c)
{
    return '[' + n(c.openTime) + ',' + q(c.open.toString()) + ',' + q(c.high.toString()) + ','
        + q(c.low.toString()) + ',' + q(c.close.toString()) + ',' + q(c.volume.toString()) + ','
        + n(c.openTime + kMinuteMs - 1) + ',' + q(quoteOf(c.close, c.volume).toString()) + ',' + n(c.trades)
        + ',' + q(c.buyVolume.toString()) + ',' + q(quoteOf(c.close, c.buyVolume).toString()) + R"(,"0"])";
}

QByteArray openInterest(const SymbolMarket& s, TimeMs now)
{
    return R"({"openInterest":)" + q(s.openInterest.toString()) + R"(,"symbol":")" + name(s.id)
        + R"(","time":)" + n(now) + '}';
}

QByteArray openInterestHist(const SymbolMarket& s, std::span<const OiPoint> points)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < points.size(); ++i) {
        const OiPoint& p = points[i];
        if (i)
            out += ',';
        out += R"({"symbol":")" + name(s.id) + R"(","sumOpenInterest":)" + q(p.oi.toString())
            + R"(,"sumOpenInterestValue":)" + q(quoteOf(p.mark, p.oi).toString())
            + R"(,"CMCCirculatingSupply":"0","timestamp":")" + n(p.time) + "\"}";
    }
    return out + ']';
}

QByteArray longShortRatios(const SymbolMarket& s, std::span<const PositioningPoint> points, int which)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Positioning& p = points[i].p;
        const double share = which == 0 ? p.longAccount : which == 1 ? p.topLongPosition : p.topLongAccount;
        if (i)
            out += ',';
        out += R"({"symbol":")" + name(s.id) + R"(","longShortRatio":")"
            + QByteArray::number(share / (1.0 - share), 'f', 4) + R"(","longAccount":")"
            + QByteArray::number(share, 'f', 4) + R"(","shortAccount":")"
            + QByteArray::number(1.0 - share, 'f', 4) + R"(","timestamp":")" + n(points[i].time) + "\"}";
    }
    return out + ']';
}

QByteArray takerRatios(std::span<const Candle> periods)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const Candle& c = periods[i];
        if (i)
            out += ',';
        out += R"({"buySellRatio":")"
            + QByteArray::number(c.buyVolume.toDouble() / c.sellVolume.toDouble(), 'f', 4) + R"(","buyVol":)"
            + q(c.buyVolume.toString()) + R"(,"sellVol":)" + q(c.sellVolume.toString()) + R"(,"timestamp":")"
            + n(c.openTime) + "\"}";
    }
    return out + ']';
}

QByteArray premiumIndex(const SymbolMarket& s, TimeMs now)
{
    return R"({"symbol":")" + name(s.id) + R"(","markPrice":)" + q(s.mark.toString()) + R"(,"indexPrice":)"
        + q(s.index.toString()) + R"(,"estimatedSettlePrice":)" + q(s.index.toString())
        + R"(,"lastFundingRate":)" + rate(s.fundingRate)
        + R"(,"interestRate":"0.00010000","nextFundingTime":)" + n(s.nextFunding) + R"(,"time":)" + n(now)
        + '}';
}

QByteArray fundingRates(const SymbolMarket& s, std::span<const FundingPoint> points)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i)
            out += ',';
        out += R"({"symbol":")" + name(s.id) + R"(","fundingRate":)" + rate(points[i].rate)
            + R"(,"fundingTime":)" + n(points[i].time) + R"(,"markPrice":)" + q(points[i].mark.toString())
            + '}';
    }
    return out + ']';
}

QByteArray depthSnapshot(const OrderBook& book, int limit, TimeMs now)
{
    return R"({"lastUpdateId":)" + n(book.updateId()) + R"(,"E":)" + n(now) + R"(,"T":)" + n(now)
        + R"(,"bids":)" + levels(book.bids(), limit) + R"(,"asks":)" + levels(book.asks(), limit) + '}';
}

QByteArray aggTrades(std::span<const SentTrade> trades)
{
    QByteArray out = "[";
    for (std::size_t i = 0; i < trades.size(); ++i) {
        const SentTrade& t = trades[i];
        if (i)
            out += ',';
        out += R"({"a":)" + n(t.id) + R"(,"p":)" + q(t.price.toString()) + R"(,"q":)" + q(t.qty.toString())
            + R"(,"f":)" + n(t.id) + R"(,"l":)" + n(t.id) + R"(,"T":)" + n(t.time) + R"(,"m":)"
            + (t.taker == Side::Sell ? "true" : "false") + '}';
    }
    return out + ']';
}

QByteArray exchangeInfo(std::span<const SymbolId> symbols, TimeMs now)
{
    QByteArray out = R"({"timezone":"UTC","serverTime":)" + n(now)
        + R"(,"futuresType":"U_MARGINED","rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":2400},{"rateLimitType":"ORDERS","interval":"MINUTE","intervalNum":1,"limit":1200}],"exchangeFilters":[],"assets":[{"asset":"USDT","marginAvailable":true,"autoAssetExchange":"-10000"}],"symbols":[)";
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        const SymbolInfo& info = symbolInfo(symbols[i]);
        if (i)
            out += ',';
        const QByteArray tick = q(info.tickSize.toString());
        const QByteArray step = q(info.qtyStep.toString());
        out += R"({"symbol":")" + name(symbols[i]) + R"(","pair":")" + name(symbols[i])
            + R"(","contractType":"PERPETUAL","deliveryDate":4133404800000,"onboardDate":1569398400000,"status":"TRADING","maintMarginPercent":"2.5000","requiredMarginPercent":"5.0000","baseAsset":")"
            + QByteArray::fromStdString(info.base)
            + R"(","quoteAsset":"USDT","marginAsset":"USDT","pricePrecision":)"
            + n(info.tickSize.toString().size() > 2 ? static_cast<int>(info.tickSize.toString().size()) - 2
                                                    : 0)
            + R"(,"quantityPrecision":)"
            + n(info.qtyStep.toString().size() > 2 ? static_cast<int>(info.qtyStep.toString().size()) - 2 : 0)
            + R"(,"baseAssetPrecision":8,"quotePrecision":8,"underlyingType":"COIN","underlyingSubType":[],"triggerProtect":"0.0500","liquidationFee":"0.012500","marketTakeBound":"0.05","maxMoveOrderLimit":10000,"filters":[{"filterType":"PRICE_FILTER","minPrice":)"
            + tick + R"(,"maxPrice":"10000000","tickSize":)" + tick
            + R"(},{"filterType":"LOT_SIZE","minQty":)" + step + R"(,"maxQty":"100000000","stepSize":)" + step
            + R"(},{"filterType":"MARKET_LOT_SIZE","minQty":)" + step + R"(,"maxQty":"100000000","stepSize":)"
            + step
            + R"(},{"filterType":"MAX_NUM_ORDERS","limit":200},{"filterType":"MIN_NOTIONAL","notional":"5"},{"filterType":"PERCENT_PRICE","multiplierUp":"1.0500","multiplierDown":"0.9500","multiplierDecimal":"4"}],"orderTypes":["LIMIT","MARKET","STOP","STOP_MARKET","TAKE_PROFIT","TAKE_PROFIT_MARKET","TRAILING_STOP_MARKET"],"timeInForce":["GTC","IOC","FOK","GTX","GTD"]})";
    }
    return out + "]}";
}

QByteArray error(int code, const QByteArray& msg)
{
    return R"({"code":)" + n(code) + R"(,"msg":")" + msg + "\"}";
}

} // namespace perp::mockex::binance
