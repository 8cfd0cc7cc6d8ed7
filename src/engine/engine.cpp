// SPDX-License-Identifier: MIT
#include "engine.h"

#include <algorithm>

namespace perp {

Engine::Engine(std::size_t candleCapacity)
    : m_capacity(candleCapacity)
{
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
        state(id);
}

Engine::PerSymbol& Engine::state(SymbolId id)
{
    auto& slot = m_symbols[id];
    if (!slot) {
        slot = std::make_unique<PerSymbol>(m_capacity, id);
        slot->summary.id = id;
        m_signals->attachCandles(id, &slot->candles);
    }
    return *slot;
}

void Engine::apply(const EventBatch& batch)
{
    ++m_stats.batches;
    if (batch.history) {
        for (const auto& e : batch.events)
            applyHistory(e);
        return;
    }
    for (const auto& e : batch.events)
        apply(e);
    refreshLiquidity();
}

void Engine::refreshLiquidity()
{
    for (auto& [id, p] : m_symbols) {
        if (!p->liqDirty)
            continue;
        p->liq.refresh();
        p->liqDirty = false;
        // The estimated bands feed the signal cards that read liquidation levels.
        std::vector<sig::LiqLevel> levels;
        for (const auto& b : p->liq.bands())
            levels.push_back({b.peak, b.notional, b.side});
        if (m_signalsOn)
            m_signals->setLiqLevels(id, m_now, std::move(levels));
    }
}

void Engine::apply(const MarketEvent& event)
{
    ++m_stats.events;
    const auto& h = header(event);
    m_now = std::max(m_now, h.exchangeTime);
    if (m_signalsOn)
        m_signals->advanceTo(m_now); // cycles due before this event see only earlier events
    if (m_zonesOn && m_now >= m_nextZones) { // as for signals: zones see only earlier events
        refreshZones();
        m_nextZones = floorTo(m_now, kZoneIntervalMs) + kZoneIntervalMs;
    }
    auto& s = state(h.symbol);
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Trade>) {
                ++m_stats.trades;
                if (!s.candles.addTrade(e))
                    return;
                if (e.h.exchangeTime >= s.summary.lastTradeTime) {
                    s.summary.last = e.price.toDouble();
                    s.summary.lastTradeTime = e.h.exchangeTime;
                }
                ++s.summary.trades;
                s.tape.add({e.h.exchangeTime, e.price.toDouble(), e.qty.toDouble(),
                    static_cast<int>(e.takerSide), false});
                if (m_signalsOn)
                    m_signals->onEvent(event);
                return;
            } else if constexpr (std::is_same_v<T, Liquidation>) {
                ++s.summary.liquidations;
                s.tape.add({e.h.exchangeTime, e.price.toDouble(), e.qty.toDouble(),
                    static_cast<int>(e.liquidated), true});
            } else if constexpr (std::is_same_v<T, MarkFunding>) {
                // A zero price means the source does not carry it (e.g. OKX funding-rate).
                if (e.markPrice.raw > 0)
                    s.summary.mark = e.markPrice.toDouble();
                if (e.indexPrice.raw > 0)
                    s.summary.index = e.indexPrice.toDouble();
                s.summary.fundingRate = e.fundingRate;
                s.fundingByVenue[e.h.venue] = e.fundingRate;
                double sum = 0;
                for (const auto& [venue, rate] : s.fundingByVenue)
                    sum += rate;
                s.funding.record(e.h.exchangeTime, sum / static_cast<double>(s.fundingByVenue.size()));
            } else if constexpr (std::is_same_v<T, OpenInterest>) {
                s.summary.openInterest = e.openInterest.toDouble();
                s.oiByVenue[e.h.venue] = e.openInterest.toDouble();
                double sum = 0;
                for (const auto& [venue, oi] : s.oiByVenue)
                    sum += oi;
                s.openInterest.record(e.h.exchangeTime, sum);
            }
            if (m_signalsOn)
                m_signals->onEvent(event);
        },
        event);
    if (!std::holds_alternative<BookUpdate>(event) && !std::holds_alternative<Metric>(event)) {
        s.liq.apply(event);
        s.liqDirty = true;
    }
}

void Engine::refreshZones()
{
    for (const auto& [id, p] : m_symbols)
        if (p->summary.lastTradeTime > 0 && p->candles.series(Timeframe::M5).size() > 0)
            m_zoneBook.update(id, p->candles, p->liq.bands(), p->summary.last, m_now);
}

SymbolSummary Engine::withDailyFigures(const PerSymbol& s)
{
    SymbolSummary out = s.summary;
    const auto& m1 = s.candles.series(Timeframe::M1).candles();
    if (m1.empty())
        return out;
    const TimeMs from = m1.back().openTime - kDayMs + kMinuteMs;
    auto it = std::lower_bound(
        m1.begin(), m1.end(), from, [](const Candle& c, TimeMs t) { return c.openTime < t; });
    const double open = it->open.toDouble();
    out.change24hPct = open > 0 ? (out.last / open - 1.0) * 100.0 : 0.0;
    double quote = 0;
    for (; it != m1.end(); ++it)
        quote += it->volume.toDouble() * (it->high.toDouble() + it->low.toDouble() + it->close.toDouble())
            / 3.0;
    out.volume24hQuote = quote;
    return out;
}

