// SPDX-License-Identifier: MIT
#pragma once

#include "market.h"

#include <QByteArray>
#include <QList>
#include <map>

namespace perp::mockex {

class Session;

// The OKX side of the server's pushes: turns the market's trades, liquidations,
// books and tickers into OKX v5 messages for every OkxSession subscribed, and keeps
// what it published of the liquidations (per symbol and liquidated side) for
// /mockex/stats, so a client's normalization can be checked against the truth.
class OkxPublisher
{
public:
    OkxPublisher(Market& market, const QList<Session*>& sessions);

    // The current value right after a subscription (funding, mark, index, OI, books5).
    void onStreamAdded(Session* s, const QByteArray& stream);
    void trades(const SymbolMarket& s, std::size_t firstNew);
    void liquidation(const Liquidation& l);
    void book(const SymbolMarket& s, TimeMs now); // books5, after the book changed
    void ticker(const SymbolMarket& s, TimeMs now); // funding-rate and open-interest
    void marks(TimeMs now); // mark-price and index-tickers of every symbol
    // {"BTCUSDT":{"longs":n,"shorts":n,"longQty":"..","shortQty":"..","notional":".."},...}
    QByteArray statsJson() const;

private:
    void publish(const QByteArray& stream, const QByteArray& payload);

    struct LiqTruth
    {
        std::uint64_t longs = 0, shorts = 0;
        Qty longQty, shortQty;
        Price notional; // sum of bkPx x base quantity
    };
    Market& m_market;
    const QList<Session*>& m_sessions;
    std::map<SymbolId, LiqTruth> m_liqs;
    std::int64_t m_bookSeq = 1;
    std::uint64_t m_liqNo = 0;
};

} // namespace perp::mockex
