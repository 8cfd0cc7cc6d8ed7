// SPDX-License-Identifier: MIT
#pragma once

#include "card.h"
#include "composite.h"
#include "features.h"
#include "forward.h"
#include "learner.h"
#include "reading.h"
#include "signalsnapshot.h"

#include <functional>
#include <map>
#include <memory>

namespace perp {
class CandleBook;
}

namespace perp::sig {

struct SignalEngineConfig
{
    std::size_t maxSymbols = 64; // symbols beyond this are ignored (counted)
    std::array<std::size_t, kFrameCount> maxBars {160, 160, 240}; // bars per frame handed to cards
    std::size_t auxCapacity = 240; // aux bars kept per frame
    bool learn = true; // update weights from resolved calls
    LearnerConfig learner;
};

// Runs every card for every symbol each 10 s of engine time and each mode's
// composite on its cycle. Fed by perp::Engine (or a test) with events; reads
// candles from the engine's CandleBooks. Memory is bounded by the bar capacities,
// the number of symbols and the modes' horizons.
class SignalEngine
{
public:
    explicit SignalEngine(SignalEngineConfig config = {});
    ~SignalEngine();
    SignalEngine(const SignalEngine&) = delete;
    SignalEngine& operator=(const SignalEngine&) = delete;

    // The candles of a symbol (owned by the caller, must outlive this engine).
    void attachCandles(SymbolId id, const CandleBook* candles);
    // Feeds one event. Trades should be passed only when the CandleBook accepted them.
    void onEvent(const MarketEvent& e);
    // Estimated liquidation clusters of a symbol (from the liquidation model).
    void setLiqLevels(SymbolId id, TimeMs time, std::vector<LiqLevel> levels);
    // Runs every card cycle due up to `now` (a long gap runs only the latest one).
    void advanceTo(TimeMs now);
    // One card cycle at time t (and the composites whose cycle divides t).
    void runCycle(TimeMs t);

    const CardList& cards() const { return m_cards; }
    std::shared_ptr<const std::vector<CardInfo>> catalog() const { return m_catalog; }
    std::vector<SymbolId> symbols() const;
    // The latest reading (an invalid one when unknown).
    const Reading& reading(SymbolId id, Mode m, std::size_t card) const;
    // The latest composite, or nullptr before the mode's first cycle.
    const CompositeResult* composite(SymbolId id, Mode m) const;
    // Built once per card cycle and chart symbol, then shared.
    SignalSnapshotPtr snapshot(SymbolId chartSymbol) const;

    WeightLearner& learner() { return m_learner; }
    const WeightLearner& learner() const { return m_learner; }
    // Called with every call section once its forward return is known.
    void setSectionObserver(std::function<void(const CallSection&)> fn) { m_observer = std::move(fn); }

    std::uint64_t cycles() const { return m_cycles; }
    std::uint64_t ignoredEvents() const { return m_ignored; } // symbols beyond maxSymbols
    std::uint64_t rejectedInputs() const; // bad values, counted and skipped
    TimeMs lastCycle() const { return m_lastCycle; }
    std::size_t pendingSections() const { return m_forward.pending(); }
    // Approximate heap bytes held: frames, aux bars, books, readings, rolling stats, pending calls.
    std::size_t memoryBytes() const;

private:
    struct Sym;
    Sym* sym(SymbolId id);
    double inputQuality(const Sym& s, std::uint32_t inputs, std::uint32_t& missing, TimeMs now) const;
    void evaluate(Sym& s, const MarketView& market, TimeMs t);
    void compose(Mode m, TimeMs t);
    SignalSnapshotPtr buildSnapshot(SymbolId chartSymbol) const;

    SignalEngineConfig m_config;
    CardList m_cards;
    std::vector<Category> m_categories;
    std::shared_ptr<const std::vector<CardInfo>> m_catalog;
    std::map<SymbolId, std::unique_ptr<Sym>> m_syms;
    WeightLearner m_learner;
    ForwardTracker m_forward;
    std::function<void(const CallSection&)> m_observer;
    TimeMs m_nextCycle = 0;
    TimeMs m_lastCycle = 0;
    std::uint64_t m_cycles = 0;
    std::uint64_t m_ignored = 0;
    bool m_anyLiquidation = false;
    // Market-wide cards: value per card and frame for the current cycle.
    std::vector<std::array<std::optional<double>, kFrameCount>> m_wide;
    std::vector<std::uint8_t> m_wideDone;
    mutable SignalSnapshotPtr m_snapshot; // cache of the last snapshot()
    mutable std::uint64_t m_snapshotCycle = ~0ull;
};

} // namespace perp::sig
