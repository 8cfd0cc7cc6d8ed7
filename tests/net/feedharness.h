// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"
#include "feed/feedsource.h"

#include <QJsonObject>
#include <map>
#include <set>

namespace perp::test {

// Counts what a feed delivered: every trade per symbol (as the feed emitted it, so an
// adapter that let a duplicate through shows it) and the engine's 1m candles.
class FeedHarness : public QObject
{
public:
    explicit FeedHarness(FeedSource& feed);

    struct Totals
    {
        std::uint64_t trades = 0;
        Qty volume;
        Qty buyVolume;
    };
    const std::map<SymbolId, Totals>& emitted() const { return m_emitted; }
    Totals candleTotals(SymbolId id) const;
    std::uint64_t duplicatesEmitted() const { return m_duplicates; }
    const Engine& engine() const { return m_engine; }

    // True when, for every symbol in `stats["symbols"]`, the trades emitted and the 1m
    // candle volumes equal the server's own figures. `why` says what differs.
    bool matches(const QJsonObject& stats, QString& why) const;

private:
    Engine m_engine;
    std::map<SymbolId, Totals> m_emitted;
    std::map<SymbolId, std::set<std::int64_t>> m_ids;
    std::uint64_t m_duplicates = 0;
};

} // namespace perp::test
