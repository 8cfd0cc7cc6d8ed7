// SPDX-License-Identifier: MIT
#include "feedharness.h"

#include <QJsonValue>

namespace perp::test {

FeedHarness::FeedHarness(FeedSource& feed)
{
    QObject::connect(&feed, &FeedSource::batchReady, this, [this](const EventBatchPtr& batch) {
        for (const MarketEvent& e : batch->events) {
            if (const auto* t = std::get_if<Trade>(&e)) {
                if (!m_ids[t->h.symbol].insert(t->id).second)
                    ++m_duplicates;
                Totals& s = m_emitted[t->h.symbol];
                s.trades++;
                s.volume += t->qty;
                if (t->takerSide == Side::Buy)
                    s.buyVolume += t->qty;
            }
        }
        m_engine.apply(*batch);
    });
}

FeedHarness::Totals FeedHarness::candleTotals(SymbolId id) const
{
    Totals t;
    if (const CandleBook* b = m_engine.book(id)) {
        for (const Candle& c : b->series(Timeframe::M1).candles()) {
            t.trades += c.trades;
            t.volume += c.volume;
            t.buyVolume += c.buyVolume;
        }
    }
    return t;
}

bool FeedHarness::matches(const QJsonObject& stats, QString& why) const
{
    const QJsonObject symbols = stats.value("symbols").toObject();
    if (symbols.isEmpty()) {
        why = QStringLiteral("server stats have no symbols");
        return false;
    }
    for (auto it = symbols.begin(); it != symbols.end(); ++it) {
        const auto id = findSymbol(it.key().toStdString());
        const QJsonObject s = it.value().toObject();
        const auto serverTrades = static_cast<std::uint64_t>(s.value("trades").toInteger());
        const auto serverVolume = Qty::parse(s.value("volume").toString().toStdString());
        const auto serverBuy = Qty::parse(s.value("buyVolume").toString().toStdString());
        auto found = id ? m_emitted.find(*id) : m_emitted.end();
        const Totals got = found == m_emitted.end() ? Totals {} : found->second;
        const Totals candles = id ? candleTotals(*id) : Totals {};
        if (!serverVolume || !serverBuy || got.trades != serverTrades || got.volume != *serverVolume
            || got.buyVolume != *serverBuy || candles.trades != serverTrades
            || candles.volume != *serverVolume) {
            why = QStringLiteral("%1: server %2 trades / %3 volume (buy %4); feed emitted %5 / %6 (buy %7); "
                                 "candles %8 / %9")
                      .arg(it.key())
                      .arg(serverTrades)
                      .arg(s.value("volume").toString(), s.value("buyVolume").toString())
                      .arg(got.trades)
                      .arg(QString::fromStdString(got.volume.toString()),
                          QString::fromStdString(got.buyVolume.toString()))
                      .arg(candles.trades)
                      .arg(QString::fromStdString(candles.volume.toString()));
            return false;
        }
    }
    return true;
}

} // namespace perp::test
