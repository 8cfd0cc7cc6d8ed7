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
#include <span>
#include <vector>

namespace perp {

struct ChartView
{
    SymbolId symbol = 0;
    Timeframe timeframe = Timeframe::M1;
    std::size_t maxCandles = 20'000;

    // Same symbol and timeframe (the candle count is a cost bound, not an identity).
    bool sameSeries(const ChartView& o) const { return symbol == o.symbol && timeframe == o.timeframe; }
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
    // Further chart panes: one snapshot per distinct requested pane view that differs from
    // `view` (at most Engine::kMaxPaneViews), each with that view's candles, candleRevision,
    // liq, openInterest, funding and zones; its symbols, tape, signalSnapshot and paneViews are
    // empty, so the cost per pane is one candle copy plus shared heat columns.
    std::vector<std::shared_ptr<const EngineSnapshot>> paneViews;
};
using EngineSnapshotPtr = std::shared_ptr<const EngineSnapshot>;

// The snapshot of a symbol/timeframe within a published snapshot: the snapshot itself when
// it is of that view, else its pane view of it, else null.
EngineSnapshotPtr snapshotOfView(const EngineSnapshotPtr& snapshot, SymbolId symbol, Timeframe tf);

// Owns all market state. Not thread-safe: one thread drives it.
class Engine
{
public:
    explicit Engine(std::size_t candleCapacity = 20'000);

    void apply(const EventBatch& batch);
    void apply(const MarketEvent& event);

    // Chart panes beyond the main view carried by one snapshot (further requests are dropped).
    static constexpr std::size_t kMaxPaneViews = 8;
    // The main view plus one pane snapshot per distinct extra view (see EngineSnapshot::paneViews).
    EngineSnapshotPtr snapshot(const ChartView& view, std::span<const ChartView> paneViews = {}) const;
    // Recomputes liquidation profiles and bands of symbols whose estimate changed (done at
    // the end of every apply(batch); call it after single-event applies).
    void refreshLiquidity();

    TimeMs now() const { return m_now; }
    // Stored history for a symbol's candles at start (see CandleSeries::seed).
    std::size_t seedCandles(SymbolId id, Timeframe tf, std::span<const Candle> history);
    // 1m candles from the exchange's REST backfill (oldest first): fill the minutes the
    // series lacks (the gap between stored history and live trades) and rebuild the
    // higher timeframes' buckets they touch from the 1m series. Returns 1m candles taken.
    std::size_t fillCandles(SymbolId id, std::span<const Candle> oneMinute);
    // Maintenance-margin tiers of a symbol for the liquidation estimator (e.g. refreshed
    // from Bybit's risk-limit endpoint); an empty table is ignored.
    void setMarginTiers(SymbolId id, std::span<const MarginTier> tiers);

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
    // Candles, liquidation layers, open interest and funding of a view (tape if asked).
    void fillView(EngineSnapshot& snap, const ChartView& view, bool withTape) const;
    void applyHistory(const MarketEvent& event);
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
