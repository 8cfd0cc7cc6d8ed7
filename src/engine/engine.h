// SPDX-License-Identifier: MIT
#pragma once

#include "candlebook.h"
#include "liq/liqstate.h"
#include "marketstate.h"
#include "metricseries.h"
#include "signals/signalengine.h"
#include "tape.h"
#include "zones/zonebook.h"

#include <map>
#include <memory>
#include <vector>

namespace perp {

struct ChartView
{
    SymbolId symbol = 0;
    Timeframe timeframe = Timeframe::M1;
    std::size_t maxCandles = 20'000;
};

struct EngineStats
{
    std::uint64_t events = 0;
    std::uint64_t trades = 0;
    std::uint64_t duplicateTrades = 0; // filled in snapshots
    std::uint64_t batches = 0;
};

// An immutable picture of the engine for the UI. Built on the engine thread.
struct EngineSnapshot
{
    TimeMs time = 0; // engine clock: newest exchange time seen
    std::vector<SymbolSummary> symbols; // watchlist order
    ChartView view;
    std::vector<Candle> candles; // of view.symbol / view.timeframe, oldest first
    std::uint64_t candleRevision = 0;
    EngineStats stats;
    // Liquidation layers of view.symbol (estimated heatmap/profile/bands, realized bubbles
    // and cumulative-by-price, cascade state), history from the first candle on.
    liq::LiqSnapshotPtr liq;
    // Time & sales of view.symbol: its newest trades and liquidations, oldest first.
    std::vector<TapePrint> tape;
    // Open interest (base units, sum of the latest value of each venue) and funding rate
    // (per interval, 0.0001 = 0.01%; mean of the latest value of each venue) of view.symbol,
    // one sample per minute, from the first candle on.
    std::vector<MetricSample> openInterest;
    std::vector<MetricSample> funding;
    // Composite bias per symbol x mode, and category scores / card list of view.symbol.
    sig::SignalSnapshotPtr signalSnapshot;
    // Support/resistance zones of view.symbol, strongest first (see docs/zones.md).
    std::vector<zones::Zone> zones;
};
using EngineSnapshotPtr = std::shared_ptr<const EngineSnapshot>;

// Owns all market state. Not thread-safe: one thread drives it.
class Engine
{
public:
    explicit Engine(std::size_t candleCapacity = 20'000);

    void apply(const EventBatch& batch);
    void apply(const MarketEvent& event);

    EngineSnapshotPtr snapshot(const ChartView& view) const;
    // Recomputes liquidation profiles and bands of symbols whose estimate changed (done at
    // the end of every apply(batch); call it after single-event applies).
    void refreshLiquidity();

    TimeMs now() const { return m_now; }
    // Stored history for a symbol's candles at start (see CandleSeries::seed).
    std::size_t seedCandles(SymbolId id, Timeframe tf, std::span<const Candle> history);

    const CandleBook* book(SymbolId id) const;
    const liq::LiqState* liquidity(SymbolId id) const;
    // Per-minute open interest and funding of a symbol (null before its first event).
    const MetricSeries* openInterest(SymbolId id) const;
    const MetricSeries* funding(SymbolId id) const;
    SymbolSummary summary(SymbolId id) const;
    const EngineStats& stats() const { return m_stats; }
    // Symbols seen so far plus the defaults, in watchlist order.
    std::vector<SymbolId> symbols() const;
    // Signal cards run every 10 s of engine time (on by default); off for candle-only uses.
    void setSignalsEnabled(bool on) { m_signalsOn = on; }
    sig::SignalEngine& signalEngine() { return *m_signals; }
    const sig::SignalEngine& signalEngine() const { return *m_signals; }
    // Support/resistance zones are recomputed for every symbol each 10 s of engine time
    // (on by default).
    static constexpr TimeMs kZoneIntervalMs = 10'000;
    void setZonesEnabled(bool on) { m_zonesOn = on; }
    const std::vector<zones::Zone>& zones(SymbolId id) const { return m_zoneBook.zones(id); }
    const zones::ZoneBook& zoneBook() const { return m_zoneBook; }
    // Zones kept from an earlier run (history), shown until the next update keeps their ids.
    void restoreZones(SymbolId id, std::vector<zones::Zone> list) { m_zoneBook.restore(id, std::move(list)); }

private:
    struct PerSymbol
    {
        CandleBook candles;
        SymbolSummary summary;
        liq::LiqState liq;
        bool liqDirty = false;
        MetricSeries openInterest;
        MetricSeries funding;
        std::map<Venue, double> oiByVenue; // latest per venue, summed into openInterest
        std::map<Venue, double> fundingByVenue; // latest per venue, averaged into funding
        TapeRing tape;
        PerSymbol(std::size_t cap, SymbolId id)
            : candles(cap)
            , liq(id)
            , openInterest(cap)
            , funding(cap)
        { }
    };
    PerSymbol& state(SymbolId id);
    static SymbolSummary withDailyFigures(const PerSymbol& s);
    void refreshZones();

    std::size_t m_capacity;
    std::map<SymbolId, std::unique_ptr<PerSymbol>> m_symbols;
    TimeMs m_now = 0;
    EngineStats m_stats;
    std::unique_ptr<sig::SignalEngine> m_signals = std::make_unique<sig::SignalEngine>();
    bool m_signalsOn = true;
    zones::ZoneBook m_zoneBook;
    TimeMs m_nextZones = 0;
    bool m_zonesOn = true;
};

} // namespace perp
