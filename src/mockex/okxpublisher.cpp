// SPDX-License-Identifier: MIT
#include "okxpublisher.h"

#include "okxjson.h"
#include "okxsession.h"
#include "quote.h"

namespace perp::mockex {

OkxPublisher::OkxPublisher(Market& market, const QList<Session*>& sessions)
    : m_market(market)
    , m_sessions(sessions)
{ }

void OkxPublisher::publish(const QByteArray& stream, const QByteArray& payload)
{
    for (Session* s : m_sessions)
        if (qobject_cast<OkxSession*>(s))
            s->publish(stream, payload);
}

void OkxPublisher::onStreamAdded(Session* s, const QByteArray& stream)
{
    const qsizetype dot = stream.indexOf('.');
    if (dot < 0)
        return;
    const QByteArray channel = stream.left(dot);
    std::string inst = stream.mid(dot + 1).toStdString();
    if (inst.ends_with("-SWAP"))
        inst.resize(inst.size() - 5);
    std::erase(inst, '-');
    const auto id = findSymbol(inst);
    const SymbolMarket* m = id ? m_market.find(*id) : nullptr;
    if (!m || m->mark.raw <= 0) // nothing known yet: the first change is pushed anyway
        return;
    const TimeMs now = m_market.now();
    if (channel == "funding-rate")
        s->publish(stream, okx::fundingRate(*m, now));
    else if (channel == "mark-price")
        s->publish(stream, okx::markPrice(*m, now));
    else if (channel == "index-tickers" && m->index.raw > 0)
        s->publish(stream, okx::indexTicker(*m, now));
    else if (channel == "open-interest")
        s->publish(stream, okx::openInterest(*m, now));
    else if (channel == "books5" && !m->book->empty())
        s->publish(stream, okx::books5(m->id, *m->book, now, m_bookSeq++));
}

void OkxPublisher::trades(const SymbolMarket& s, std::size_t firstNew)
{
    if (firstNew >= s.trades.size())
        return;
    const std::span<const SentTrade> fresh(s.trades.data() + firstNew, s.trades.size() - firstNew);
    publish("trades." + okx::instId(s.id), okx::trades(s.id, fresh));
}

void OkxPublisher::liquidation(const Liquidation& l)
{
    LiqTruth& t = m_liqs[l.h.symbol];
    if (l.liquidated == PositionSide::Long) {
        ++t.longs;
        t.longQty += l.qty;
    } else {
        ++t.shorts;
        t.shortQty += l.qty;
    }
    t.notional += quoteOf(l.price, l.qty);
    // Alternate hedge-mode (posSide long/short) and net-mode (posSide net + order side).
    publish("liquidation-orders.SWAP", okx::liquidation(l, (m_liqNo++ % 2) == 0));
}

void OkxPublisher::book(const SymbolMarket& s, TimeMs now)
{
    publish("books5." + okx::instId(s.id), okx::books5(s.id, *s.book, now, m_bookSeq++));
}

void OkxPublisher::ticker(const SymbolMarket& s, TimeMs now)
{
    const QByteArray inst = okx::instId(s.id);
    publish("funding-rate." + inst, okx::fundingRate(s, now));
    publish("open-interest." + inst, okx::openInterest(s, now));
}

void OkxPublisher::marks(TimeMs now)
{
    for (SymbolId id : m_market.symbols()) {
        const SymbolMarket& s = *m_market.find(id);
        if (s.mark.raw > 0)
            publish("mark-price." + okx::instId(id), okx::markPrice(s, now));
        if (s.index.raw > 0)
            publish("index-tickers." + okx::indexId(id), okx::indexTicker(s, now));
    }
}

QByteArray OkxPublisher::statsJson() const
{
    QByteArray out = "{";
    for (const auto& [id, t] : m_liqs) {
        if (out.size() > 1)
            out += ',';
        out += '"' + QByteArray::fromStdString(symbolName(id)) + R"(":{"longs":)"
            + QByteArray::number(static_cast<qulonglong>(t.longs)) + R"(,"shorts":)"
            + QByteArray::number(static_cast<qulonglong>(t.shorts)) + R"(,"longQty":")"
            + QByteArray::fromStdString(t.longQty.toString()) + R"(","shortQty":")"
            + QByteArray::fromStdString(t.shortQty.toString()) + R"(","notional":")"
            + QByteArray::fromStdString(t.notional.toString()) + "\"}";
    }
    return out + '}';
}

} // namespace perp::mockex