EngineSnapshotPtr Engine::snapshot(const ChartView& view, std::span<const ChartView> paneViews) const
{
    auto snap = std::make_shared<EngineSnapshot>();
    snap->time = m_now;
    snap->view = view;
    snap->stats = m_stats;
    snap->signalSnapshot = m_signals->snapshot(view.symbol);
    snap->symbols.reserve(m_symbols.size());
    for (const auto& [id, p] : m_symbols) {
        snap->stats.duplicateTrades += p->candles.duplicates();
        snap->symbols.push_back(withDailyFigures(*p));
    }
    fillView(*snap, view, true);
    for (const ChartView& pane : paneViews) {
        if (snap->paneViews.size() >= kMaxPaneViews)
            break;
        const bool known = pane.sameSeries(view)
            || std::any_of(snap->paneViews.begin(), snap->paneViews.end(),
                [&](const auto& p) { return p->view.sameSeries(pane); });
        if (known)
            continue;
        auto p = std::make_shared<EngineSnapshot>();
        p->time = m_now;
        p->view = pane;
        p->stats = snap->stats;
        fillView(*p, pane, false);
        snap->paneViews.push_back(std::move(p));
    }
    return snap;
}

void Engine::fillView(EngineSnapshot& snap, const ChartView& view, bool withTape) const
{
    auto it = m_symbols.find(view.symbol);
    if (it == m_symbols.end())
        return;
    const PerSymbol& s = *it->second;
    const auto& c = s.candles.series(view.timeframe).candles();
    const std::size_t n = std::min(view.maxCandles, c.size());
    snap.candles.assign(c.end() - static_cast<std::ptrdiff_t>(n), c.end());
    snap.candleRevision = s.candles.revision();
    const TimeMs from = snap.candles.empty() ? 0 : snap.candles.front().openTime;
    snap.liq = s.liq.snapshot(from);
    if (withTape)
        snap.tape = s.tape.prints();
    snap.openInterest = s.openInterest.since(from);
    snap.funding = s.funding.since(from);
    snap.zones = m_zoneBook.zones(view.symbol);
}

EngineSnapshotPtr snapshotOfView(const EngineSnapshotPtr& snapshot, SymbolId symbol, Timeframe tf)
{
    if (!snapshot)
        return nullptr;
    const ChartView wanted {symbol, tf};
    if (snapshot->view.sameSeries(wanted))
        return snapshot;
    for (const auto& p : snapshot->paneViews)
        if (p->view.sameSeries(wanted))
            return p;
    return nullptr;
}

std::size_t Engine::seedCandles(SymbolId id, Timeframe tf, std::span<const Candle> history)
{
    return state(id).candles.seed(tf, history);
}

std::size_t Engine::fillCandles(SymbolId id, std::span<const Candle> oneMinute)
{
    if (oneMinute.empty())
        return 0;
    CandleBook& book = state(id).candles;
    const std::size_t taken = book.fill(Timeframe::M1, oneMinute, false);
    const auto& m1 = book.series(Timeframe::M1).candles();
    for (Timeframe tf : kAllTimeframes) {
        if (tf == Timeframe::M1)
            continue;
        // Each bucket the backfill touched, rebuilt from the (now filled) 1m series.
        const TimeMs step = timeframeMs(tf);
        const TimeMs from = floorTo(oneMinute.front().openTime, step);
        const TimeMs to = floorTo(oneMinute.back().openTime, step) + step;
        std::vector<Candle> buckets;
        auto it = std::lower_bound(
            m1.begin(), m1.end(), from, [](const Candle& c, TimeMs t) { return c.openTime < t; });
        for (; it != m1.end() && it->openTime < to; ++it) {
            const TimeMs open = floorTo(it->openTime, step);
            if (buckets.empty() || buckets.back().openTime != open) {
                buckets.push_back(*it);
                buckets.back().openTime = open;
                continue;
            }
            Candle& b = buckets.back();
            b.high = std::max(b.high, it->high);
            b.low = std::min(b.low, it->low);
            b.close = it->close;
            b.volume += it->volume;
            b.buyVolume += it->buyVolume;
            b.sellVolume += it->sellVolume;
            b.trades += it->trades;
        }
        book.fill(tf, buckets, true);
    }
    return taken;
}

void Engine::setMarginTiers(SymbolId id, std::span<const MarginTier> tiers)
{
    if (!tiers.empty())
        state(id).liq.setTiers(tiers);
}

void Engine::applyHistory(const MarketEvent& event)
{
    ++m_stats.events;
    auto& s = state(header(event).symbol);
    const TimeMs t = header(event).exchangeTime;
    // History fills the series and the signal features' past bars; it is not news: the
    // summary, the liquidation estimator and the engine clock keep following live data.
    if (const auto* oi = std::get_if<OpenInterest>(&event)) {
        s.openInterest.insertHistory(t, oi->openInterest.toDouble());
        if (m_signalsOn)
            m_signals->onEvent(event);
    } else if (const auto* f = std::get_if<MarkFunding>(&event)) {
        s.funding.insertHistory(t, f->fundingRate);
    } else if (std::holds_alternative<Metric>(event)) {
        if (m_signalsOn)
            m_signals->onEvent(event);
    }
}

const MetricSeries* Engine::openInterest(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second->openInterest;
}

const MetricSeries* Engine::funding(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second->funding;
}

const CandleBook* Engine::book(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second->candles;
}

const liq::LiqState* Engine::liquidity(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second->liq;
}

SymbolSummary Engine::summary(SymbolId id) const
{
    auto it = m_symbols.find(id);
    if (it == m_symbols.end())
        return {};
    return withDailyFigures(*it->second);
}

std::vector<SymbolId> Engine::symbols() const
{
    std::vector<SymbolId> out;
    for (const auto& [id, p] : m_symbols)
        out.push_back(id);
    return out;
}

} // namespace perp
